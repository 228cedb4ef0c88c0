// SPDX-License-Identifier: GPL-3.0-or-later
#include "DiagnoseCommand.h"

#include "AssessmentSetup.h"
#include "CliContext.h"
#include "assessment/DiagnosticReport.h"

#include <QFile>
#include <QFileInfo>

namespace kuw::cli {

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
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc))
        return rc;
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
