// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDiff.h"

#include "CliContext.h"
#include "db/ConnectionSettings.h"
#include "parallel/DatastoreDiff.h"

namespace kuw::cli {

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
        ctx.err() << "Error: both configurations name the same datastore (" << oldSettings->toString()
                  << "); KONG_PG_* environment variables apply to both files\n";
        return ExitUsage;
    }
    const core::DiffOutcome out = core::runDiff(*oldSettings, *newSettings);
    if (out.error)
        return ctx.fail(*out.error);
    const core::DiffReport &r = *out.report;
    ctx.out() << "old: " << oldSettings->toString() << "\nnew: " << newSettings->toString() << "\n";
    if (r.isEmpty()) {
        ctx.out() << "no differences (" << r.entitiesCompared << " entity types compared)\n";
        return ExitOk;
    }
    ctx.out() << r.totals.created << " created, " << r.totals.changed << " changed, " << r.totals.deleted
              << " deleted on the old datastore since the new one was filled\n";
    for (auto it = r.perEntity.cbegin(); it != r.perEntity.cend(); ++it)
        ctx.out() << "  " << it.key() << ": " << it->created << " created, " << it->changed << " changed, "
                  << it->deleted << " deleted\n";
    for (const core::DiffEntry &e : r.entries)
        ctx.out() << core::diffKindId(e.kind) << "\t" << e.entity << "\t" << e.id << "\t" << e.label << "\n";
    return ExitOk;
}

} // namespace kuw::cli
