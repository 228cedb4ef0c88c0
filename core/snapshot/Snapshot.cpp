// SPDX-License-Identifier: GPL-3.0-or-later
#include "Snapshot.h"

#include "db/PgCancelToken.h"
#include "db/PgConnection.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Snapshot)
};
} // namespace
namespace {

constexpr auto OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

void say(const SnapshotLog &log, const QString &line)
{
    if (log)
        log(line);
    qCInfo(lcSnapshot).noquote() << line;
}

/// A pg_dump/pg_restore pattern matching exactly `name` (double quotes make it literal).
QString literalPattern(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

Result<SnapshotInfo> parseToc(const QString &path, const QString &list)
{
    static const QRegularExpression meta(QStringLiteral(R"(^\d+;\s+\d+\s+\d+\s+TABLE\s+(\S+)\s+schema_meta\s)"));
    SnapshotInfo info;
    info.path = path;
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1Char(';'))) { // header: ";     Dumped from database version: 15.18 …"
            const QString h = line.mid(1).trimmed(), value = h.section(QLatin1Char(':'), 1).trimmed();
            if (h.startsWith(QLatin1String("Dumped from database version:")))
                info.serverVersion = value;
            else if (h.startsWith(QLatin1String("Dumped by pg_dump version:")))
                info.clientVersion = value;
            else if (h.startsWith(QLatin1String("dbname:")))
                info.database = value;
        } else if (!line.trimmed().isEmpty()) {
            ++info.tocEntries;
            if (const auto m = meta.match(line); m.hasMatch())
                info.schema = m.captured(1);
        }
    }
    if (info.tocEntries == 0 || info.schema.isEmpty())
        return Error::make(ErrorKind::Sql,
                           Text::tr("The snapshot %1 has no schema_meta table (%2 entries): it is not a Kong datastore backup.")
                               .arg(path).arg(info.tocEntries),
                           Text::tr("Take a new snapshot of the Kong database (check pg_schema)."));
    info.sizeBytes = QFileInfo(path).size();
    info.created = QFileInfo(path).lastModified().toUTC();
    return info;
}

Status ensureDirectory(const QString &dir)
{
    if (QDir(dir).exists())
        return {};
    if (!QDir().mkpath(dir))
        return Error::make(ErrorKind::Environment, Text::tr("Cannot create the snapshot directory %1.").arg(dir),
                           Text::tr("Choose a writable directory."));
    QFile::setPermissions(dir, OwnerOnly | QFileDevice::ExeOwner);
    return {};
}

QString quoted(PgConnection &conn, const QString &name) { return conn.quoteIdentifier(name); }

} // namespace

QJsonObject SnapshotInfo::toJson() const
{
    return QJsonObject{{QStringLiteral("path"), path},
                       {QStringLiteral("size_bytes"), sizeBytes},
                       {QStringLiteral("duration_ms"), durationMs},
                       {QStringLiteral("toc_entries"), tocEntries},
                       {QStringLiteral("schema"), schema},
                       {QStringLiteral("database"), database},
                       {QStringLiteral("server_version"), serverVersion},
                       {QStringLiteral("client_version"), clientVersion},
                       {QStringLiteral("created"), created.toString(Qt::ISODate)}};
}

QString defaultSnapshotDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/snapshots");
}

ToolCommand dumpCommand(const PgClientTools &tools, const QString &schema, const QString &file,
                        const QProcessEnvironment &env)
{
    return ToolCommand{tools.pgDump,
                       {QStringLiteral("-Fc"), QStringLiteral("--schema=") + literalPattern(schema),
                        QStringLiteral("--no-password"), QStringLiteral("--lock-wait-timeout=60000"),
                        QStringLiteral("-f"), file},
                       env};
}

Result<SnapshotInfo> verifySnapshot(const QString &path, const QString &bindir, std::shared_ptr<PgCancelToken> cancel)
{
    if (!QFileInfo(path).isFile())
        return Error::make(ErrorKind::Config, Text::tr("The snapshot file %1 does not exist.").arg(path),
                           Text::tr("Choose an existing snapshot file."));
    auto tools = PgClientTools::find(bindir);
    if (!tools)
        return tools.error();
    ToolCommand list{tools->pgRestore, {QStringLiteral("--list"), path}, QProcessEnvironment::systemEnvironment()};
    auto out = runTool(list, QStringLiteral("pg_restore --list"), cancel);
    if (!out) {
        Error e = out.error();
        if (e.kind != ErrorKind::Cancelled && e.remedy.isEmpty())
            e.remedy = Text::tr("The file is damaged or from a newer pg_dump: take a new snapshot, or install a newer postgresql-client.");
        return e;
    }
    return parseToc(path, QString::fromUtf8(*out));
}

Result<SnapshotInfo> createSnapshot(const ConnectionSettings &settings, const SnapshotOptions &options,
                                    std::shared_ptr<PgCancelToken> cancel, const SnapshotLog &log)
{
    if (!cancel)
        cancel = std::make_shared<PgCancelToken>();
    QElapsedTimer timer;
    timer.start();
    auto tools = PgClientTools::find(options.bindir);
    if (!tools)
        return tools.error();
    auto conn = PgConnection::open(settings, cancel);
    if (!conn)
        return conn.error();
    const int serverNum = (*conn)->serverVersionNum();
    if (Status s = tools->checkServer(serverNum); !s)
        return s.error();
    const QString schema = (*conn)->schema();
    auto hasMeta = (*conn)->exec(QStringLiteral("SELECT to_regclass(quote_ident($1) || '.schema_meta') IS NOT NULL"), {schema});
    if (!hasMeta)
        return hasMeta.error();
    if (hasMeta->value(0, 0) != QLatin1String("t"))
        return Error::make(ErrorKind::Sql, Text::tr("Schema \"%1\" of %2 holds no Kong datastore (no schema_meta table).")
                                               .arg(schema, settings.database),
                           Text::tr("Check pg_database and pg_schema; bootstrap first if this is a new install."));
    conn->reset(); // pg_dump opens its own session

    const QString dir = options.directory.isEmpty() ? defaultSnapshotDirectory() : options.directory;
    if (Status s = ensureDirectory(dir); !s)
        return s.error();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
    const QString file = QDir(dir).filePath(QStringLiteral("kong-%1-%2Z.dump").arg(settings.database, stamp)
                                                .replace(QLatin1Char('/'), QLatin1Char('_')));
    const QString partial = file + QStringLiteral(".partial");
    {
        QFile f(partial); // created 0600 before pg_dump writes a byte into it
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !f.setPermissions(OwnerOnly))
            return Error::make(ErrorKind::Environment, Text::tr("Cannot create %1: %2").arg(partial, f.errorString()),
                               Text::tr("Choose a writable snapshot directory."));
    }
    std::unique_ptr<QTemporaryFile> ca;
    auto env = pgEnvironment(settings, ca);
    if (!env) {
        QFile::remove(partial);
        return env.error();
    }
    const ToolCommand cmd = dumpCommand(*tools, schema, partial, *env);
    say(log, QStringLiteral("Dumping schema \"%1\" of %2 with pg_dump %3: %4")
                 .arg(schema, settings.toString(), tools->versionText, cmd.display()));
    if (auto out = runTool(cmd, QStringLiteral("pg_dump"), cancel, options.timeoutMs); !out) {
        QFile::remove(partial);
        return out.error();
    }
    say(log, QStringLiteral("Verifying the snapshot with pg_restore --list"));
    auto info = verifySnapshot(partial, tools->bindir, cancel);
    if (!info) {
        QFile::remove(partial);
        return info.error();
    }
    QFile::remove(file);
    if (!QFile::rename(partial, file)) {
        QFile::remove(partial);
        return Error::make(ErrorKind::Environment, Text::tr("Cannot rename %1 to %2.").arg(partial, file));
    }
    info->path = file;
    info->serverVersionNum = serverNum;
    info->database = settings.database;
    info->clientVersion = tools->versionText;
    info->durationMs = timer.elapsed();
    say(log, QStringLiteral("Snapshot %1: %2 bytes, %3 entries, %4 ms").arg(file).arg(info->sizeBytes)
                 .arg(info->tocEntries).arg(info->durationMs));
    return info;
}

RestoreOutcome restoreSnapshot(const ConnectionSettings &settings, const QString &path, const RestoreOptions &options,
                               std::shared_ptr<PgCancelToken> cancel, const SnapshotLog &log)
{
    if (!cancel)
        cancel = std::make_shared<PgCancelToken>();
    QElapsedTimer timer;
    timer.start();
    RestoreOutcome out;
    out.intoNewDatabase = !options.newDatabase.isEmpty();
    out.database = out.intoNewDatabase ? options.newDatabase : settings.database;
    auto fail = [&](Error e, RestoreOutcome::Stage stage) {
        out.stage = stage;
        out.durationMs = timer.elapsed();
        if (e.kind == ErrorKind::Cancelled)
            e.message = Text::tr("Restore cancelled.");
        if (out.targetModified)
            e.remedy = Text::tr("The Kong schema of database %1 is now empty: keep Kong stopped, fix the cause and "
                                      "restore again from %2 (the file is unchanged), or restore into a new database.")
                           .arg(out.database, path);
        else if (e.remedy.isEmpty())
            e.remedy = Text::tr("Nothing was changed: fix the cause and try again.");
        say(log, QStringLiteral("Restore failed: %1").arg(e.message));
        out.error = e;
        return out;
    };
    if (!out.intoNewDatabase && !options.confirmed)
        return fail(Error::make(ErrorKind::Config, Text::tr("Restoring in place replaces the Kong schema of %1.").arg(out.database),
                                Text::tr("Confirm the restore first, or restore into a new database.")),
                    RestoreOutcome::Stage::Prepare);
    if (out.intoNewDatabase && (options.newDatabase.contains(QLatin1Char('=')) || options.newDatabase.toUtf8().size() > 63))
        return fail(Error::make(ErrorKind::Config, Text::tr("Invalid database name: %1").arg(options.newDatabase),
                                Text::tr("Use at most 63 bytes and no '='.")),
                    RestoreOutcome::Stage::Prepare);
    auto info = verifySnapshot(path, options.bindir, cancel);
    if (!info)
        return fail(info.error(), RestoreOutcome::Stage::Prepare);
    auto tools = PgClientTools::find(options.bindir);
    if (!tools)
        return fail(tools.error(), RestoreOutcome::Stage::Prepare);
    auto conn = PgConnection::open(settings, cancel);
    if (!conn)
        return fail(conn.error(), RestoreOutcome::Stage::Prepare);
    PgConnection &c = **conn;
    if (!out.intoNewDatabase && c.schema() != info->schema)
        return fail(Error::make(ErrorKind::Config,
                                Text::tr("The snapshot holds schema \"%1\" but the connection uses schema \"%2\".")
                                    .arg(info->schema, c.schema()),
                                Text::tr("Set pg_schema to the snapshot's schema, or restore into a new database.")),
                    RestoreOutcome::Stage::Prepare);

    ConnectionSettings target = settings;
    target.database = out.database;
    std::unique_ptr<QTemporaryFile> ca;
    auto env = pgEnvironment(target, ca);
    if (!env)
        return fail(env.error(), RestoreOutcome::Stage::Prepare);

    auto dropNewDatabase = [&] {
        const QString force = c.serverVersionNum() >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString();
        if (Status s = c.execScript(QStringLiteral("DROP DATABASE IF EXISTS %1%2").arg(quoted(c, out.database), force)); !s)
            say(log, QStringLiteral("warning: could not drop %1 again: %2").arg(out.database, s.error().message));
    };
    if (out.intoNewDatabase) {
        say(log, QStringLiteral("Creating database %1").arg(out.database));
        if (Status s = c.execScript(QStringLiteral("CREATE DATABASE %1").arg(quoted(c, out.database))); !s) {
            Error e = s.error();
            if (e.sqlState == "42P04")
                e.remedy = Text::tr("Choose a database name that does not exist yet.");
            return fail(e, RestoreOutcome::Stage::CreateDatabase);
        }
    } else {
        say(log, QStringLiteral("Dropping schema \"%1\" of %2").arg(info->schema, out.database));
        if (Status s = c.execScript(QStringLiteral("BEGIN; DROP SCHEMA IF EXISTS %1 CASCADE; CREATE SCHEMA %1; COMMIT;")
                                        .arg(quoted(c, info->schema)));
            !s) {
            c.execScript(QStringLiteral("ROLLBACK"));
            return fail(s.error(), RestoreOutcome::Stage::DropSchema);
        }
        out.targetModified = true;
    }
    ToolCommand cmd{tools->pgRestore,
                    {QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--no-owner"),
                     QStringLiteral("--exit-on-error"), QStringLiteral("--single-transaction"),
                     QStringLiteral("--no-password"), QStringLiteral("-d"), out.database, path},
                    *env};
    if (out.intoNewDatabase)
        cmd.args.insert(0, QStringLiteral("--no-acl")); // roles may not exist where it lands
    say(log, QStringLiteral("Restoring: %1").arg(cmd.display()));
    if (auto r = runTool(cmd, QStringLiteral("pg_restore"), cancel, options.timeoutMs); !r) {
        if (out.intoNewDatabase)
            dropNewDatabase();
        return fail(r.error(), RestoreOutcome::Stage::Restore);
    }
    out.stage = RestoreOutcome::Stage::Done;
    out.durationMs = timer.elapsed();
    say(log, QStringLiteral("Restored %1 into %2 in %3 ms").arg(path, out.database).arg(out.durationMs));
    return out;
}

} // namespace kuw::core
