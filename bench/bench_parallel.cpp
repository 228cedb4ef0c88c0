// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-bench-parallel: the parallel-datastore path on a large datastore — the transfer
// (bootstrap, export, import, counts) stage by stage, then the old/new diff with nothing and
// with 1 % of the consumers changed since the export, with the process's peak RSS.
// Prints figures; never fails on time.
#include "BenchSupport.h"
#include "DatastoreGenerator.h"

#include "db/PgConnection.h"
#include "parallel/DatastoreDiff.h"
#include "parallel/ParallelTransfer.h"
#include "util/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <sys/resource.h>

using namespace kuw;
using namespace kuw::bench;

namespace {

const QString kTarget = QStringLiteral("2.5.2");

/// Peak RSS of the process so far (monotone: each phase reports the peak up to its end).
double maxRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_maxrss) / 1024.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kuw-bench-parallel"));
    core::installRedactingMessageHandler();
    quietLogging();
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Parallel-datastore transfer and diff timings."));
    cli.addHelpOption();
    QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("Datastore size relative to the default (1.0)."),
                                QStringLiteral("factor"), QStringLiteral("1.0"));
    cli.addOption(scaleOpt);
    cli.process(app);

    core::ScratchPostgres &pg = startCluster();
    print(QStringLiteral("machine: %1").arg(machineLoad()));
    const QString src = QStringLiteral("par_old"), dst = QStringLiteral("par_new");
    prepareKong15Datastore(pg, src, DatastoreSize::liveTraffic().scaled(cli.value(scaleOpt).toDouble()));
    for (auto cmd : {core::MigrationCommand::Up, core::MigrationCommand::Finish})
        if (!runEngine(pg.settings(src), cmd, kTarget).ok())
            die(QStringLiteral("upgrading the generated datastore to %1").arg(kTarget));
    if (core::Status s = pg.createDatabase(dst); !s)
        die(QStringLiteral("CREATE DATABASE ") + dst, s.error());
    QTemporaryDir work(QStringLiteral("/tmp/kuw-bench-par.XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));

    QList<QStringList> rows;
    QElapsedTimer stage, total;
    core::TransferOptions o;
    o.source = pg.settings(src);
    o.target = pg.settings(dst);
    o.targetVersion = version(kTarget);
    o.exportPath = work.filePath(QStringLiteral("kong.yml"));
    QString last = QStringLiteral("start");
    stage.start();
    total.start();
    // the transfer logs one line as each stage begins: time the stages from those lines
    const QStringList stages = {QStringLiteral("Bootstrapping"), QStringLiteral("Exporting"), QStringLiteral("Importing"),
                                QStringLiteral("Counting")};
    const core::TransferOutcome out = core::runTransfer(catalog(), o, [&](const QString &line) {
        if (!stages.contains(line.section(QLatin1Char(' '), 0, 0)))
            return; // a stage's result line, not the start of the next one
        if (last != QLatin1String("start"))
            rows << QStringList{last, fmtMs(double(stage.nsecsElapsed()) / 1e6), QString::number(maxRssMb(), 'f', 0)};
        last = line.section(QLatin1Char(' '), 0, 0);
        stage.restart();
    });
    if (!out.ok())
        die(QStringLiteral("transfer (%1)").arg(out.failedStage), *out.error);
    rows << QStringList{last, fmtMs(double(stage.nsecsElapsed()) / 1e6), QString::number(maxRssMb(), 'f', 0)};
    rows << QStringList{QStringLiteral("transfer total"), fmtMs(double(total.nsecsElapsed()) / 1e6), QString::number(maxRssMb(), 'f', 0)};
    print(QStringLiteral("%1 entities transferred; counts %2").arg(out.imported->total())
              .arg(out.counts->allMatch() ? QStringLiteral("match") : QStringLiteral("DIFFER")));

    auto diff = [&](const QString &name) {
        stage.restart();
        const core::DiffOutcome d = core::runDiff(o.source, o.target);
        if (d.error)
            die(name, *d.error);
        rows << QStringList{name + QStringLiteral(" (%1 differ)").arg(d.report->totals.total()),
                            fmtMs(double(stage.nsecsElapsed()) / 1e6), QString::number(maxRssMb(), 'f', 0)};
    };
    diff(QStringLiteral("diff, nothing changed"));
    if (auto c = core::PgConnection::open(o.source); !c || !(*c)->execScript(QStringLiteral(
            "UPDATE consumers SET custom_id = 'changed-' || id WHERE id IN (SELECT id FROM consumers ORDER BY id "
            "LIMIT (SELECT count(*) / 100 FROM consumers))")))
        die(QStringLiteral("changing 1 % of the consumers"));
    diff(QStringLiteral("diff, 1 % of consumers changed"));
    printTable({QStringLiteral("phase"), QStringLiteral("time"), QStringLiteral("peak RSS MB")}, rows);
    stopCluster();
    return 0;
}
