// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "EntitySchema.h"
#include "YamlScalars.h"
#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <yaml-cpp/yaml.h>

#include <fstream>

namespace kuw::core::declarative {
namespace {

/// The SQL expression giving a field's value the way Kong's DAO reads it.
QString selectExpr(PgConnection &conn, const FieldDef &fd)
{
    const QString col = conn.quoteIdentifier(fd.column());
    switch (fd.type) {
    case FieldType::TimestampS:
        return QStringLiteral("floor(extract(epoch from %1))::bigint").arg(col);
    case FieldType::TimestampMs:
        return QStringLiteral("round(extract(epoch from %1)::numeric, 3)").arg(col);
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

void emitValue(YAML::Emitter &out, const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out << YAML::Null;
        break;
    case QJsonValue::Bool:
        out << v.toBool();
        break;
    case QJsonValue::Double:
        out << formatNumber(v.toDouble()).toStdString();
        break;
    case QJsonValue::String:
        emitString(out, v.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray a = v.toArray();
        out << YAML::BeginSeq;
        for (const QJsonValue &item : a)
            emitValue(out, item);
        out << YAML::EndSeq;
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject o = v.toObject();
        out << YAML::BeginMap;
        for (auto it = o.begin(); it != o.end(); ++it) {
            out << YAML::Key;
            emitString(out, it.key());
            out << YAML::Value;
            emitValue(out, it.value());
        }
        out << YAML::EndMap;
        break;
    }
    }
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

    YAML::Emitter out(stream);
    configureEmitter(out);
    out << YAML::BeginMap;
    out << YAML::Key << "_format_version" << YAML::Value << YAML::DoubleQuoted << "2.1";
    out << YAML::Key << "_transform" << YAML::Value << false;

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
            for (int i = 0; i < batch->rows(); ++i) {
                if (rows++ == 0)
                    out << YAML::Key << e.name.toStdString() << YAML::Value << YAML::BeginSeq;
                emitValue(out, QJsonDocument::fromJson(batch->raw(i, 0)).object());
            }
            if (!stream)
                return writeError(QStringLiteral("output stream failed"));
            if (m_progress && batch->rows() > 0)
                m_progress(e.name, rows);
            if (batch->rows() < m_batchSize)
                break;
        }
        if (rows > 0)
            out << YAML::EndSeq;
        if (auto r = m_conn.exec(QStringLiteral("CLOSE kuw_export")); !r)
            return r.error();
        summary.counts << qMakePair(e.name, rows);
    }
    out << YAML::EndMap;
    stream << "\n";
    stream.flush();
    if (!out.good())
        return Error::make(ErrorKind::Internal, QString::fromStdString(out.GetLastError()));
    if (!stream)
        return writeError(QStringLiteral("output stream failed"));
    tx->rollback(); // read-only: nothing to commit
    return summary;
}

} // namespace kuw::core::declarative
