// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-bench-diagnose: the read-only diagnostic report (collect + render every format + support
// bundle) on a generated Kong 1.5 datastore with 100k+ rows in the main tables. Target: under
// 5 s. Prints figures; never fails on time.
#include "BenchSupport.h"

#include "assessment/DiagnosticReport.h"
#include "assessment/ReadOnlySession.h"
#include "assessment/SupportBundle.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "util/Log.h"
#include "versions/UpgradePath.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace kuw;
using namespace kuw::bench;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kuw-bench-diagnose"));
    core::installRedactingMessageHandler();
    quietLogging();

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("diagnose (collect, render, bundle) on a 100k+ row datastore."));
    cli.addHelpOption();
    QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("Datastore size relative to the live-traffic default (1.0)."),
                                QStringLiteral("factor"), QStringLiteral("1.0"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Repetitions (medians printed)."), QStringLiteral("n"),
                               QStringLiteral("5"));
    cli.addOptions({scaleOpt, runsOpt});
    cli.process(app);
    const double scale = cli.value(scaleOpt).toDouble();
    const int runs = std::max(1, cli.value(runsOpt).toInt());

    core::ScratchPostgres *pg = &startCluster();
    print(QStringLiteral("scratch PostgreSQL in %1, port %2").arg(pg->directory()).arg(pg->port()));
    print(QStringLiteral("machine: %1").arg(machineLoad()));
    const DatastoreSize size = DatastoreSize::liveTraffic().scaled(scale);
    const QString db = QStringLiteral("bench_diag");
    prepareKong15Datastore(*pg, db, size);

    auto config = core::KongConfig::fromText(QStringLiteral("plugins = bundled\n"), QStringLiteral("kong.conf"));
    auto paths = core::UpgradePath::loadEmbedded();
    if (!config || !paths)
        die(QStringLiteral("configuration or path rules"));
    core::AssessmentOptions options;
    options.target = version(QStringLiteral("2.5.2"));
    QTemporaryDir work(QStringLiteral("/tmp/kuw-bench-diag.XXXXXX"));

    QList<double> connectMs, collectMs, renderMs, bundleMs, totalMs;
    qint64 bytes[3] = {0, 0, 0};
    qint64 bundleBytes = 0;
    int findings = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t, total;
        total.start();
        t.start();
        auto conn = core::openReadOnlySession(pg->settings(db));
        if (!conn)
            die(QStringLiteral("connect"), conn.error());
        connectMs << t.nsecsElapsed() / 1e6;
        t.restart();
        auto report = core::collectDiagnostics(**conn, pg->settings(db).toString(), *config, catalog(), *paths, options);
        if (!report)
            die(QStringLiteral("collect"), report.error());
        collectMs << t.nsecsElapsed() / 1e6;
        t.restart();
        int i = 0;
        for (core::ReportFormat f : {core::ReportFormat::Json, core::ReportFormat::Markdown, core::ReportFormat::Html})
            bytes[i++] = core::renderReport(*report, f).toUtf8().size();
        renderMs << t.nsecsElapsed() / 1e6;
        totalMs << total.nsecsElapsed() / 1e6;
        t.restart();
        const QString file = work.filePath(QStringLiteral("bundle-%1.tar.gz").arg(run));
        auto bundle = core::SupportBundle::write(file, *report, {}, {});
        if (!bundle)
            die(QStringLiteral("bundle"), bundle.error());
        bundleMs << t.nsecsElapsed() / 1e6;
        bundleBytes = QFileInfo(file).size();
        findings = int(report->assessment.findings.size());
    }
    print();
    print(QStringLiteral("diagnose on %1, %2 run(s):").arg(size.toString()).arg(runs));
    auto row = [](const QString &name, QList<double> v) {
        QList<double> copy = v;
        const double max = *std::max_element(v.begin(), v.end());
        return QStringList{name, fmtMs(percentile(copy, 50)), fmtMs(max)};
    };
    printTable({QStringLiteral("phase"), QStringLiteral("median ms"), QStringLiteral("max ms")},
               {row(QStringLiteral("connect (read-only session)"), connectMs),
                row(QStringLiteral("collect (settings, sizes, exact counts, locks, assessment)"), collectMs),
                row(QStringLiteral("render json + md + html"), renderMs),
                row(QStringLiteral("diagnose total (connect + collect + render)"), totalMs),
                row(QStringLiteral("support bundle (3 formats + tar.gz)"), bundleMs)});
    print(QStringLiteral("report sizes: json %1 B, md %2 B, html %3 B; bundle %4 B; %5 finding(s)")
              .arg(bytes[0]).arg(bytes[1]).arg(bytes[2]).arg(bundleBytes).arg(findings));
    QList<double> copy = totalMs;
    print(QStringLiteral("target: diagnose under 5000 ms — median %1 ms").arg(fmtMs(percentile(copy, 50))));
    print(QStringLiteral("machine after: %1").arg(machineLoad()));
    stopCluster();
    return 0;
}
