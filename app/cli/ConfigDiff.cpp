// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDiff.h"

#include "CliContext.h"
#include "db/ConnectionSettings.h"
#include "parallel/DatastoreDiff.h"

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Cli)
};
} // namespace

int runConfigDiff(CliContext &ctx, const QString &newConf)
{
    auto oldConfig = ctx.loadConfig();
    if (!oldConfig)
        return ctx.fail(oldConfig.error());
    auto oldSettings = core::ConnectionSettings::fromConfig(*oldConfig);
    if (!oldSettings)
        return ctx.fail(oldSettings.error());
    core::KongConfig::LoadOptions opts;
    opts.confPath = newConf;
    if (ctx.dbTimeoutSeconds() > 0)
        opts.overrides.insert(QStringLiteral("pg_timeout"), QString::number(ctx.dbTimeoutSeconds() * 1000));
    auto newConfig = core::KongConfig::load(opts);
    if (!newConfig)
        return ctx.fail(newConfig.error());
    auto newSettings = core::ConnectionSettings::fromConfig(*newConfig);
    if (!newSettings)
        return ctx.fail(newSettings.error());
    if (newSettings->toString() == oldSettings->toString()) {
        ctx.err() << Text::tr("Error: both configurations name the same datastore (%1); KONG_PG_* environment "
                              "variables apply to both files\n")
                         .arg(oldSettings->toString());
        return ExitUsage;
    }
    const core::DiffOutcome out = core::runDiff(*oldSettings, *newSettings);
    if (out.error)
        return ctx.fail(*out.error);
    const core::DiffReport &r = *out.report;
    ctx.out() << Text::tr("old: %1\nnew: %2\n").arg(oldSettings->toString(), newSettings->toString());
    for (const core::UncomparedEntity &u : r.notComparable)
        ctx.out() << (u.absentOnOld ? Text::tr("not comparable: %1 has no table on the old datastore (%2 rows on the new one)\n")
                                    : Text::tr("not comparable: %1 has no table on the new datastore (%2 rows on the old one)\n"))
                         .arg(u.entity)
                         .arg(u.rows);
    if (r.isEmpty()) {
        ctx.out() << Text::tr("no differences (%1 entity types compared)\n").arg(r.entitiesCompared);
        return ExitOk;
    }
    ctx.out() << Text::tr("%1 created, %2 changed, %3 deleted on the old datastore since the new one was filled\n")
                     .arg(r.totals.created)
                     .arg(r.totals.changed)
                     .arg(r.totals.deleted);
    // The tab-separated lines below stay untranslated: scripts read them.
    for (auto it = r.perEntity.cbegin(); it != r.perEntity.cend(); ++it)
        ctx.out() << "  " << Text::tr("%1: %2 created, %3 changed, %4 deleted\n")
                                 .arg(it.key())
                                 .arg(it->created)
                                 .arg(it->changed)
                                 .arg(it->deleted);
    for (const core::DiffEntry &e : r.entries)
        ctx.out() << core::diffKindId(e.kind) << "\t" << e.entity << "\t" << e.id << "\t" << e.label << "\n";
    return ExitOk;
}

} // namespace kuw::cli
