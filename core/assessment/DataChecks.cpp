// SPDX-License-Identifier: GPL-3.0-or-later
// Data that a migration still to run would trip over: duplicate targets (012 deletes them),
// CA certificates with equal DER digests (009's unique cert_digest), orphaned rows (the FKs
// that 009's workspace step re-adds).
#include "CheckContext.h"

#include "db/PgConnection.h"
#include "migrations/CaCertDigest.h"

#include <QHash>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Checks)
};
} // namespace

namespace {

bool toRun(const CheckContext &ctx, const QString &migration, const char *since)
{
    return !(ctx.target < KongVersion::parse(QString::fromLatin1(since)).value())
           && !ctx.executed(QStringLiteral("core"), migration);
}

void duplicateTargets(const CheckContext &ctx, QList<Finding> &out)
{
    if (!toRun(ctx, QStringLiteral("012_213_to_220"), "2.2.0") || !ctx.tableExists(QStringLiteral("targets")))
        return;
    auto r = ctx.conn->exec(QStringLiteral(
        "SELECT count(*), count(DISTINCT (t.upstream_id, t.target)) FROM targets t WHERE EXISTS ("
        "  SELECT 1 FROM targets o WHERE o.upstream_id = t.upstream_id AND o.target = t.target "
        "  AND o.created_at > t.created_at)"));
    if (!r || r->integer(0, 0) == 0)
        return;
    out << Finding{QStringLiteral("data.duplicate_targets"), Severity::Info,
                   Text::tr("Duplicate upstream targets will be deleted by the 2.2 migration"),
                   Text::tr("%1 older rows in %2 (upstream, target) groups have a newer duplicate; "
                                  "core 012_213_to_220's teardown keeps only the newest of each")
                       .arg(r->integer(0, 0)).arg(r->integer(0, 1)),
                   Text::tr("Nothing to do unless the older rows matter (weights); review them before 'finish'"),
                   guide::kOssUpgrade};
}

void duplicateCaCertificates(const CheckContext &ctx, QList<Finding> &out)
{
    if (!toRun(ctx, QStringLiteral("009_200_to_210"), "2.1.0") || !ctx.tableExists(QStringLiteral("ca_certificates")))
        return;
    auto r = ctx.conn->exec(QStringLiteral("SELECT id::text, cert FROM ca_certificates ORDER BY created_at, id"));
    if (!r)
        return;
    QHash<QString, QStringList> byDigest;
    QStringList order, unparsable;
    for (int i = 0; i < r->rows(); ++i) {
        const auto digest = caCertificateDigest(r->value(i, 1).toUtf8());
        if (!digest) {
            unparsable << r->value(i, 0);
            continue;
        }
        if (!byDigest.contains(*digest))
            order << *digest;
        byDigest[*digest] << r->value(i, 0);
    }
    QStringList groups;
    for (const QString &d : order) {
        if (byDigest[d].size() > 1)
            groups << Text::tr("sha256 %1…: %2").arg(d.left(16), byDigest[d].join(QStringLiteral(", ")));
    }
    if (!groups.isEmpty() || !unparsable.isEmpty()) {
        QString evidence;
        if (!groups.isEmpty())
            evidence = Text::tr("CA certificates with the same DER (different PEM text): ") + groups.join(QStringLiteral("; "));
        if (!unparsable.isEmpty())
            evidence += (evidence.isEmpty() ? QString() : QStringLiteral("\n"))
                        + Text::tr("no parsable certificate in: ") + unparsable.join(QStringLiteral(", "));
        out << Finding{QStringLiteral("data.duplicate_ca_certificates"), Severity::Blocker,
                       Text::tr("CA certificates would break the unique cert_digest of the 2.1 migration"),
                       evidence,
                       Text::tr("Delete the duplicates (keep one per group and repoint services.ca_certificates) and fix "
                                      "unparsable rows before 'finish' of 2.1 (core 009_200_to_210)"),
                       guide::kOssUpgrade};
    }
}

struct ForeignKey
{
    const char *table;
    const char *column;
    const char *parent;
};

// The FKs core 009 and the 2.1 plugin migrations drop and re-add as composite (fk, ws_id).
constexpr ForeignKey kWorkspaceForeignKeys[] = {
    {"targets", "upstream_id", "upstreams"},        {"snis", "certificate_id", "certificates"},
    {"services", "client_certificate_id", "certificates"}, {"routes", "service_id", "services"},
    {"plugins", "route_id", "routes"},              {"plugins", "service_id", "services"},
    {"plugins", "consumer_id", "consumers"},        {"acls", "consumer_id", "consumers"},
    {"basicauth_credentials", "consumer_id", "consumers"}, {"hmacauth_credentials", "consumer_id", "consumers"},
    {"jwt_secrets", "consumer_id", "consumers"},    {"keyauth_credentials", "consumer_id", "consumers"},
    {"oauth2_credentials", "consumer_id", "consumers"},
    {"oauth2_authorization_codes", "service_id", "services"},
    {"oauth2_authorization_codes", "credential_id", "oauth2_credentials"},
    {"oauth2_tokens", "service_id", "services"},    {"oauth2_tokens", "credential_id", "oauth2_credentials"},
};

void orphanedRows(const CheckContext &ctx, QList<Finding> &out)
{
    if (!toRun(ctx, QStringLiteral("009_200_to_210"), "2.1.0"))
        return;
    QStringList found;
    for (const ForeignKey &fk : kWorkspaceForeignKeys) {
        const QString t = QString::fromLatin1(fk.table), c = QString::fromLatin1(fk.column), p = QString::fromLatin1(fk.parent);
        if (!ctx.columnExists(t, c) || !ctx.tableExists(p))
            continue;
        auto r = ctx.conn->exec(QStringLiteral("SELECT count(*) FROM %1 x WHERE x.%2 IS NOT NULL AND NOT EXISTS "
                                               "(SELECT 1 FROM %3 y WHERE y.id = x.%2)")
                                    .arg(ctx.conn->quoteIdentifier(t), ctx.conn->quoteIdentifier(c), ctx.conn->quoteIdentifier(p)));
        if (r && r->integer(0, 0) > 0)
            found << Text::tr("%1.%2 → %3: %4 rows").arg(t, c, p).arg(r->integer(0, 0));
    }
    if (found.isEmpty())
        return;
    out << Finding{QStringLiteral("data.orphaned_rows"), Severity::Blocker,
                   Text::tr("Rows reference parents that do not exist; the 2.1 workspace migration re-adds these foreign keys"),
                   found.join(QLatin1Char('\n')),
                   Text::tr("Delete the orphaned rows (or restore their parents): adding the composite foreign keys "
                                  "of core 009_200_to_210 fails on them"),
                   guide::kOssUpgrade};
}

} // namespace

void checkData(const CheckContext &ctx, QList<Finding> &out)
{
    if (!ctx.conn || !ctx.status.schemaMetaPresent)
        return;
    duplicateTargets(ctx, out);
    duplicateCaCertificates(ctx, out);
    orphanedRows(ctx, out);
}

} // namespace kuw::core
