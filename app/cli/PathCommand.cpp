// SPDX-License-Identifier: GPL-3.0-or-later
#include "PathCommand.h"

#include "CliContext.h"
#include "versions/UpgradePath.h"

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

int runPathCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Show the upgrade path between two Kong versions: every required hop (an 'up' and a 'finish' each) "
        "with its notes. Needs no datastore."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("from"), Text::tr("The running Kong version (2.1.4, 2.4.1.0)."), QStringLiteral("version")});
    parser.addOption({QStringLiteral("to"), Text::tr("The target Kong version."), QStringLiteral("version")});
    parser.addOption({QStringLiteral("edition"),
                      Text::tr("oss or enterprise (default: enterprise for 4-part versions, else oss)."),
                      QStringLiteral("edition")});
    parser.addOption({QStringLiteral("json"), Text::tr("Machine-readable output.")});
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc, false))
        return rc;
    const auto from = core::KongVersion::parse(parser.value(QStringLiteral("from")));
    const auto to = core::KongVersion::parse(parser.value(QStringLiteral("to")));
    if (!from || !to) {
        ctx.err() << Text::tr("Error: --from and --to need Kong versions such as 2.1.4 or 2.4.1.0\n");
        return ExitUsage;
    }
    core::Edition edition = core::UpgradePath::guessEdition(*from, *to);
    if (parser.isSet(QStringLiteral("edition"))) {
        const auto e = core::parseEdition(parser.value(QStringLiteral("edition")));
        if (!e) {
            ctx.err() << Text::tr("Error: --edition must be oss or enterprise\n");
            return ExitUsage;
        }
        edition = *e;
    }
    auto rules = core::UpgradePath::loadEmbedded();
    if (!rules)
        return ctx.fail(rules.error());
    auto plan = rules->plan(*from, *to, edition);
    const bool json = parser.isSet(QStringLiteral("json"));
    if (!plan) {
        if (json) {
            const QJsonObject obj{{QStringLiteral("edition"), core::editionName(edition)},
                                  {QStringLiteral("from"), from->toString()},
                                  {QStringLiteral("to"), to->toString()},
                                  {QStringLiteral("kind"), core::upgradeKindName(core::UpgradePath::classify(*from, *to))},
                                  {QStringLiteral("allowed"), false},
                                  {QStringLiteral("error"), plan.error().message},
                                  {QStringLiteral("remedy"), plan.error().remedy}};
            ctx.out() << QJsonDocument(obj).toJson(QJsonDocument::Indented);
            ctx.out().flush();
        }
        ctx.fail(plan.error());
        return ExitBlocked;
    }
    if (json)
        ctx.out() << QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented);
    else
        ctx.out() << plan->toText();
    return ExitOk;
}

} // namespace kuw::cli
