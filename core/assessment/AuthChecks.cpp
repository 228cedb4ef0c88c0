// SPDX-License-Identifier: GPL-3.0-or-later
// SCRAM-SHA-256 against a target Kong whose driver cannot do it (pgmoon ≤ 1.12 in Kong ≤ 2.6;
// 2.7.0–2.8.3 only with luaossl). Evidence, in order of reliability: the role's stored
// password (pg_authid, superusers only), pg_hba rules (pg_hba_file_rules, where visible),
// else the server's password_encryption default.
#include "CheckContext.h"
#include "ServerChecks.h"

#include "db/PgConnection.h"

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

Finding scramFinding(const CheckContext &ctx, ScramSupport support, const QString &evidence)
{
    const bool none = support == ScramSupport::None;
    return Finding{QStringLiteral("postgres.scram_unsupported"), none ? Severity::Blocker : Severity::Warning,
                   none ? Text::tr("Kong %1 cannot authenticate with SCRAM-SHA-256").arg(ctx.target.toString())
                        : Text::tr("Kong %1 needs luaossl for SCRAM-SHA-256").arg(ctx.target.toString()),
                   evidence,
                   none ? Text::tr("Store an md5 password for the Kong role (SET password_encryption = 'md5'; "
                                         "ALTER ROLE … PASSWORD …) and allow md5 in pg_hba, or target Kong 2.8.4+ "
                                         "(error otherwise: \"don't know how to auth: 10\")")
                        : Text::tr("Install luaossl on the Kong nodes, use an md5 password, or target 2.8.4+ "
                                         "(error otherwise: \"module 'openssl.rand' not found\")"),
                   guide::kPostgres};
}

} // namespace

void checkAuth(const CheckContext &ctx, QList<Finding> &out)
{
    const ScramSupport support = scramSupport(ctx.target);
    if (support == ScramSupport::Full || !ctx.conn)
        return;
    PgConnection &c = *ctx.conn;
    auto vis = c.exec(QStringLiteral(
        "SELECT has_table_privilege('pg_catalog.pg_authid', 'SELECT'), "
        "to_regclass('pg_catalog.pg_hba_file_rules') IS NOT NULL "
        "  AND has_table_privilege('pg_catalog.pg_hba_file_rules', 'SELECT'), "
        "current_setting('password_encryption'), current_user"));
    if (!vis)
        return;
    const QString encryption = vis->value(0, 2);
    const QString role = vis->value(0, 3);
    if (vis->boolean(0, 0)) {
        auto pw = c.exec(QStringLiteral("SELECT rolpassword LIKE 'SCRAM-SHA-256$%' FROM pg_catalog.pg_authid "
                                        "WHERE rolname = current_user AND rolpassword IS NOT NULL"));
        if (pw && pw->rows() > 0 && pw->boolean(0, 0))
            out << scramFinding(ctx, support, Text::tr("the password of role %1 is stored as SCRAM-SHA-256 (pg_authid)").arg(role));
        return;
    }
    if (vis->boolean(0, 1)) {
        // The first host rule for this database and role decides for TCP clients such as Kong.
        auto hba = c.exec(QStringLiteral(
            "SELECT line_number, type, auth_method FROM pg_catalog.pg_hba_file_rules "
            "WHERE error IS NULL AND type <> 'local' "
            "AND ('all' = ANY(database) OR current_database() = ANY(database)) "
            "AND ('all' = ANY(user_name) OR current_user = ANY(user_name)) ORDER BY line_number LIMIT 1"));
        if (hba && hba->rows() > 0) {
            if (hba->value(0, 2) == QLatin1String("scram-sha-256"))
                out << scramFinding(ctx, support, Text::tr("pg_hba.conf line %1 (%2) requires scram-sha-256 for role %3")
                                                      .arg(hba->value(0, 0), hba->value(0, 1), role));
            return;
        }
    }
    out << Finding{QStringLiteral("postgres.auth_unknown"), Severity::Info,
                   Text::tr("Could not tell whether the Kong role authenticates with SCRAM-SHA-256"),
                   Text::tr("role %1 can read neither pg_authid nor pg_hba_file_rules; password_encryption = %2%3")
                       .arg(role, encryption,
                            encryption == QLatin1String("scram-sha-256")
                                ? Text::tr(" (new passwords are stored as SCRAM)") : QString()),
                   Text::tr("Kong %1 %2: ask the DBA whether the role's password is SCRAM-SHA-256 "
                                  "(SELECT rolpassword LIKE 'SCRAM%' FROM pg_authid WHERE rolname = '%3')")
                       .arg(ctx.target.toString(),
                            support == ScramSupport::None ? Text::tr("cannot do SCRAM")
                                                          : Text::tr("needs luaossl for SCRAM"),
                            role),
                   guide::kPostgres};
}

} // namespace kuw::core
