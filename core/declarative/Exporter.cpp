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
#include <string>
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

/// Splits one COPY text-format line into `values` (kinds from `kinds`, NULL where the server
/// sent \N). A field without escapes is a view into the line; one with escapes is unescaped
/// into its column's slot of `unescaped`.
bool parseCopyLine(const char *p, int len, const std::vector<RowValue::Kind> &kinds, std::vector<RowValue> &values,
                   std::vector<std::string> &unescaped)
{
    const char *end = p + len;
    if (end > p && end[-1] == '\n')
        --end;
    for (std::size_t col = 0;; ++col) {
        if (col >= values.size())
            return false;
        RowValue &v = values[col];
        const char *start = p;
        const auto *tab = static_cast<const char *>(memchr(p, '\t', std::size_t(end - p)));
        p = tab ? tab : end;
        const auto field = std::size_t(p - start);
        v.kind = kinds[col];
        if (field == 2 && start[0] == '\\' && start[1] == 'N') {
            v.kind = RowValue::Null;
            v.text = {};
        } else if (!memchr(start, '\\', field)) {
            v.text = std::string_view(start, field);
        } else {
            std::string &s = unescaped[col];
            s.clear();
            for (const char *q = start; q < p;) {
                const char *bs = static_cast<const char *>(memchr(q, '\\', std::size_t(p - q)));
                if (!bs || bs + 1 == p) {
                    s.append(q, std::size_t(p - q));
                    break;
                }
                s.append(q, std::size_t(bs - q));
                switch (bs[1]) {
                case 'n': s += '\n'; break;
                case 't': s += '\t'; break;
                case 'r': s += '\r'; break;
                case 'b': s += '\b'; break;
                case 'f': s += '\f'; break;
                case 'v': s += '\v'; break;
                default: s += bs[1]; // \\ and any other escaped byte
                }
                q = bs + 2;
            }
            v.text = s;
        }
        if (p == end)
            return col + 1 == values.size();
        ++p; // the tab
    }
}

/// Output is written in pieces of about this size (memory stays bounded, writes stay large).
constexpr std::size_t kFlushBytes = 256 * 1024;

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
    // Whole tables in key order: a sequential scan and an in-memory sort cost the server less
    // than the pk index scan the planner prefers (a random heap visit per row); measured 20-30 %
    // faster exports. Local to this read-only transaction.
    if (auto r = m_conn.execScript(QStringLiteral("SET LOCAL work_mem = '64MB'; SET LOCAL enable_indexscan = off")); !r)
        return r.error();

    stream << "_format_version: \"2.1\"\n_transform: false\n";
    std::string out; // YAML not yet written; flushed in large writes
    out.reserve(kFlushBytes + 64 * 1024);

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
        std::vector<std::string> unescaped(kinds.size());
        RowYamlWriter writer(names);
        qint64 rows = 0;
        std::optional<Error> failure;
        const auto flush = [&] {
            stream.write(out.data(), std::streamsize(out.size()));
            out.clear();
            return bool(stream);
        };
        auto copied = m_conn.copyOut(copyQuery(m_conn, e), [&](const char *line, int len) {
            if (!parseCopyLine(line, len, kinds, values, unescaped)) {
                failure = Error::make(ErrorKind::Internal, QStringLiteral("Unreadable row of %1 from the server.").arg(e.name));
                return false;
            }
            if (rows++ == 0)
                out += e.name.toStdString() + ":\n";
            if (!writer.append(out, values)) {
                failure = Error::make(ErrorKind::Internal, QStringLiteral("Unreadable JSON in a row of %1 from the server.").arg(e.name));
                return false;
            }
            if (out.size() >= kFlushBytes && !flush()) {
                failure = writeError(QStringLiteral("output stream failed"));
                return false;
            }
            if (rows % m_batchSize == 0) {
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
        if (!flush())
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
