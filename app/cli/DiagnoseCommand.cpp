// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "AssessmentSetup.h"
#include "CliContext.h"
#include "assessment/DiagnosticReport.h"
#include "assessment/SupportBundle.h"
#include "session/Journal.h"

#include <QFile>
#include <QFileInfo>

namespace kuw::cli {

namespace {

int compareBundleFiles(CliContext &ctx, const QCommandLineParser &parser)
{
    const QStringList rest = parser.positionalArguments();
    if (rest.size() != 1) {
        ctx.err() << "Error: --compare needs two bundles: --compare OLD.tar.gz NEW.tar.gz\n";
        return ExitUsage;
    }
    auto a = core::SupportBundle::load(parser.value(QStringLiteral("compare")));
    if (!a)
        return ctx.fail(a.error());
    auto b = core::SupportBundle::load(rest.first());
    if (!b)
        return ctx.fail(b.error());
    ctx.out() << "Comparing bundle " << a->id << " (" << a->createdAt << ")\n"
              << "     with bundle " << b->id << " (" << b->createdAt << ")\n\n";
    const QStringList changes = core::compareBundles(*a, *b);
    if (changes.isEmpty())
        ctx.out() << "No changes.\n";
    for (const QString &line : changes)
        ctx.out() << line << "\n";
    return ExitOk;
}

} // namespace

int runDiagnoseCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Diagnostic report of the configured datastore for support: environment, Kong schema per subsystem, "
        "schema level, lock state and blocking sessions, entity counts, Data Planes and the assessment "
        "findings. The session is read-only; secrets are redacted."));
    parser.addHelpOption();
    ctx.addCommonOptions(parser);
    AssessmentSetup::addOptions(parser);
    parser.addOption({QStringLiteral("format"), QStringLiteral("html, md or json (default: from -o's suffix, else md)."),
                      QStringLiteral("format")});
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("Write the report to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("bundle"),
                      QStringLiteral("Write a support bundle (tar.gz: the report in every format, the session journals, "
                                     "a bundle id for tickets) to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("journals"),
                      QStringLiteral("Directory of the upgrade journals to bundle (default: the wizard's)."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("compare"),
                      QStringLiteral("Compare two support bundles: --compare OLD NEW (no datastore needed)."),
                      QStringLiteral("old")});
    parser.addPositionalArgument(QStringLiteral("new"), QStringLiteral("With --compare: the newer bundle."), QStringLiteral("[NEW]"));
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
        ctx.err() << "Error: --format must be html, md or json\n";
        return ExitUsage;
    }
    AssessmentSetup setup;
    if (const int rc = setup.prepare(ctx, parser); rc != ExitOk)
        return rc;
    if (!setup.conn) {
        ctx.err() << "Error: diagnose needs a PostgreSQL datastore (database = "
                  << setup.config->string(QStringLiteral("database")) << ")\n";
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
        ctx.out() << "Support bundle " << bundle->id << " written to " << parser.value(QStringLiteral("bundle")) << "\n"
                  << "  " << bundle->manifest.value(QStringLiteral("summary")).toString() << "\n"
                  << "  files: " << bundle->files.join(QStringLiteral(", ")) << "\n"
                  << "Quote the bundle id in your support ticket.\n";
        return ExitOk;
    }
    const QString text = core::renderReport(*report, *format);
    if (output.isEmpty()) {
        ctx.out() << text;
        return ExitOk;
    }
    QFile f(output);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        ctx.err() << "Error: cannot write " << output << ": " << f.errorString() << "\n";
        return ExitError;
    }
    f.write(text.toUtf8());
    ctx.err() << "report written to " << output << "\n";
    return ExitOk;
}

} // namespace kuw::cli
