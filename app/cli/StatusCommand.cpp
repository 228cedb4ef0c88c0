// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "CliContext.h"
#include "db/ConnectionSettings.h"
#include "jobs/ProbeJob.h"

#include <QJsonDocument>

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Cli)
};
} // namespace

int runStatusCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Connect to the datastore configured in kong.conf / KONG_* and report the server, the Kong "
        "schema (schema_meta per subsystem) and the migration lock. Read-only."));
    parser.addHelpOption();
    ctx.addCommonOptions(parser);
    parser.addOption({QStringLiteral("json"), Text::tr("Machine-readable output (stable keys).")});
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc))
        return rc;

    auto config = ctx.loadConfig();
    if (!config)
        return ctx.fail(config.error());
    for (const core::ConfigWarning &w : config->warnings())
        ctx.err() << Text::tr("warning: ") << w.toString() << "\n";
    auto settings = core::ConnectionSettings::fromConfig(*config);
    if (!settings)
        return ctx.fail(settings.error());
    if (ctx.verbosity() > 0)
        ctx.err() << Text::tr("connecting to ") << settings->toString() << "\n";

    const core::ProbeOutcome outcome = core::runProbe(*settings);
    if (outcome.error) {
        if (parser.isSet(QStringLiteral("json"))) {
            const QJsonObject err{{QStringLiteral("error"), core::Error::kindName(outcome.error->kind)},
                                  {QStringLiteral("message"), outcome.error->message},
                                  {QStringLiteral("remedy"), outcome.error->remedy}};
            ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("connected"), false},
                                                   {QStringLiteral("error"), err}})
                             .toJson(QJsonDocument::Indented);
            ctx.out().flush();
        }
        return ctx.fail(*outcome.error);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject obj = outcome.status->toJson();
        obj.insert(QStringLiteral("connected"), true);
        obj.insert(QStringLiteral("connection"), settings->toString());
        ctx.out() << QJsonDocument(obj).toJson(QJsonDocument::Indented);
    } else {
        ctx.out() << Text::tr("Datastore:   ") << settings->toString() << "\n" << outcome.status->toText();
    }
    return ExitOk;
}

} // namespace kuw::cli
