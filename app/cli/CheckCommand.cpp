// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "AssessmentSetup.h"
#include "CliContext.h"
#include "PathCommand.h"
#include "util/Redactor.h"

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

int runCheckCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Preflight assessment of the configured datastore for an upgrade to --to: every finding with its "
        "severity (blocker, warning, info), evidence and remedy. Read-only. Exit code 20 when a blocker is found."));
    parser.addHelpOption();
    ctx.addCommonOptions(parser);
    AssessmentSetup::addOptions(parser);
    parser.addOption({QStringLiteral("json"), Text::tr("Machine-readable output.")});
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc))
        return rc;
    AssessmentSetup setup;
    if (const int rc = setup.prepare(ctx, parser); rc != ExitOk)
        return rc;
    auto assessment = core::runAssessment(setup.conn.get(), *setup.config, *setup.catalog, *setup.paths, setup.options);
    if (!assessment)
        return ctx.fail(assessment.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject obj = assessment->toJson();
        if (!setup.connectionText.isEmpty())
            obj.insert(QStringLiteral("connection"), setup.connectionText);
        ctx.out() << core::Redactor::redact(QString::fromUtf8(QJsonDocument(obj).toJson(QJsonDocument::Indented)));
    } else {
        if (!setup.connectionText.isEmpty())
            ctx.out() << Text::tr("Datastore: ") << setup.connectionText << "\n";
        ctx.out() << core::Redactor::redact(assessment->toText());
    }
    return assessment->hasBlocker() ? ExitBlocked : ExitOk;
}

} // namespace kuw::cli
