// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "EntitySchema.h"
#include "JsonToYaml.h"
#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <fstream>

namespace kuw::core::declarative {
namespace {

/// The SQL expression giving a field's value the way Kong's DAO reads it.
QString selectExpr(PgConnection &conn, const FieldDef &fd)
{
    const QString col = conn.quoteIdentifier(fd.column());
    if (fd.required && !fd.defaultJson.isEmpty()) {
        // Kong's DAO reads a NULL required field as its default (process_auto_fields "select").
        QString def = fd.defaultJson;
        if (fd.type == FieldType::String)
            def = conn.quoteLiteral(QJsonDocument::fromJson("[" + def.toUtf8() + "]").array().at(0).toString());
        else if (fd.type == FieldType::StringArray)
            def = QStringLiteral("ARRAY(SELECT jsonb_array_elements_text(%1::jsonb))").arg(conn.quoteLiteral(def));
        else if (fd.type == FieldType::Json)
            def = conn.quoteLiteral(def) + QStringLiteral("::jsonb");
        return QStringLiteral("coalesce(%1, %2)").arg(col, def);
    }
    switch (fd.type) {
    case FieldType::TimestampS:
        return QStringLiteral("floor(extract(epoch from %1))::bigint").arg(col);
    case FieldType::TimestampMs:
        // float8 text drops trailing zeros, as Lua prints Kong's millisecond timestamps.
        return QStringLiteral("round(extract(epoch from %1)::numeric, 3)::float8").arg(col);
    default:
        return col;
    }
}

/// One row as a JSON object text, so the emitter sees typed values (keys sorted by Qt).
QString rowQuery(PgConnection &conn, const EntityDef &e)
{
    QStringList args;
    for (const FieldDef &fd : e.fields)
        args << conn.quoteLiteral(fd.name) << selectExpr(conn, fd);
    return QStringLiteral("SELECT json_build_object(%1)::text FROM %2 ORDER BY %3")
        .arg(args.join(QLatin1Char(',')), conn.quoteIdentifier(e.name), conn.quoteIdentifier(e.primaryKey));
}

Error writeError(const QString &what)
{
    return Error::make(ErrorKind::Environment, QStringLiteral("Cannot write the export: %1").arg(what),
                       QStringLiteral("Check free disk space and permissions of the output file."));
}

} // namespace

qint64 ExportSummary::total() const
{
    qint64 n = 0;
    for (const auto &c : counts)
        n += c.second;
    return n;
}

Result<ExportSummary> Exporter::exportToFile(const QString &path)
{
    if (QFile::exists(path))
        return Error::make(ErrorKind::Config, QStringLiteral("%1 already exists. Will not overwrite it.").arg(path),
                           QStringLiteral("Remove the file or name another one."));
    std::ofstream file(QFile::encodeName(path).toStdString(), std::ios::out | std::ios::trunc);
    if (!file)
        return writeError(path);
    auto result = exportToStream(file);
    file.close();
    if (!result.ok() || file.fail()) {
        QFile::remove(path); // no half-written export left behind
        return result.ok() ? Result<ExportSummary>(writeError(path)) : result;
    }
    return result;
}

Result<ExportSummary> Exporter::exportToStream(std::ostream &stream)
{
    auto tx = PgTransaction::begin(m_conn);
    if (!tx)
        return tx.error();
    // One snapshot for every table, so the file is consistent without locking anybody out.
    if (auto r = m_conn.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !r)
        return r.error();

    stream << "_format_version: \"2.1\"\n_transform: false\n";
    QByteArray out; // one batch of YAML, written before the next is fetched

    ExportSummary summary;
    for (const EntityDef &e : exportedEntities()) {
        if (auto r = m_conn.exec(QStringLiteral("DECLARE kuw_export NO SCROLL CURSOR FOR ") + rowQuery(m_conn, e)); !r)
            return r.error();
        const QString fetch = QStringLiteral("FETCH FORWARD %1 FROM kuw_export").arg(m_batchSize);
        qint64 rows = 0;
        for (;;) {
            auto batch = m_conn.exec(fetch);
            if (!batch)
                return batch.error();
            out.clear();
            for (int i = 0; i < batch->rows(); ++i) {
                if (rows++ == 0)
                    out += e.name.toLatin1() + ":\n";
                if (!appendJsonAsYamlItem(out, batch->raw(i, 0)))
                    return Error::make(ErrorKind::Internal, QStringLiteral("Unreadable row of %1 from the server.").arg(e.name));
            }
            stream.write(out.constData(), out.size());
            if (!stream)
                return writeError(QStringLiteral("output stream failed"));
            if (m_progress && batch->rows() > 0)
                m_progress(e.name, rows);
            if (batch->rows() < m_batchSize)
                break;
        }
        if (auto r = m_conn.exec(QStringLiteral("CLOSE kuw_export")); !r)
            return r.error();
        summary.counts << qMakePair(e.name, rows);
    }
    stream.flush();
    if (!stream)
        return writeError(QStringLiteral("output stream failed"));
    tx->rollback(); // read-only: nothing to commit
    return summary;
}

} // namespace kuw::core::declarative
