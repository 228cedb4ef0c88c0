// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-bench-engine: our engine's `up` + `finish` (1.5.1 → 2.5.2) versus the same SQL fed to psql,
// per step, on identical copies of a generated Kong 1.5 datastore. Prints figures; never fails
// on time.
#include "BenchSupport.h"

#include "db/PgConnection.h"
#include "db/PgTransaction.h"
#include "migrations/Plan.h"
#include "migrations/TeardownFunctions.h"
#include "util/Log.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QUuid>

#include <algorithm>

using namespace kuw;
using namespace kuw::bench;

namespace {

const QString kTarget = QStringLiteral("2.5.2");

struct StepSample
{
    double engineMs = 0;
    double psqlMs = 0;
    double fnMs = 0;      ///< C++ teardown functions run outside psql (psql mode only)
    bool hasFn = false;
};

struct RunFigures
{
    QMap<QString, StepSample> steps;   ///< by step title
    QStringList order;
    double engineUpWallMs = 0, engineFinishWallMs = 0;
    double psqlProcessWallMs = 0;
};

double median(QList<double> v)
{
    return percentile(v, 50);
}

core::Status exec(const core::ConnectionSettings &s, const QString &sql)
{
    auto c = core::PgConnection::open(s);
    if (!c)
        return c.error();
    return (*c)->execScript(sql);
}

/// {{uuid:NAME}} → a fixed UUID per NAME (v5 of the name), like the engine's once-per-run draw.
QString substituteFixed(const QString &sql)
{
    static const QRegularExpression re(QStringLiteral(R"(\{\{uuid:([a-z_]+)\}\})"));
    QString outSql = sql;
    auto it = re.globalMatch(sql);
    while (it.hasNext()) {
        const auto m = it.next();
        const QUuid id = QUuid::createUuidV5(QUuid(QStringLiteral("6ba7b811-9dad-11d1-80b4-00c04fd430c8")), m.captured(1));
        outSql.replace(m.captured(0), id.toString(QUuid::WithoutBraces));
    }
    return outSql;
}

QString schemaMetaSql(core::PgConnection &conn, const core::PlanStep &step)
{
    const QString sub = conn.quoteLiteral(step.subsystem), name = conn.quoteLiteral(step.migration);
    // The statements of core/migrations/SchemaMetaWriter.cpp, with literals for the parameters.
    if (step.phase == core::Phase::Teardown)
        return QStringLiteral("INSERT INTO schema_meta (key, subsystem, last_executed, executed) "
                              "VALUES ('schema_meta', %1, %2, ARRAY[%2]) "
                              "ON CONFLICT (key, subsystem) DO UPDATE SET last_executed = %2, "
                              "executed = array_append(schema_meta.executed, %2), "
                              "pending = array_remove(schema_meta.pending, %2);\n").arg(sub, name);
    if (step.recordsPending)
        return QStringLiteral("INSERT INTO schema_meta (key, subsystem, pending) VALUES ('schema_meta', %1, ARRAY[%2]) "
                              "ON CONFLICT (key, subsystem) DO UPDATE SET pending = array_append(schema_meta.pending, %2);\n")
            .arg(sub, name);
    return QStringLiteral("INSERT INTO schema_meta (key, subsystem, last_executed, executed) "
                          "VALUES ('schema_meta', %1, %2, ARRAY[%2]) "
                          "ON CONFLICT (key, subsystem) DO UPDATE SET last_executed = %2, "
                          "executed = array_append(schema_meta.executed, %2);\n").arg(sub, name);
}

/// Runs the plan of `command` through one psql session (one connection, like the engine's),
/// one BEGIN/COMMIT per step; per-step time = the sum of psql's \timing figures between step
/// markers. C++ teardown functions cannot run inside psql: they run afterwards, through libpq,
/// each in a transaction of its own, and their time is added to their step. (Nothing later in
/// the 1.5.1 → 2.5.2 plan reads what they write, and the generated datastore has no CA
/// certificates, so the order change does not change the outcome.)
void runPlanWithPsql(const core::ScratchPostgres &pg, const QString &db, core::MigrationCommand command,
                     const QString &psql, const QString &workDir, RunFigures &fig)
{
    core::ConnectionSettings settings = pg.settings(db);
    core::Engine::Options opts;
    opts.target = version(kTarget);
    settings.statementTimeoutMs = opts.statementTimeoutMs;
    core::Engine planner(catalog(), settings, opts);
    auto conn = core::PgConnection::open(settings);
    if (!conn)
        die(QStringLiteral("connect"), conn.error());
    auto plan = planner.plan(**conn, command);
    if (!plan)
        die(QStringLiteral("plan"), plan.error());

    QString script = QStringLiteral("\\set ON_ERROR_STOP on\n"
                                    "SET search_path TO %1; SET TIME ZONE 'UTC'; SET statement_timeout = %2;\n"
                                    "\\timing on\n")
                         .arg((*conn)->quoteIdentifier((*conn)->schema()))
                         .arg(opts.statementTimeoutMs);
    QList<QPair<int, QStringList>> functions; // step index → function names
    const QList<core::PlanStep> &steps = plan->steps;
    for (int i = 0; i < steps.size(); ++i) {
        const core::PlanStep &step = steps.at(i);
        script += QStringLiteral("\\echo KUW-STEP %1\nBEGIN;\nSET LOCAL lock_timeout = %2;\n").arg(i).arg(opts.ddlLockTimeoutMs);
        QStringList fns;
        if (step.phase == core::Phase::Up) {
            if (!step.sql.trimmed().isEmpty())
                script += substituteFixed(step.sql) + QLatin1Char('\n');
        } else {
            for (const core::TeardownStep &t : step.teardown) {
                if (!t.sql.isEmpty())
                    script += substituteFixed(t.sql) + QLatin1Char('\n');
                else
                    fns << t.function;
            }
        }
        script += schemaMetaSql(**conn, step) + QStringLiteral("COMMIT;\n");
        if (!fns.isEmpty())
            functions.append({i, fns});
    }
    script += QStringLiteral("\\echo KUW-STEP -1\n");
    const QString file = QStringLiteral("%1/plan-%2.sql").arg(workDir, core::commandName(command));
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            die(QStringLiteral("cannot write %1").arg(file));
        f.write(script.toUtf8());
    }
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    QElapsedTimer wall;
    wall.start();
    p.start(psql, {QStringLiteral("-X"), QStringLiteral("-h"), pg.directory(), QStringLiteral("-p"),
                   QString::number(pg.port()), QStringLiteral("-U"), QStringLiteral("postgres"),
                   QStringLiteral("-d"), db, QStringLiteral("-f"), file});
    if (!p.waitForFinished(1800000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        die(QStringLiteral("psql failed (%1):\n%2").arg(file, QString::fromLocal8Bit(p.readAll()).right(3000)));
    fig.psqlProcessWallMs += double(wall.nsecsElapsed()) / 1e6;

    static const QRegularExpression timing(QStringLiteral(R"(^Time: ([0-9.]+) ms)"));
    QList<double> ms(steps.size(), 0.0);
    int current = -1;
    for (const QString &line : QString::fromLocal8Bit(p.readAll()).split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("KUW-STEP "))) {
            current = line.mid(9).toInt();
        } else if (current >= 0) {
            if (const auto m = timing.match(line); m.hasMatch())
                ms[current] += m.captured(1).toDouble();
        }
    }
    for (int i = 0; i < steps.size(); ++i)
        fig.steps[steps.at(i).title()].psqlMs = ms.at(i);

    for (const auto &[index, names] : functions) {
        const core::PlanStep &step = steps.at(index);
        StepSample &s = fig.steps[step.title()];
        s.hasFn = true;
        QElapsedTimer t;
        t.start();
        auto tx = core::PgTransaction::begin(**conn);
        if (!tx)
            die(QStringLiteral("BEGIN"), tx.error());
        for (const QString &name : names) {
            const core::TeardownFunction *fn = core::TeardownFunctions::find(name);
            if (!fn)
                die(QStringLiteral("unknown teardown function %1").arg(name));
            auto rows = (*fn)(**conn, core::TeardownContext{step.subsystem, step.migration});
            if (!rows)
                die(QStringLiteral("teardown function %1").arg(name), rows.error());
        }
        if (core::Status st = tx->commit(); !st)
            die(QStringLiteral("COMMIT"), st.error());
        s.fnMs = double(t.nsecsElapsed()) / 1e6;
    }
}

void runPlanWithEngine(const core::ScratchPostgres &pg, const QString &db, core::MigrationCommand command, RunFigures &fig)
{
    QElapsedTimer clock;
    clock.start();
    StepClock steps(clock);
    // The overhead compares like with like: psql runs each teardown statement once, so the
    // engine does too (no concurrent `parts`, whose gain kuw-bench-live-traffic shows).
    core::Engine::Options opts;
    opts.partsMinRows = -1;
    const core::RunReport report = runEngine(pg.settings(db), command, kTarget, opts, &steps);
    const double wallMs = double(clock.nsecsElapsed()) / 1e6;
    if (!report.ok())
        die(QStringLiteral("engine %1").arg(core::commandName(command)),
            report.error.value_or(core::Error::make(core::ErrorKind::Cancelled, QStringLiteral("cancelled"))));
    (command == core::MigrationCommand::Up ? fig.engineUpWallMs : fig.engineFinishWallMs) = wallMs;
    for (const StepClock::Entry &e : steps.entries()) {
        fig.steps[e.title].engineMs = double(e.endNs - e.startNs) / 1e6;
        fig.order << e.title;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kuw-bench-engine"));
    core::installRedactingMessageHandler();
    quietLogging();

    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("Engine up+finish (1.5.1 → 2.5.2) versus the same SQL through psql."));
    cli.addHelpOption();
    QCommandLineOption scaleOpt(QStringLiteral("scale"), QStringLiteral("Datastore size relative to the live-traffic default (1.0)."),
                                QStringLiteral("factor"), QStringLiteral("1.0"));
    QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Repetitions (fresh copies each; medians printed)."),
                               QStringLiteral("n"), QStringLiteral("3"));
    cli.addOptions({scaleOpt, runsOpt});
    cli.process(app);
    const double scale = cli.value(scaleOpt).toDouble();
    const int runs = std::max(1, cli.value(runsOpt).toInt());

    const QString psql = findPgTool(QStringLiteral("psql"));
    if (psql.isEmpty())
        die(QStringLiteral("psql not found (apt-get install postgresql-client-15)"));

    core::ScratchPostgres *pg = &startCluster();
    print(QStringLiteral("scratch PostgreSQL in %1, port %2").arg(pg->directory()).arg(pg->port()));
    print(QStringLiteral("machine: %1").arg(machineLoad()));
    const DatastoreSize size = DatastoreSize::liveTraffic().scaled(scale);
    prepareKong15Datastore(*pg, QStringLiteral("bench_src"), size);

    QTemporaryDir work(QStringLiteral("/tmp/kuw-bench-engine.XXXXXX"));
    if (!work.isValid())
        die(QStringLiteral("no temporary directory"));

    QList<RunFigures> figures;
    for (int run = 0; run < runs; ++run) {
        const QString dbE = QStringLiteral("bench_engine_%1").arg(run), dbP = QStringLiteral("bench_psql_%1").arg(run);
        for (const QString &db : {dbE, dbP}) {
            if (core::Status s = exec(pg->settings(), QStringLiteral("CREATE DATABASE %1 TEMPLATE bench_src").arg(db)); !s)
                die(QStringLiteral("CREATE DATABASE %1").arg(db), s.error());
        }
        RunFigures fig;
        auto engineSide = [&] {
            runPlanWithEngine(*pg, dbE, core::MigrationCommand::Up, fig);
            runPlanWithEngine(*pg, dbE, core::MigrationCommand::Finish, fig);
        };
        auto psqlSide = [&] {
            runPlanWithPsql(*pg, dbP, core::MigrationCommand::Up, psql, work.path(), fig);
            runPlanWithPsql(*pg, dbP, core::MigrationCommand::Finish, psql, work.path(), fig);
        };
        // Alternate which side goes first, so neither always meets a cold cache.
        if (run % 2 == 0) {
            engineSide();
            psqlSide();
        } else {
            psqlSide();
            engineSide();
        }
        double e = 0, p = 0;
        for (const StepSample &s : std::as_const(fig.steps)) {
            e += s.engineMs;
            p += s.psqlMs + s.fnMs;
        }
        print(QStringLiteral("run %1/%2 (%3 first): engine steps %4 ms, psql steps %5 ms")
                  .arg(run + 1).arg(runs).arg(run % 2 == 0 ? QStringLiteral("engine") : QStringLiteral("psql"))
                  .arg(fmtMs(e)).arg(fmtMs(p)));
        figures << fig;
        for (const QString &db : {dbE, dbP})
            exec(pg->settings(), QStringLiteral("DROP DATABASE %1").arg(db));
    }

    // Medians over the runs, per step and for the totals.
    const QStringList order = figures.first().order;
    QList<QStringList> rows;
    QList<double> eTot, pTot, eUpWall, eFinWall, psqlWall;
    for (const RunFigures &f : figures) {
        double e = 0, p = 0;
        for (const StepSample &s : f.steps) {
            e += s.engineMs;
            p += s.psqlMs + s.fnMs;
        }
        eTot << e;
        pTot << p;
        eUpWall << f.engineUpWallMs;
        eFinWall << f.engineFinishWallMs;
        psqlWall << f.psqlProcessWallMs;
    }
    int i = 0;
    for (const QString &title : order) {
        QList<double> e, p, fn;
        bool hasFn = false;
        for (const RunFigures &f : figures) {
            const StepSample s = f.steps.value(title);
            e << s.engineMs;
            p << s.psqlMs + s.fnMs;
            fn << s.fnMs;
            hasFn = hasFn || s.hasFn;
        }
        const double em = median(e), pm = median(p);
        rows << QStringList{QString::number(++i), title, fmtMs(em, 2), fmtMs(pm, 2) + (hasFn ? QStringLiteral("*") : QString()),
                            pm > 0 ? fmtMs((em - pm) / pm * 100.0, 1) : QStringLiteral("-")};
    }
    const double em = median(eTot), pm = median(pTot);
    rows << QStringList{QString(), QStringLiteral("TOTAL (sum of steps)"), fmtMs(em, 1), fmtMs(pm, 1),
                        fmtMs((em - pm) / pm * 100.0, 1)};
    print();
    print(QStringLiteral("Kong 1.5.1 → %1, %2; medians of %3 run(s)").arg(kTarget, size.toString()).arg(runs));
    printTable({QStringLiteral("#"), QStringLiteral("step"), QStringLiteral("engine ms"), QStringLiteral("psql ms"),
                QStringLiteral("overhead %")},
               rows, 2);
    print(QStringLiteral("* psql ms includes the step's C++ teardown function(s), run through libpq after the psql "
                         "session, each step's in a transaction of its own."));
    print(QStringLiteral("engine run wall time (connect, probe, plan twice, lock, steps, unlock): up %1 ms, finish %2 ms, "
                         "total %3 ms (vs %4 ms in steps)")
              .arg(fmtMs(median(eUpWall))).arg(fmtMs(median(eFinWall)))
              .arg(fmtMs(median(eUpWall) + median(eFinWall))).arg(fmtMs(em)));
    print(QStringLiteral("psql process wall time, up + finish sessions (incl. process start and connect): %1 ms")
              .arg(fmtMs(median(psqlWall))));
    print(QStringLiteral("machine at the end: %1").arg(machineLoad()));
    print(QStringLiteral("overhead target: < 10 % on the total; measured %1 %").arg(fmtMs((em - pm) / pm * 100.0, 1)));
    stopCluster();
    return 0;
}
