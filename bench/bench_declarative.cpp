// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-bench-declarative: `config db_export` / `db_import` of a large Kong 2.5 datastore, timed
// next to pg_dump --data-only and a psql \copy load of the same tables in the same run, with
// the process's peak RSS per phase. Prints figures; never fails on time.
#include "BenchSupport.h"

#include "db/PgConnection.h"
#include "declarative/EntityLoader.h"
#include "declarative/EntitySchema.h"
#include "declarative/Exporter.h"
#include "declarative/Importer.h"
#include "util/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>

using namespace kuw;
using namespace kuw::bench;

namespace {

const QString kTarget = QStringLiteral("2.5.2");

/// Peak resident set (VmHWM) in MB since the last resetPeak().
double peakRssMb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// Resets VmHWM to the current RSS ("5" > clear_refs), so each phase reports its own peak.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

void runTool(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(tool, args);
    if (!p.waitForFinished(3600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(QStringLiteral("%1 failed:\n%2").arg(tool, QString::fromLocal8Bit(p.readAll()).right(3000)));
}

QStringList connArgs(const core::ScratchPostgres &pg, const QString &db)
{
    return {QStringLiteral("-h"), pg.directory(), QStringLiteral("-p"), QString::number(pg.port()),
            QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), db};
}

void freshTarget(core::ScratchPostgres &pg, const QString &db)
{
    if (core::Status s = pg.createDatabase(db); !s)
        die(QStringLiteral("CREATE DATABASE %1").arg(db), s.error());
    const core::RunReport boot = runEngine(pg.settings(db), core::MigrationCommand::Bootstrap, kTarget);
    if (!boot.ok())
        die(QStringLiteral("bootstrap %1").arg(kTarget));
}

struct Phase
{
    QString name;
    double ms = 0;
    double peakMb = -1;
    QString note;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kuw-bench-declarative"));
    core::installRedactingMessageHandler();
    quietLogging();

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Declarative export/import versus pg_dump --data-only and psql \\copy."));
    cli.addHelpOption();
    QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("Datastore size relative to the default (1.0)."),
                                QStringLiteral("factor"), QStringLiteral("1.0"));
    cli.addOption(scaleOpt);
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Export and pg_dump runs, alternating (default 1)."),
                               QStringLiteral("n"), QStringLiteral("1"));
    cli.addOption(runsOpt);
    QCommandLineOption exportOnlyOpt(QStringLiteral("export-only"), QStringLiteral("Skip the import and COPY load phases."));
    cli.addOption(exportOnlyOpt);
    QCommandLineOption saveOpt(QStringLiteral("save-export"), QStringLiteral("Copy the exported kong.yml to FILE (e.g. to compare exports)."),
                               QStringLiteral("file"));
    cli.addOption(saveOpt);
    QCommandLineOption keepOpt(QStringLiteral("keep"), QStringLiteral("Leave the cluster running with the source datastore decl_src (to profile)."));
    cli.addOption(keepOpt);
    cli.process(app);
    const int runs = std::max(1, cli.value(runsOpt).toInt());

    const QString psql = findPgTool(QStringLiteral("psql")), pgDump = findPgTool(QStringLiteral("pg_dump"));
    if (psql.isEmpty() || pgDump.isEmpty())
        die(QStringLiteral("psql / pg_dump not found (apt-get install postgresql-client-15)"));

    core::ScratchPostgres &pg = startCluster();
    print(QStringLiteral("machine: %1").arg(machineLoad()));
    const DatastoreSize size = DatastoreSize::liveTraffic().scaled(cli.value(scaleOpt).toDouble());
    prepareKong15Datastore(pg, QStringLiteral("decl_src"), size);
    for (auto cmd : {core::MigrationCommand::Up, core::MigrationCommand::Finish})
        if (!runEngine(pg.settings(QStringLiteral("decl_src")), cmd, kTarget).ok())
            die(QStringLiteral("upgrading the generated datastore to %1").arg(kTarget));
    print(QStringLiteral("upgraded to %1 with the engine").arg(kTarget));
    if (auto c = core::PgConnection::open(pg.settings(QStringLiteral("decl_src"))))
        (void)(*c)->execScript(QStringLiteral("VACUUM ANALYZE"));

    QTemporaryDir work(QStringLiteral("/tmp/kuw-bench-decl.XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));
    QStringList tables;
    for (const auto &e : core::declarative::exportedEntities())
        tables << e.name;

    QList<Phase> phases;
    QElapsedTimer t;

    // Export (ours) and pg_dump --data-only of the same tables, alternating over the runs.
    const QString yml = work.filePath(QStringLiteral("kong.yml"));
    qint64 entities = 0;
    QList<double> exportMs, dumpMs;
    for (int run = 0; run < runs; ++run) {
        QFile::remove(yml);
        auto conn = core::PgConnection::open(pg.settings(QStringLiteral("decl_src")));
        if (!conn)
            die(QStringLiteral("connect"), conn.error());
        resetPeak();
        t.start();
        auto r = core::declarative::Exporter(**conn).exportToFile(yml);
        if (!r)
            die(QStringLiteral("export"), r.error());
        exportMs << double(t.nsecsElapsed()) / 1e6;
        entities = r->total();
        const double peak = peakRssMb();

        QStringList args = connArgs(pg, QStringLiteral("decl_src"));
        args << QStringLiteral("--data-only") << QStringLiteral("-f") << work.filePath(QStringLiteral("dump.sql"));
        for (const QString &tb : tables)
            args << QStringLiteral("-t") << tb;
        t.start();
        runTool(pgDump, args);
        dumpMs << double(t.nsecsElapsed()) / 1e6;
        print(QStringLiteral("run %1: export %2 ms, pg_dump %3 ms = %4x (%5)")
                  .arg(run + 1).arg(fmtMs(exportMs.last(), 0), fmtMs(dumpMs.last(), 0))
                  .arg(exportMs.last() / dumpMs.last(), 0, 'f', 2).arg(machineLoad()));
        if (run == 0) {
            phases << Phase{QStringLiteral("db_export (kong.yml)"), 0, peak,
                            QStringLiteral("%1 entities, %2 MB file").arg(entities).arg(QFileInfo(yml).size() / 1048576.0, 0, 'f', 1)};
            phases << Phase{QStringLiteral("pg_dump --data-only"), 0, -1,
                            QStringLiteral("%1 MB").arg(QFileInfo(work.filePath(QStringLiteral("dump.sql"))).size() / 1048576.0, 0, 'f', 1)};
        }
    }
    phases[0].ms = percentile(exportMs, 50);
    phases[1].ms = percentile(dumpMs, 50);
    if (runs > 1)
        phases[0].name += QStringLiteral(" median"), phases[1].name += QStringLiteral(" median");
    if (cli.isSet(saveOpt)) {
        QFile::remove(cli.value(saveOpt));
        if (!QFile::copy(yml, cli.value(saveOpt)))
            die(QStringLiteral("cannot copy the export to %1").arg(cli.value(saveOpt)));
    }

    if (!cli.isSet(exportOnlyOpt)) {
        // Import (ours) and psql \copy of the same tables, each into a fresh 2.5 datastore.
        freshTarget(pg, QStringLiteral("decl_import"));
        {
            auto conn = core::PgConnection::open(pg.settings(QStringLiteral("decl_import")));
            if (!conn)
                die(QStringLiteral("connect"), conn.error());
            resetPeak();
            t.start();
            core::declarative::Importer importer(conn->get());
            auto r = importer.importFile(yml);
            if (!r)
                die(QStringLiteral("import: ") + r.error().detail.left(2000), r.error());
            phases << Phase{QStringLiteral("db_import (validate + COPY, 1 tx)"), double(t.nsecsElapsed()) / 1e6,
                            peakRssMb(), QStringLiteral("%1 entities").arg(r->total())};
        }
        {
            // The rows to load, exported untimed in COPY format, then loaded in one transaction.
            QString out = QStringLiteral("\\copy workspaces TO '%1'\n").arg(work.filePath(QStringLiteral("ws.copy")));
            QString in = QStringLiteral("BEGIN;\n");
            for (const auto &e : core::declarative::exportedEntities()) {
                if (e.name == QLatin1String("parameters"))
                    continue; // bootstrap already wrote them
                // Named columns: an upgraded table's physical column order differs from a bootstrapped one.
                const QString tb = QStringLiteral("%1 (%2)").arg(e.name, QLatin1Char('"') + core::declarative::EntityLoader::columns(e).join(QStringLiteral("\",\"")) + QLatin1Char('"'));
                const QString f = work.filePath(e.name + QStringLiteral(".copy"));
                out += QStringLiteral("\\copy %1 TO '%2'\n").arg(tb, f);
                in += QStringLiteral("\\copy %1 FROM '%2'\n").arg(tb, f);
            }
            in += QStringLiteral("COMMIT;\n");
            QFile o(work.filePath(QStringLiteral("out.psql"))), i(work.filePath(QStringLiteral("in.psql")));
            if (!o.open(QIODevice::WriteOnly) || !i.open(QIODevice::WriteOnly))
                die(QStringLiteral("cannot write psql scripts"));
            o.write(out.toUtf8());
            i.write(in.toUtf8());
            o.close();
            i.close();
            runTool(psql, connArgs(pg, QStringLiteral("decl_src")) << QStringLiteral("-X") << QStringLiteral("-v")
                                                                   << QStringLiteral("ON_ERROR_STOP=1") << QStringLiteral("-f") << o.fileName());
            freshTarget(pg, QStringLiteral("decl_copy"));
            // Same default workspace id as the source, so the copied ws_id foreign keys hold.
            if (auto c = core::PgConnection::open(pg.settings(QStringLiteral("decl_copy"))))
                (void)(*c)->execScript(QStringLiteral("DELETE FROM workspaces"));
            runTool(psql, connArgs(pg, QStringLiteral("decl_copy")) << QStringLiteral("-X") << QStringLiteral("-v")
                                                                    << QStringLiteral("ON_ERROR_STOP=1") << QStringLiteral("-c")
                                                                    << QStringLiteral("\\copy workspaces FROM '%1'").arg(work.filePath(QStringLiteral("ws.copy"))));
            t.start();
            runTool(psql, connArgs(pg, QStringLiteral("decl_copy")) << QStringLiteral("-X") << QStringLiteral("-v")
                                                                    << QStringLiteral("ON_ERROR_STOP=1") << QStringLiteral("-f") << i.fileName());
            phases << Phase{QStringLiteral("psql \\copy load (1 tx)"), double(t.nsecsElapsed()) / 1e6, -1, QString()};
        }
    }

    QList<QStringList> rows;
    for (const Phase &p : phases)
        rows << QStringList{p.name, fmtMs(p.ms, 0), p.peakMb < 0 ? QStringLiteral("-") : QString::number(p.peakMb, 'f', 1), p.note};
    print();
    print(QStringLiteral("Datastore: %1, %2 exported entities").arg(size.toString()).arg(entities));
    printTable({QStringLiteral("phase"), QStringLiteral("ms"), QStringLiteral("peak RSS MB"), QStringLiteral("")}, rows);
    print(QStringLiteral("export / pg_dump = %1x (target <= 2x)").arg(phases[0].ms / phases[1].ms, 0, 'f', 2));
    if (phases.size() == 4)
        print(QStringLiteral("import / COPY = %1x (target <= 3x)").arg(phases[2].ms / phases[3].ms, 0, 'f', 2));
    print(QStringLiteral("machine at the end: %1").arg(machineLoad()));
    if (cli.isSet(keepOpt)) {
        pg.release();
        print(QStringLiteral("--keep: cluster stays up (psql -h %1 -p %2 -U postgres decl_src; stop: pg_ctl -D %1/data stop)")
                  .arg(pg.directory()).arg(pg.port()));
    }
    stopCluster();
    return 0;
}
