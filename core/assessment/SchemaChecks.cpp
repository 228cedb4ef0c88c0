// SPDX-License-Identifier: GPL-3.0-or-later
// Checks on schema_meta: the upgrade path from the schema's level, pending and unknown
// migrations, a schema newer than the target, plugins newly added to `plugins`.
#include "CheckContext.h"

#include "config/KongConfig.h"
#include "migrations/Catalog.h"

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

void checkPath(const CheckContext &ctx, QList<Finding> &out)
{
    const std::optional<KongVersion> source = ctx.source();
    if (!source) {
        if (!ctx.status.schemaMetaPresent)
            return;
        out << Finding{QStringLiteral("path.source_unknown"), Severity::Info,
                       Text::tr("The running Kong version could not be told from the schema"),
                       Text::tr("schema level: %1").arg(ctx.level.toString()),
                       Text::tr("Pass --from VERSION (the version of the running nodes) to check the upgrade path"),
                       guide::kOssUpgrade};
        return;
    }
    // A schema already at the target's level (or beyond) has no path to check.
    if (!ctx.from && ctx.level.highest && !(*ctx.level.highest < ctx.target))
        return;
    if (UpgradePath::classify(*source, ctx.target) == UpgradeKind::None
        || UpgradePath::classify(*source, ctx.target) == UpgradeKind::Downgrade)
        return;
    const QString basis = ctx.from ? Text::tr("from %1 (given)").arg(source->toString())
                                   : Text::tr("from %1 (lowest release matching the schema, level %2; pass --from to override)")
                                         .arg(source->toString(), ctx.level.toString());
    auto plan = ctx.paths.plan(*source, ctx.target, ctx.edition);
    if (!plan) {
        out << Finding{QStringLiteral("path.not_allowed"), Severity::Blocker,
                       Text::tr("Upgrade path not allowed: %1").arg(plan.error().message),
                       QStringLiteral("%1 to %2 (%3)").arg(basis, ctx.target.toString(), editionName(ctx.edition)),
                       plan.error().remedy, plan.error().detail.isEmpty() ? guide::kOssUpgrade : plan.error().detail};
        return;
    }
    if (!plan->direct()) {
        QStringList hops;
        for (const UpgradeHop &h : plan->hops)
            hops << QStringLiteral("%1 → %2").arg(h.from.display(), h.to.display());
        out << Finding{QStringLiteral("path.hops_required"), Severity::Warning,
                       Text::tr("%1 hops are required to reach %2").arg(plan->hops.size()).arg(ctx.target.toString()),
                       QStringLiteral("%1: %2").arg(basis, hops.join(QStringLiteral(", "))),
                       Text::tr("Upgrade one hop at a time, each with 'up' and 'finish' ('kong-upgrade path' lists the notes of each)"),
                       plan->hops.constLast().link};
    }
    if (plan->crossesMajor()) {
        QStringList notes;
        for (const UpgradeHop &h : plan->hops) {
            if (h.kind == UpgradeKind::Major)
                notes << h.notes.constLast();
        }
        out << Finding{QStringLiteral("path.major_upgrade"), Severity::Warning,
                       Text::tr("Major upgrade %1 → %2").arg(source->toString(), ctx.target.toString()),
                       notes.join(QLatin1Char('\n')),
                       Text::tr("Review the breaking changes in Kong's changelog and UPGRADE.md before upgrading"),
                       plan->hops.constLast().link};
    }
}

QStringList qualified(const SubsystemState &s, const QStringList &names)
{
    QStringList out;
    for (const QString &n : names)
        out << s.name + QLatin1Char('/') + n;
    return out;
}

} // namespace

void checkSchema(const CheckContext &ctx, QList<Finding> &out)
{
    if (ctx.status.schemaMetaHiddenByPrivileges) {
        out << Finding{QStringLiteral("schema.hidden_by_privileges"), Severity::Blocker,
                       Text::tr("schema_meta exists but the connected role cannot see it"),
                       Text::tr("role %1, schema %2").arg(ctx.status.currentUser, ctx.status.schema),
                       Text::tr("Grant the Kong role privileges on the Kong tables (Kong would report \"needs bootstrap\")"),
                       guide::kMigrations};
        return;
    }
    if (!ctx.status.schemaMetaPresent) {
        out << Finding{QStringLiteral("schema.needs_bootstrap"), Severity::Info,
                       Text::tr("No Kong schema in this database: this is a bootstrap, not an upgrade"),
                       Text::tr("no schema_meta table in %1.%2").arg(ctx.status.database, ctx.status.schema),
                       Text::tr("Check pg_database / pg_schema; for a new installation run 'kong migrations bootstrap'"),
                       guide::kMigrations};
        return;
    }
    checkPath(ctx, out);

    QStringList pending;
    for (const SubsystemState &s : ctx.state.subsystems)
        pending += qualified(s, s.pending);
    if (!pending.isEmpty()) {
        out << Finding{QStringLiteral("migrations.pending"), Severity::Blocker,
                       Text::tr("Pending migrations from an earlier upgrade were never finished"),
                       pending.join(QStringLiteral(", ")),
                       Text::tr("Run 'kong migrations finish' with the version that ran 'up' (once no older node uses "
                                      "the database), then start this upgrade"),
                       guide::kMigrations};
    }
    if (!ctx.state.newerMigrations.isEmpty()) {
        out << Finding{QStringLiteral("schema.newer_than_target"), Severity::Blocker,
                       Text::tr("The schema holds migrations newer than %1").arg(ctx.target.toString()),
                       ctx.state.newerMigrations.join(QStringLiteral(", ")),
                       Text::tr("Pick a target at least as new as the Kong that wrote them (downgrades are not supported)"),
                       guide::kMigrations};
    }
    if (!ctx.state.unknownSubsystems.isEmpty()) {
        const bool enterprise = ctx.state.unknownSubsystems.contains(QStringLiteral("enterprise"));
        out << Finding{QStringLiteral("migrations.unknown_subsystems"), Severity::Warning,
                       enterprise ? Text::tr("Enterprise subsystems in schema_meta: the native engine cannot run them")
                                  : Text::tr("schema_meta rows of subsystems the catalog does not know (custom plugins?)"),
                       ctx.state.unknownSubsystems.join(QStringLiteral(", ")),
                       Text::tr("Run the migrations with the target Kong's own CLI (external executor), with every such "
                                      "plugin installed and listed in 'plugins'"),
                       enterprise ? guide::kEnterprise : guide::kMigrations};
    }
    if (!ctx.state.unknownMigrations.isEmpty()) {
        out << Finding{QStringLiteral("migrations.unknown"), Severity::Warning,
                       Text::tr("Migration names the catalog has never heard of"),
                       ctx.state.unknownMigrations.join(QStringLiteral(", ")),
                       Text::tr("They come from Kong Enterprise, a custom build or a newer Kong; use the target Kong's "
                                      "own CLI (external executor)"),
                       guide::kMigrations};
    }

    // A plugin named in `plugins` whose migrations never ran: Kong refuses to start until `up`.
    QStringList added;
    for (const QString &raw : ctx.config.list(QStringLiteral("plugins"))) {
        const QString name = raw.trimmed();
        const SubsystemEntry *entry = ctx.catalog.subsystem(name);
        if (!entry || entry->isCore() || entry->migrationsAt(ctx.target).isEmpty())
            continue;
        if (!ctx.status.subsystem(name))
            added << name;
    }
    if (!added.isEmpty()) {
        out << Finding{QStringLiteral("plugins.newly_added"), Severity::Warning,
                       Text::tr("Plugins in 'plugins' whose migrations never ran"),
                       Text::tr("no schema_meta row for: %1").arg(added.join(QStringLiteral(", "))),
                       Text::tr("Run 'kong migrations up' with exactly this 'plugins' setting (KONG_PLUGINS) before "
                                      "starting nodes that enable them"),
                       guide::kEnterprise};
    }
}

} // namespace kuw::core
