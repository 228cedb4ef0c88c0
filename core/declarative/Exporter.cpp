// SPDX-License-Identifier: GPL-3.0-or-later
#include "Exporter.h"

#include "EntitySchema.h"
#include "JsonToYaml.h"
#include "db/PgConnection.h"
#include "db/PgTransaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>
#include <optional>
#include <vector>

#include <fstream>

namespace kuw::core::declarative {

QString exportedValueSql(PgConnection &conn, const FieldDef &fd)
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
        // date_part (float8) is cheaper than extract (numeric); floor() gives the same second.
        return QStringLiteral("floor(date_part('epoch', %1))::bigint").arg(col);
    case FieldType::TimestampMs:
        // float8 text drops trailing zeros, as Lua prints Kong's millisecond timestamps.
        return QStringLiteral("round(extract(epoch from %1)::numeric, 3)::float8").arg(col);
    default:
        return col;
    }
}

namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Declarative)
};

Error cancelledExport()
{
    return Error::make(ErrorKind::Cancelled, Text::tr("Export cancelled."));
}

/// How the exporter reads a field's COPY text back (see RowValue).
RowValue::Kind valueKind(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
    case FieldType::Boolean:
    case FieldType::TimestampS:
    case FieldType::TimestampMs: return RowValue::Literal;
    case FieldType::StringArray:
    case FieldType::UuidArray: return RowValue::TextArray;
    case FieldType::Json:
    case FieldType::JsonArray: return RowValue::Json;
    default: return RowValue::Text;
    }
}

/// COPY of one column per field, in primary-key order. Values the server prints as text are
/// cheap to produce; only jsonb[] goes through array_to_json (building one JSON object per
/// row on the server cost 3x a plain COPY of the same rows).
QString copyQuery(PgConnection &conn, const EntityDef &e)
{
    QStringList cols;
    for (const FieldDef &fd : e.fields) {
        const QString expr = exportedValueSql(conn, fd);
        if (fd.type == FieldType::JsonArray)
            cols << QStringLiteral("array_to_json(%1)").arg(expr);
        else if (fd.type == FieldType::Boolean)
            cols << QStringLiteral("(%1)::text").arg(expr); // 'true'/'false', where COPY prints t/f
        else
            cols << expr;
    }
    return QStringLiteral("COPY (SELECT %1 FROM %2 ORDER BY %3) TO STDOUT")
        .arg(cols.join(QLatin1Char(',')), conn.quoteIdentifier(e.name), conn.quoteIdentifier(e.primaryKey));
}

/// Splits one COPY text-format line into `values` (kinds already set), undoing its escapes.
bool parseCopyLine(const char *p, int len, std::vector<RowValue> &values)
{
    const char *end = p + len;
    if (end > p && end[-1] == '\n')
        --end;
    size_t col = 0;
    for (;;) {
        if (col >= values.size())
            return false;
        RowValue &v = values[col];
        v.text.clear();
        const char *start = p;
        while (p < end && *p != '\t')
            ++p;
        if (p - start == 2 && start[0] == '\\' && start[1] == 'N') {
            v.kind = RowValue::Null; // the caller resets kinds before each line
        } else {
            for (const char *q = start; q < p;) {
                const char *bs = static_cast<const char *>(memchr(q, '\\', size_t(p - q)));
                if (!bs || bs + 1 == p) {
                    v.text.append(q, p - q);
                    break;
                }
                v.text.append(q, bs - q);
                switch (bs[1]) {
                case 'n': v.text += '\n'; break;
                case 't': v.text += '\t'; break;
                case 'r': v.text += '\r'; break;
                case 'b': v.text += '\b'; break;
                case 'f': v.text += '\f'; break;
                case 'v': v.text += '\v'; break;
                default: v.text += bs[1]; // \\ and any other escaped byte
                }
                q = bs + 2;
            }
        }
        ++col;
        if (p == end)
            return col == values.size();
        ++p; // the tab
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

    stream << "_format_version: \"2.1\"\n_transform: false\n";
    QByteArray out; // one batch of YAML, written before the next is fetched

    ExportSummary summary;
    for (const EntityDef &e : exportedEntities()) {
        if (m_cancelled && m_cancelled())
            return cancelledExport();
        QStringList names;
        std::vector<RowValue::Kind> kinds;
        for (const FieldDef &fd : e.fields) {
            names << fd.name;
            kinds.push_back(valueKind(fd.type));
        }
        std::vector<RowValue> values(kinds.size());
        const RowYamlWriter writer(names);
        qint64 rows = 0;
        std::optional<Error> failure;
        auto copied = m_conn.copyOut(copyQuery(m_conn, e), [&](const char *line, int len) {
            for (size_t i = 0; i < kinds.size(); ++i)
                values[i].kind = kinds[i];
            if (!parseCopyLine(line, len, values)) {
                failure = Error::make(ErrorKind::Internal, QStringLiteral("Unreadable row of %1 from the server.").arg(e.name));
                return false;
            }
            if (rows++ == 0)
                out += e.name.toLatin1() + ":\n";
            if (!writer.append(out, values)) {
                failure = Error::make(ErrorKind::Internal, QStringLiteral("Unreadable JSON in a row of %1 from the server.").arg(e.name));
                return false;
            }
            if (rows % m_batchSize == 0) {
                stream.write(out.constData(), out.size());
                out.clear();
                if (!stream) {
                    failure = writeError(QStringLiteral("output stream failed"));
                    return false;
                }
                if (m_progress)
                    m_progress(e.name, rows);
                if (m_cancelled && m_cancelled()) {
                    failure = cancelledExport();
                    return false;
                }
            }
            return true;
        });
        if (failure)
            return *failure;
        if (!copied)
            return copied.error();
        stream.write(out.constData(), out.size());
        out.clear();
        if (!stream)
            return writeError(QStringLiteral("output stream failed"));
        if (m_progress && rows % m_batchSize != 0)
            m_progress(e.name, rows);
        summary.counts << qMakePair(e.name, rows);
    }
    stream.flush();
    if (!stream)
        return writeError(QStringLiteral("output stream failed"));
    tx->rollback(); // read-only: nothing to commit
    return summary;
}

} // namespace kuw::core::declarative
