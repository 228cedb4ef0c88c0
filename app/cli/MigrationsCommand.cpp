// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationsCommand.h"

#include "CliContext.h"
#include "db/ConnectionSettings.h"
#include "db/PgConnection.h"
#include "migrations/Catalog.h"
#include "migrations/Engine.h"

#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>

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

enum ListExit { ListUpToDate = 0, ListNeedsBootstrap = 3, ListPending = 4, ListNew = 5 };

class PrintingObserver : public core::EngineObserver
{
public:
    PrintingObserver(CliContext &ctx, bool quiet) : m_ctx(ctx), m_quiet(quiet) {}
    void log(const QString &line) override
    {
        if (!m_quiet) {
            m_ctx.out() << line << "\n";
            m_ctx.out().flush();
        }
    }

private:
    CliContext &m_ctx;
    bool m_quiet;
};

/// Kong asks only for reset; we also ask before every destructive step (finish, --force).
bool confirm(CliContext &ctx, const QString &question, const QString &command, bool yes, int *exitCode)
{
    if (yes)
        return true;
    if (!::isatty(STDIN_FILENO)) {
        ctx.err() << Text::tr("Error: not a tty: invoke '%1' non-interactively with the --yes flag\n").arg(command);
        ctx.err().flush();
        *exitCode = ExitError;
        return false;
    }
    for (int tries = 0; tries < 3; ++tries) {
        ctx.out() << "> " << question << " [Y/n] ";
        ctx.out().flush();
        char buf[64] = {};
        if (!fgets(buf, sizeof buf, stdin))
            break;
        const QString a = QString::fromLocal8Bit(buf).trimmed().toLower();
        if (a == QLatin1String("y") || a == QLatin1String("yes"))
            return true;
        if (a == QLatin1String("n") || a == QLatin1String("no"))
            break;
    }
    ctx.out() << "cancelled\n";
    *exitCode = ExitOk;
    return false;
}

void printList(CliContext &ctx, const QString &title, const QList<QPair<QString, QStringList>> &rows)
{
    if (rows.isEmpty())
        return;
    qsizetype width = 0;
    for (const auto &r : rows)
        width = qMax(width, r.first.size());
    ctx.out() << title << "\n";
    for (const auto &r : rows)
        ctx.out() << r.first.rightJustified(width) << ": " << r.second.join(QStringLiteral(", ")) << "\n";
}

int runList(CliContext &ctx, const core::SchemaState &st, bool json)
{
    if (json) {
        QJsonArray subs;
        for (const core::SubsystemState &s : st.subsystems)
            subs.append(QJsonObject{{QStringLiteral("subsystem"), s.name},
                                    {QStringLiteral("executed"), QJsonArray::fromStringList(s.executed)},
                                    {QStringLiteral("pending"), QJsonArray::fromStringList(s.pending)},
                                    {QStringLiteral("new"), QJsonArray::fromStringList(s.fresh)},
                                    {QStringLiteral("missing"), QJsonArray::fromStringList(s.missing)}});
        ctx.out() << QJsonDocument(QJsonObject{{QStringLiteral("needs_bootstrap"), st.needsBootstrap},
                                               {QStringLiteral("target"), st.target.toString()},
                                               {QStringLiteral("subsystems"), subs},
                                               {QStringLiteral("unknown_subsystems"), QJsonArray::fromStringList(st.unknownSubsystems)},
                                               {QStringLiteral("unknown_migrations"), QJsonArray::fromStringList(st.unknownMigrations)}})
                         .toJson(QJsonDocument::Indented);
    }
    if (st.needsBootstrap) {
        if (!json)
            ctx.out() << st.kongSummary(); // as `kong migrations list` prints it
        return ListNeedsBootstrap;
    }
    QList<QPair<QString, QStringList>> executed, pending, fresh;
    for (const core::SubsystemState &s : st.subsystems) {
        if (!s.executed.isEmpty())
            executed.append({s.name, s.executed});
        if (!s.pending.isEmpty())
            pending.append({s.name, s.pending});
        if (!s.fresh.isEmpty())
            fresh.append({s.name, s.fresh});
    }
    if (!json) {
        printList(ctx, QStringLiteral("Executed migrations:"), executed);
        if (!pending.isEmpty()) {
            ctx.out() << "\n";
            printList(ctx, QStringLiteral("Pending migrations:"), pending);
        }
        if (!fresh.isEmpty()) {
            ctx.out() << "\n";
            printList(ctx, QStringLiteral("New migrations available:"), fresh);
        }
        if (!st.unknownSubsystems.isEmpty() || !st.unknownMigrations.isEmpty())
            ctx.err() << "\nwarning: migrations unknown to this catalog: "
                      << (st.unknownSubsystems + st.unknownMigrations).join(QStringLiteral(", ")) << "\n";
        if (!pending.isEmpty() && !fresh.isEmpty())
            ctx.err() << "\nDatabase has pending migrations from a previous upgrade, and new migrations from this upgrade (version "
                      << st.target.toString() << ")\n";
        if (!pending.isEmpty())
            ctx.out() << "\nRun 'kong migrations finish' when ready\n";
        else if (!fresh.isEmpty())
            ctx.out() << "\nRun 'kong migrations up' to proceed\n";
    }
    if (!pending.isEmpty())
        return ListPending;
    if (!fresh.isEmpty())
        return ListNew;
    return ListUpToDate;
}

} // namespace

int runMigrationsCommand(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("kong-upgrade migrations bootstrap|up|finish|list|reset — Kong's migrations, run natively.\n"
        "Each migration commits together with its schema_meta record; destructive steps ask first.\n"
        "list exits 0 up to date, 1 error, 3 needs bootstrap, 4 pending (run finish), 5 new (run up)."));
    parser.addHelpOption();
    ctx.addCommonOptions(parser);
    parser.addPositionalArgument(QStringLiteral("command"), Text::tr("bootstrap, up, finish, list or reset"));
    parser.addOption({{QStringLiteral("y"), QStringLiteral("yes")}, Text::tr("Assume yes to confirmations.")});
    parser.addOption({{QStringLiteral("q"), QStringLiteral("quiet")}, Text::tr("Suppress progress output.")});
    parser.addOption({{QStringLiteral("f"), QStringLiteral("force")}, Text::tr("bootstrap: reset first (destroys data).")});
    parser.addOption({QStringLiteral("lock-timeout"), Text::tr("Seconds: TTL of the migration lock and how long 'up' waits for it (default 60)."), QStringLiteral("seconds"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("dry-run"), Text::tr("Print the plan and change nothing.")});
    parser.addOption({QStringLiteral("json"), Text::tr("Machine-readable output.")});
    parser.addOption({QStringLiteral("target"), Text::tr("Stop at this Kong version (e.g. 2.1.4; default: newest known)."), QStringLiteral("version")});
    if (int rc = ExitOk; !ctx.parseArguments(parser, args, &rc))
        return rc;
    const QString sub = parser.positionalArguments().value(0);
    const bool json = parser.isSet(QStringLiteral("json"));
    const bool yes = parser.isSet(QStringLiteral("yes"));
    const bool quiet = parser.isSet(QStringLiteral("quiet")) || json;

    auto catalog = core::Catalog::loadEmbedded();
    if (!catalog)
        return ctx.fail(catalog.error());
    auto config = ctx.loadConfig();
    if (!config)
        return ctx.fail(config.error());
    auto settings = core::ConnectionSettings::fromConfig(*config);
    if (!settings)
        return ctx.fail(settings.error());

    core::Engine::Options opts;
    opts.plugins = config->list(QStringLiteral("plugins"));
    opts.force = parser.isSet(QStringLiteral("force"));
    opts.dryRun = parser.isSet(QStringLiteral("dry-run"));
    opts.lockTtlSeconds = opts.lockWaitSeconds = qMax(1, parser.value(QStringLiteral("lock-timeout")).toInt());
    opts.statementTimeoutMs = (ctx.dbTimeoutSeconds() > 0 ? ctx.dbTimeoutSeconds() : 60) * 1000;
    if (parser.isSet(QStringLiteral("target"))) {
        auto v = catalog->resolve(parser.value(QStringLiteral("target")));
        if (!v)
            return ctx.fail(core::Error::make(core::ErrorKind::Config,
                                              Text::tr("--target %1: not a Kong release this catalog knows").arg(parser.value(QStringLiteral("target"))),
                                              Text::tr("Known: %1 … %2").arg(catalog->versions().first().toString(), catalog->newest().toString())));
        opts.target = *v;
    }
    core::Engine engine(*catalog, *settings, opts);
    PrintingObserver observer(ctx, quiet);

    if (sub == QLatin1String("list")) {
        auto conn = core::PgConnection::open(*settings);
        if (!conn)
            return ctx.fail(conn.error());
        auto st = engine.inspect(**conn);
        if (!st)
            return ctx.fail(st.error());
        return runList(ctx, *st, json);
    }
    if (sub == QLatin1String("reset")) {
        int rc = ExitOk;
        if (!confirm(ctx, Text::tr("Are you sure? This operation is irreversible."), QStringLiteral("reset"), yes, &rc))
            return rc;
        const core::Status s = engine.reset(&observer);
        return s ? ExitOk : ctx.fail(s.error());
    }
    core::MigrationCommand command;
    if (sub == QLatin1String("bootstrap"))
        command = core::MigrationCommand::Bootstrap;
    else if (sub == QLatin1String("up"))
        command = core::MigrationCommand::Up;
    else if (sub == QLatin1String("finish"))
        command = core::MigrationCommand::Finish;
    else {
        ctx.err() << Text::tr("Error: unknown migrations command '%1' (bootstrap, up, finish, list, reset)\n").arg(sub);
        return ExitUsage;
    }

    // Plan first: the dry run, the confirmation and the run all show the same plan.
    auto conn = core::PgConnection::open(*settings);
    if (!conn)
        return ctx.fail(conn.error());
    if (command == core::MigrationCommand::Bootstrap && opts.force && !opts.dryRun) {
        int rc = ExitOk;
        if (!confirm(ctx, Text::tr("bootstrap --force drops every table of the Kong schema first. Are you sure?"),
                     Text::tr("bootstrap --force"), yes, &rc))
            return rc;
        const core::Status s = engine.reset(&observer);
        if (!s && !s.error().message.contains(QLatin1String("nothing to reset")))
            return ctx.fail(s.error());
    }
    auto plan = engine.plan(**conn, command);
    if (!plan) {
        const QString m = plan.error().message;
        if (m == QLatin1String("Database already bootstrapped")) {
            ctx.out() << m << "\n";
            return ExitOk;
        }
        return ctx.fail(plan.error());
    }
    if (opts.dryRun) {
        ctx.out() << (json ? QString::fromUtf8(QJsonDocument(plan->toJson()).toJson(QJsonDocument::Indented)) : plan->toText(ctx.verbosity() > 0));
        return ExitOk;
    }
    if (plan->steps.isEmpty()) {
        if (command == core::MigrationCommand::Up)
            ctx.out() << "Database is already up-to-date\n";
        else if (command == core::MigrationCommand::Finish)
            ctx.out() << (plan->notes.isEmpty() ? QStringLiteral("No pending migrations to finish") : plan->notes.first()) << "\n";
        if (command != core::MigrationCommand::Bootstrap)
            return ExitOk;
    }
    if (command == core::MigrationCommand::Finish) {
        if (!quiet)
            ctx.out() << plan->toText();
        int rc = ExitOk;
        if (!confirm(ctx, Text::tr("finish runs destructive teardowns; the previous Kong version can no longer use this datastore afterwards. Continue?"),
                     QStringLiteral("finish"), yes, &rc))
            return rc;
    }
    conn->reset();
    if (command == core::MigrationCommand::Bootstrap && !quiet)
        ctx.out() << "Bootstrapping database...\n";
    const core::RunReport report = engine.run(command, &observer);
    if (json)
        ctx.out() << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    if (report.error)
        return ctx.fail(*report.error);
    if (!quiet) {
        int executed = 0, pending = 0;
        for (int i = 0; i < report.steps.size(); ++i) {
            const core::PlanStep &s = engine.lastPlan().steps.at(i);
            if (s.phase == core::Phase::Up && s.recordsPending && command == core::MigrationCommand::Up)
                ++pending;
            else if (s.phase == core::Phase::Teardown || !s.recordsPending)
                ++executed;
        }
        const int processed = executed + pending;
        ctx.out() << processed << (processed > 1 ? " migrations processed\n" : " migration processed\n");
        if (executed)
            ctx.out() << executed << " executed\n";
        if (pending)
            ctx.out() << pending << " pending\n";
        if (command == core::MigrationCommand::Bootstrap)
            ctx.out() << "Database is up-to-date\n";
        else if (pending)
            ctx.out() << "\nDatabase has pending migrations; run 'kong migrations finish' when ready\n";
        else if (command == core::MigrationCommand::Finish)
            ctx.out() << "No pending migrations to finish\n";
    }
    return ExitOk;
}

} // namespace kuw::cli
