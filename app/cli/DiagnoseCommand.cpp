// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "AssessmentSetup.h"
#include "CliContext.h"
#include "assessment/DiagnosticReport.h"
#include "assessment/SupportBundle.h"
#include "session/Journal.h"

#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Cli)
};
} // namespace

namespace {

int compareBundleFiles(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 1) {
        ctx.err() << Text::tr("Error: --compare needs two bundles: --compare OLD.tar.gz NEW.tar.gz\n");
        return ExitUsage;
    }
    auto a = core::SupportBundle::load(parser.value(QStringLiteral("compare")));
    if (!a)
        return ctx.fail(a.error());
    auto b = core::SupportBundle::load(rest.first());
    if (!b)
        return ctx.fail(b.error());
    ctx.out() << Text::tr("Comparing bundle ") << a->id << " (" << a->createdAt << ")\n"
              << Text::tr("     with bundle ") << b->id << " (" << b->createdAt << ")\n\n";
    const QStringList changes = core::compareBundles(*a, *b);
    if (changes.isEmpty())
        ctx.out() << Text::tr("No changes.\n");
    for (const QString &line : changes)
        ctx.out() << line << "\n";
    return ExitOk;
}

} // namespace

int runDiagnoseCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Diagnostic report of the configured datastore for support: environment, Kong schema per subsystem, "
        "schema level, lock state and blocking sessions, entity counts, Data Planes and the assessment "
        "findings. The session is read-only; secrets are redacted."));
    parser.addHelpOption();
    ctx.addCommonOptions(parser);
    AssessmentSetup::addOptions(parser);
    parser.addOption({QStringLiteral("format"), Text::tr("html, md or json (default: from -o's suffix, else md)."),
                      QStringLiteral("format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, Text::tr("Write the report to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("bundle"),
                      Text::tr("Write a support bundle (tar.gz: the report in every format, the session journals, "
                                     "a bundle id for tickets) to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("journals"),
                      Text::tr("Directory of the upgrade journals to bundle (default: the wizard's)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("compare"),
                      Text::tr("Compare two support bundles: --compare OLD NEW (no datastore needed)."),
                      QStringLiteral("old")});
    parser.addPositionalArgument(QStringLiteral("new"), Text::tr("With --compare: the newer bundle."), QStringLiteral("[NEW]"));
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc))
        return rc;
    if (parser.isSet(QStringLiteral("compare")))
        return compareBundleFiles(ctx, parser);
    const QString output = parser.value(QStringLiteral("output"));
    QString formatText = parser.value(QStringLiteral("format"));
    if (formatText.isEmpty())
        formatText = output.isEmpty() ? QStringLiteral("md") : QFileInfo(output).suffix();
    const auto format = core::parseReportFormat(formatText);
    if (!format) {
        ctx.err() << Text::tr("Error: --format must be html, md or json\n");
        return ExitUsage;
    }
    AssessmentSetup setup;
    if (const int rc = setup.prepare(ctx, parser); rc != ExitOk)
        return rc;
    if (!setup.conn) {
        ctx.err() << Text::tr("Error: diagnose needs a PostgreSQL datastore (database = %1)\n")
                         .arg(setup.config->string(QStringLiteral("database")));
        return ExitUnsupported;
    }
    auto report = core::collectDiagnostics(*setup.conn, setup.connectionText, *setup.config, *setup.catalog,
                                           *setup.paths, setup.options);
    if (!report)
        return ctx.fail(report.error());
    if (parser.isSet(QStringLiteral("bundle"))) {
        const QString journals = parser.isSet(QStringLiteral("journals")) ? parser.value(QStringLiteral("journals"))
                                                                          : core::Journal::defaultDirectory();
        auto bundle = core::SupportBundle::write(parser.value(QStringLiteral("bundle")), *report, journals, setup.connectionText);
        if (!bundle)
            return ctx.fail(bundle.error());
        ctx.out() << Text::tr("Support bundle %1 written to %2\n").arg(bundle->id, parser.value(QStringLiteral("bundle")))
                  << "  " << bundle->manifest.value(QStringLiteral("summary")).toString() << "\n"
                  << Text::tr("  files: ") << bundle->files.join(QStringLiteral(", ")) << "\n"
                  << Text::tr("Quote the bundle id in your support ticket.\n");
        return ExitOk;
    }
    const QString text = core::renderReport(*report, *format);
    if (output.isEmpty()) {
        ctx.out() << text;
        return ExitOk;
    }
    QFile f(output);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ctx.err() << Text::tr("Error: cannot write %1: %2\n").arg(output, f.errorString());
        return ExitError;
    }
    f.write(text.toUtf8());
    ctx.err() << Text::tr("report written to %1\n").arg(output);
    return ExitOk;
}

} // namespace kuw::cli
