// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the upgrade parity suite (tests/integration/UpgradeParityTest.cpp): seeds,
// certificates through the openssl CLI, row snapshots, and the schema_meta rows real Kong
// records on an up + finish path (derived from the reference fixtures).

#include "db/PgConnection.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuw::test {

/// a < b for Kong version strings ("1.0.4" < "1.5.1").
bool versionBefore(const QString &a, const QString &b);

/// A seed file tests/data/seeds/<version>.sql split at its `-- kuw:between-up-and-finish`
/// line, placeholders filled: {{pem:N}} / {{key:N}} (tests/data/certs/N.pem / N.key),
/// {{pubkey:N}} (public key of N.pem), {{digest:N}} (sha256 of N.pem's DER).
struct Seed
{
    QString version;            ///< the seed file's version
    QString beforeUp;           ///< rows an old node wrote before the upgrade
    QString betweenUpAndFinish; ///< what the old node still does after `up`
};

/// The versions that have a seed file, oldest first.
QStringList seedVersions();
/// The seed of the newest seed version ≤ start (fails the test if there is none).
Seed loadSeed(const QString &startVersion);

/// Lowercase hex SHA-256 of the DER of the first certificate in `pem`, computed with the
/// openssl CLI (`openssl x509 -outform DER`), i.e. `... | sha256sum`. Empty on failure.
QString certDigest(const QString &pem);

/// One row: column → text value (std::nullopt for SQL NULL). jsonb/array columns hold their
/// PostgreSQL text form, so `1.0` and `1` stay different.
using Row = QMap<QString, std::optional<QString>>;
/// table → primary key ("a|b" for composite keys) → row.
using Snapshot = QMap<QString, QMap<QString, Row>>;
/// Every row of every table in the connection's schema, except schema_meta and locks.
Snapshot takeSnapshot(core::PgConnection &conn);

/// A schema_meta row in test::schemaMetaRow's format ("last|{a,b}|{c}", NULL → "null").
struct MetaRow
{
    std::optional<QString> lastExecuted;
    std::optional<QStringList> executed;
    std::optional<QStringList> pending;
    QString toString() const;
};

/// The schema_meta rows of a fixture's data.txt (subsystem → row).
QMap<QString, MetaRow> fixtureSchemaMeta(const QString &version);

/// Whether a migration has a PostgreSQL teardown (kong-upgrade-facts.md §2.1, §2.2; 2.x only).
bool hasTeardown(const QString &subsystem, const QString &migration);

/// schema_meta as real Kong records it on `start` → up → finish to `target`: new migrations
/// without teardown are appended to `executed` at up (last_executed = the last of them), those
/// with a teardown go to `pending`; finish appends them to `executed` in code order
/// (last_executed = the last teardown run) and leaves `pending` = {}. A subsystem row that only
/// ever held pending names keeps `executed`/`last_executed` NULL until finish.
struct ExpectedMeta
{
    QMap<QString, MetaRow> afterUp;
    QMap<QString, MetaRow> afterFinish;
};
ExpectedMeta expectedSchemaMeta(const QString &start, const QString &target);

} // namespace kuw::test
