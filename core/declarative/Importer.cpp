// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "EntityLoader.h"
#include "YamlScalars.h"
#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <fstream>

#include <QCoreApplication>

namespace kuw::core::declarative {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Declarative)
};

const QStringList kFormatVersions{QStringLiteral("1.1"), QStringLiteral("2.1")};

/// The target's default workspace; refuses a datastore that already holds entities.
Result<QString> inspectTarget(PgConnection &conn)
{
    auto ws = conn.exec(QStringLiteral("SELECT id FROM workspaces WHERE name = 'default'"));
    if (!ws || ws->rows() != 1)
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("The target is not a bootstrapped Kong 2.x datastore (no default workspace)."),
                           Text::tr("Bootstrap it first: kong-upgrade migrations bootstrap"),
                           ws ? QString() : ws.error().message);
    QStringList probes;
    for (const EntityDef &e : exportedEntities())
        if (e.name != QLatin1String("parameters"))
            probes << QStringLiteral("SELECT %1 WHERE EXISTS (SELECT 1 FROM %2)")
                          .arg(conn.quoteLiteral(e.name), conn.quoteIdentifier(e.name));
    auto used = conn.exec(probes.join(QStringLiteral(" UNION ALL ")));
    if (!used)
        return used.error();
    if (used->rows() > 0) {
        QStringList names;
        for (int i = 0; i < used->rows(); ++i)
            names << used->value(i, 0);
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("The target datastore already holds entities (%1).").arg(names.join(QStringLiteral(", "))),
                           Text::tr("Import into a freshly bootstrapped datastore (a new database or schema)."));
    }
    return ws->value(0, 0);
}

} // namespace

QString ImportIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1:%2").arg(line).arg(column);
    QString what = entity;
    if (!field.isEmpty())
        what += QLatin1Char('.') + field;
    return what.isEmpty() ? QStringLiteral("%1: %2").arg(where, message)
                          : QStringLiteral("%1: %2: %3").arg(where, what, message);
}

qint64 ImportSummary::total() const
{
    qint64 n = 0;
    for (const auto &c : counts)
        n += c.second;
    return n;
}

Result<ImportSummary> Importer::validateFile(const QString &path)
{
    return run(path, false);
}

Result<ImportSummary> Importer::importFile(const QString &path)
{
    return run(path, true);
}

Result<ImportSummary> Importer::run(const QString &path, bool write)
{
    m_issues.clear();
    std::ifstream in(QFile::encodeName(path).toStdString());
    if (!in)
        return Error::make(ErrorKind::Config, Text::tr("Cannot read %1.").arg(path),
                           Text::tr("Check the path and the file permissions."));
    QString wsId = QStringLiteral("00000000-0000-0000-0000-000000000000");
    if (write) {
        if (!m_conn)
            return Error::make(ErrorKind::Internal, Text::tr("Importer without a connection"));
        auto target = inspectTarget(*m_conn);
        if (!target)
            return target.error();
        wsId = *target;
    }
    QTemporaryDir spool;
    if (!spool.isValid())
        return Error::make(ErrorKind::Environment, Text::tr("Cannot create a temporary directory for the import."));

    EntityLoader loader(path, spool.path(), wsId, m_issues, m_maxIssues);
    ImportSummary summary;
    QSet<QString> reported;
    auto reportOnce = [&](const YNode &key, const QString &message) {
        if (!reported.contains(key.text))
            loader.issue(key.line, key.column, key.text, {}, message);
        reported.insert(key.text);
    };
    auto checkEntityKey = [&](const YNode &key) -> const EntityDef * {
        if (const EntityDef *e = findEntity(key.text))
            return e;
        if (skippedEntityNames().contains(key.text))
            reportOnce(key, Text::tr("Kong does not import %1 (db_export leaves it out)").arg(key.text));
        else if (key.text.startsWith(QLatin1Char('_')))
            reportOnce(key, Text::tr("unknown top-level key '%1'").arg(key.text));
        else
            reportOnce(key, Text::tr("unknown entity type '%1' (not a Kong 2.5 entity or bundled plugin entity)").arg(key.text));
        return nullptr;
    };
    qint64 seen = 0;
    YamlStreamCallbacks cb;
    cb.onValue = [&](const YNode &key, YNode &&v) {
        if (key.text == QLatin1String("_format_version")) {
            summary.formatVersion = v.text;
            if (v.kind != YNode::Scalar || !kFormatVersions.contains(v.text))
                loader.issue(v.line, v.column, {}, key.text,
                             Text::tr("_format_version '%1' is not one Kong 2.5 reads (\"1.1\" or \"2.1\"); the file "
                                            "comes from a different Kong version or tool. Export it with Kong 2.x "
                                            "(kong config db_export) or convert it (deck convert).")
                                 .arg(v.text));
        } else if (key.text == QLatin1String("_transform")) {
            const auto b = v.kind == YNode::Scalar && v.plain ? boolScalar(v.text) : std::nullopt;
            if (!b)
                loader.issue(v.line, v.column, {}, key.text, Text::tr("expected a boolean"));
            loader.setTransform(b.value_or(true));
        } else if (key.text == QLatin1String("_comment")) {
            // free text, ignored as Kong does
        } else if (checkEntityKey(key) && v.kind != YNode::Seq && v.kind != YNode::Null) {
            loader.issue(v.line, v.column, key.text, {}, Text::tr("expected a list of entities"));
        }
    };
    cb.onItem = [&](const YNode &key, YNode &&item) {
        if (const EntityDef *e = checkEntityKey(key))
            loader.load(*e, item);
        if (m_progress && (++seen % 10000) == 0)
            m_progress(QStringLiteral("validate"), seen);
    };
    cb.onError = [&](int line, int column, const QString &message) {
        loader.issue(line, column, {}, {}, Text::tr("YAML syntax error: %1").arg(message));
    };
    readYamlStream(in, cb);
    if (summary.formatVersion.isEmpty() && m_issues.isEmpty())
        loader.issue(0, 0, {}, QStringLiteral("_format_version"),
                     Text::tr("missing _format_version (Kong's exports start with _format_version: \"2.1\")"));
    loader.finish();

    if (!m_issues.isEmpty()) {
        QStringList lines;
        for (const ImportIssue &i : std::as_const(m_issues))
            lines << i.toString();
        return Error::make(ErrorKind::Config,
                           Text::tr("%1 is not a valid declarative configuration: %2")
                               .arg(path, m_issues.first().toString()),
                           Text::tr("Fix the file at the positions listed (a file cut short by a failed copy must "
                                          "be exported again). Nothing was written."),
                           lines.join(QLatin1Char('\n')));
    }
    for (const EntityDef &e : exportedEntities())
        if (loader.rows(e.name) > 0)
            summary.counts << qMakePair(e.name, loader.rows(e.name));
    if (!write)
        return summary;

    const auto cancelled = [this] {
        return m_cancelled && m_cancelled()
                   ? std::optional<Error>(Error::make(ErrorKind::Cancelled, Text::tr("Import cancelled. Nothing was written.")))
                   : std::nullopt;
    };
    if (auto c = cancelled())
        return *c;
    auto tx = PgTransaction::begin(*m_conn);
    if (!tx)
        return tx.error();
    qint64 written = 0;
    for (const auto &[name, rows] : std::as_const(summary.counts)) {
        if (auto c = cancelled())
            return *c; // the transaction's destructor rolls back what was copied
        const EntityDef &e = *findEntity(name);
        QFile file(loader.spoolPath(name));
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::Environment, Text::tr("Cannot read the spool file %1.").arg(file.fileName()));
        const QStringList cols = EntityLoader::columns(e);
        QStringList quoted;
        for (const QString &c : cols)
            quoted << m_conn->quoteIdentifier(c);
        // parameters exist after bootstrap (cluster_id): Kong's import upserts them.
        const bool upsert = e.name == QLatin1String("parameters");
        const QString table = upsert ? QStringLiteral("kuw_import_parameters") : m_conn->quoteIdentifier(e.name);
        if (upsert) {
            if (auto r = m_conn->exec(QStringLiteral("CREATE TEMP TABLE kuw_import_parameters (LIKE parameters) ON COMMIT DROP")); !r)
                return r.error();
        }
        auto copied = m_conn->copyIn(QStringLiteral("COPY %1 (%2) FROM STDIN").arg(table, quoted.join(QLatin1Char(','))), file);
        if (!copied)
            return copied.error();
        if (upsert) {
            auto r = m_conn->exec(QStringLiteral("INSERT INTO parameters (%1) SELECT %1 FROM kuw_import_parameters "
                                                "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, "
                                                "created_at = EXCLUDED.created_at")
                                     .arg(quoted.join(QLatin1Char(','))));
            if (!r)
                return r.error();
        }
        written += rows;
        if (m_progress)
            m_progress(name, written);
    }
    if (auto c = cancelled())
        return *c;
    if (Status s = tx->commit(); !s)
        return s.error();
    return summary;
}

} // namespace kuw::core::declarative
