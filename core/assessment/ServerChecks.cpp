// SPDX-License-Identifier: GPL-3.0-or-later
// The server itself: version, CREATE privilege on the schema, ownership of Kong's tables.
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

std::optional<Finding> serverVersionFinding(int num, const QString &text, const KongVersion &target)
{
    if (num <= 0 || num >= 90500)
        return std::nullopt;
    const bool enforced = !(target < KongVersion::parse(QStringLiteral("2.2.0")).value());
    return Finding{QStringLiteral("postgres.version_unsupported"), enforced ? Severity::Blocker : Severity::Warning,
                   Text::tr("PostgreSQL %1 is older than 9.5").arg(text),
                   Text::tr("server_version_num = %1; Kong %2 %3")
                       .arg(num)
                       .arg(target.toString(), enforced ? Text::tr("refuses to connect (\"Kong requires postgres 9.5 or greater\")")
                                                        : Text::tr("declares 9.5 as its minimum")),
                   Text::tr("Upgrade PostgreSQL (12 to 15 are tested for Kong 2.8 and 3.x) before upgrading Kong"),
                   guide::kPostgres};
}

ScramSupport scramSupport(const KongVersion &t)
{
    if (t < KongVersion::parse(QStringLiteral("2.7.0")).value())
        return ScramSupport::None;
    if (t < KongVersion::parse(QStringLiteral("2.8.4")).value())
        return ScramSupport::NeedsLuaossl;
    return ScramSupport::Full;
}

void checkServer(const CheckContext &ctx, QList<Finding> &out)
{
    if (auto f = serverVersionFinding(ctx.status.serverVersionNum, ctx.status.serverVersion, ctx.target))
        out << *f;
    if (!ctx.conn || !ctx.status.schemaExists)
        return;
    if (!ctx.status.canCreate) {
        out << Finding{QStringLiteral("postgres.no_create"), Severity::Blocker,
                       Text::tr("The connected role cannot create objects in the Kong schema"),
                       Text::tr("role %1 lacks CREATE on schema %2 (database %3)")
                           .arg(ctx.status.currentUser, ctx.status.schema, ctx.status.database),
                       Text::tr("GRANT CREATE ON SCHEMA %1 TO %2 (PostgreSQL 15+ no longer grants it on public), "
                                      "or connect as the schema's owner").arg(ctx.status.schema, ctx.status.currentUser),
                       guide::kPostgres};
    }
    // Migrations ALTER Kong's tables: only their owner (or a member of the owning role) may.
    auto r = ctx.conn->exec(QStringLiteral(
        "SELECT c.relname, pg_get_userbyid(c.relowner) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = $1 AND c.relkind IN ('r', 'p') "
        "AND NOT pg_has_role(current_user, c.relowner, 'USAGE') "
        "ORDER BY c.relname NOT IN ('schema_meta', 'locks'), c.relname"),
        {ctx.status.schema});
    if (r && r->rows() > 0) {
        QStringList tables;
        for (int i = 0; i < r->rows() && i < 12; ++i)
            tables << Text::tr("%1 (owner %2)").arg(r->value(i, 0), r->value(i, 1));
        if (r->rows() > 12)
            tables << Text::tr("… %1 more").arg(r->rows() - 12);
        out << Finding{QStringLiteral("postgres.not_owner"), Severity::Blocker,
                       Text::tr("The connected role does not own Kong's tables"),
                       Text::tr("role %1; not owned: %2").arg(ctx.status.currentUser, tables.join(QStringLiteral(", "))),
                       Text::tr("Run the migrations as the owner of the tables (or grant its role to the Kong user)"),
                       guide::kPostgres};
    }
}

} // namespace kuw::core
