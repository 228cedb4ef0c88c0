// SPDX-License-Identifier: GPL-3.0-or-later
// A port of ../shared/tools/kong-dump.sh (schema.txt, data.txt): same queries, same order,
// same normalization, so our output can be compared byte for byte with its fixtures.
#include "SchemaDump.h"

#include "db/PgConnection.h"

#include <QStringList>
#include <QVariantList>

#include <utility>
#include <vector>

namespace kuw::core {
namespace {

const QString kWsPlaceholder = QStringLiteral("<default-ws-id>");
const QString kClusterPlaceholder = QStringLiteral("<cluster-id>");

// The script's schema.txt query; :'schema' is $1, :'colorder' is $2.
const char *kSchemaSql = R"SQL(
WITH ns AS (
  SELECT oid FROM pg_namespace WHERE nspname = $1
), rels AS (
  SELECT c.oid, c.relname, c.relkind
    FROM pg_class c JOIN ns ON c.relnamespace = ns.oid
), lines AS (
  SELECT 1 AS k1, relname AS k2, 0 AS k3, '' AS k4, 0 AS k5,
         format('table %s%s', relname,
                CASE relkind WHEN 'p' THEN ' (partitioned)' ELSE '' END) AS line
    FROM rels WHERE relkind IN ('r', 'p')
  UNION ALL
  SELECT 1, r.relname, 1, a.attname, 0,
         format('table %s column %s %s%s%s%s%s', r.relname, a.attname,
                format_type(a.atttypid, a.atttypmod),
                CASE WHEN a.attnotnull THEN ' NOT NULL' ELSE '' END,
                CASE WHEN d.adbin IS NOT NULL AND a.attgenerated = ''
                     THEN ' DEFAULT ' || pg_get_expr(d.adbin, d.adrelid) ELSE '' END,
                CASE WHEN a.attgenerated <> ''
                     THEN ' GENERATED ALWAYS AS (' || pg_get_expr(d.adbin, d.adrelid) || ') STORED'
                     WHEN a.attidentity <> '' THEN ' IDENTITY ' || a.attidentity::text ELSE '' END,
                CASE WHEN $2::text = '1' THEN ' #' || a.attnum ELSE '' END)
    FROM rels r
    JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_attrdef d ON d.adrelid = r.oid AND d.adnum = a.attnum
   WHERE r.relkind IN ('r', 'p')
  UNION ALL
  SELECT 1, r.relname, 2, c.conname, 0,
         format('table %s constraint %s %s', r.relname, c.conname,
                pg_get_constraintdef(c.oid, true))
    FROM rels r JOIN pg_constraint c ON c.conrelid = r.oid
  UNION ALL
  SELECT 1, r.relname, 3, i.relname, 0,
         format('table %s index %s', r.relname, pg_get_indexdef(x.indexrelid))
    FROM rels r
    JOIN pg_index x ON x.indrelid = r.oid
    JOIN pg_class i ON i.oid = x.indexrelid
  UNION ALL
  SELECT 1, r.relname, 4, t.tgname, 0,
         format('table %s trigger %s', r.relname, pg_get_triggerdef(t.oid, true))
    FROM rels r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
  UNION ALL
  SELECT 2, s.sequencename, 0, '', 0,
         format('sequence %s %s start %s increment %s min %s max %s cycle %s',
                s.sequencename, s.data_type, s.start_value, s.increment_by,
                s.min_value, s.max_value, s.cycle)
    FROM pg_sequences s WHERE s.schemaname = $1
  UNION ALL
  SELECT 3, r.relname, 0, '', 0,
         format('view %s %s', r.relname,
                regexp_replace(pg_get_viewdef(r.oid, true), '\s+', ' ', 'g'))
    FROM rels r WHERE r.relkind IN ('v', 'm')
  UNION ALL
  SELECT 4, t.typname, 0, '', 0,
         format('type %s %s%s', t.typname, t.typtype,
                CASE WHEN t.typtype = 'e' THEN ' ' ||
                  (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder)
                     FROM pg_enum e WHERE e.enumtypid = t.oid) ELSE '' END)
    FROM pg_type t JOIN ns ON t.typnamespace = ns.oid
   WHERE t.typtype IN ('e', 'd')
      OR (t.typtype = 'c' AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c')
  UNION ALL
  SELECT 5, p.oid::regprocedure::text, 0, '', l.n,
         format('function %s | %s',
                regexp_replace(p.oid::regprocedure::text, '^[^(]*\.', ''),
                rtrim(l.line))
    FROM pg_proc p JOIN ns ON p.pronamespace = ns.oid
    CROSS JOIN LATERAL regexp_split_to_table(pg_get_functiondef(p.oid), E'\n')
         WITH ORDINALITY AS l(line, n)
   WHERE p.prokind IN ('f', 'p') AND btrim(l.line) <> ''
  UNION ALL
  SELECT 6, e.extname, 0, '', 0, format('extension %s %s', e.extname, e.extversion)
    FROM pg_extension e WHERE e.extname <> 'plpgsql'
)
SELECT line FROM lines
 ORDER BY k1, k2 COLLATE "C", k3, k4 COLLATE "C", k5
)SQL";

// Each table (as data.txt orders them) with its timestamp/date columns (NULL when none).
const char *kTablesSql = R"SQL(
SELECT c.relname, a.attname
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
        AND a.atttypid IN ('timestamptz'::regtype, 'timestamp'::regtype, 'date'::regtype)
 WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')
 ORDER BY c.relname COLLATE "C", a.attnum
)SQL";

/// Runs `body` with the server's default search_path and without JIT, then restores both.
/** pg_get_constraintdef, pg_get_expr and format_type qualify names that are not visible on
 *  the search_path; the script's psql session has the default one, ours `schema` alone.
 *  JIT does not change results, but compiling the catalog query costs seconds (vs ~30 ms). */
template<typename T, typename F>
Result<T> withDumpSession(PgConnection &conn, F &&body)
{
    auto saved = conn.exec(QStringLiteral("SELECT current_setting('search_path'), current_setting('jit')"));
    if (!saved)
        return saved.error();
    auto set = conn.exec(
        QStringLiteral("SELECT set_config('search_path', reset_val, false), "
                       "set_config('jit', 'off', false) FROM pg_settings WHERE name = 'search_path'"));
    if (!set)
        return set.error();
    Result<T> out = body();
    auto restored =
        conn.exec(QStringLiteral("SELECT set_config('search_path', $1, false), set_config('jit', $2, false)"),
                  {saved->value(0, 0), saved->value(0, 1)});
    if (out && !restored)
        return restored.error();
    return out;
}

Result<bool> tableExists(PgConnection &conn, const QString &schema, const QString &table)
{
    auto r = conn.exec(QStringLiteral("SELECT 1 FROM pg_tables WHERE schemaname = $1 AND tablename = $2"),
                       {schema, table});
    if (!r)
        return r.error();
    return r->rows() > 0;
}

/// First column of the first row, "" when there is none (the script's coalesce(…, '')).
Result<QString> firstValue(PgConnection &conn, const QString &sql)
{
    auto r = conn.exec(sql);
    if (!r)
        return r.error();
    return r->rows() > 0 ? r->value(0, 0) : QString();
}

QString linesText(const PgResult &r)
{
    QString out;
    for (int i = 0; i < r.rows(); ++i)
        out += r.value(i, 0) + QLatin1Char('\n'); // psql -At: one line per row
    return out;
}

struct TableColumns
{
    QString table;
    QStringList timestamps;
};

/// The row expression of one table: to_jsonb of the row, timestamps written during the
/// migration masked, the default workspace id replaced before sorting (as the script does).
QString rowExpression(PgConnection &conn, const TableColumns &t, const SchemaDumpOptions &opts,
                      const QString &wsid, QVariantList &params)
{
    // As in the script, `t` is the row alias: a column named t would shadow it (none in Kong).
    QString expr = QStringLiteral("to_jsonb(t)");
    if (opts.normalize && !t.timestamps.isEmpty()) {
        params.append(opts.tsCutoff);
        const QString cutoff = QStringLiteral("$%1::timestamptz").arg(params.size());
        for (const QString &col : t.timestamps) {
            params.append(col);
            const QString c = QStringLiteral("t.") + conn.quoteIdentifier(col);
            expr += QStringLiteral(" || jsonb_build_object($%1::text, CASE WHEN %2::timestamptz >= %3"
                                   " AND %2::timestamptz <= now() + interval '1 day'"
                                   " THEN to_jsonb('<ts>'::text) ELSE to_jsonb(%2) END)")
                        .arg(QString::number(params.size()), c, cutoff);
        }
    }
    expr = QStringLiteral("(%1)::text").arg(expr);
    if (!wsid.isEmpty()) {
        params.append(wsid);
        expr = QStringLiteral("replace(%1, $%2::text, '%3')")
                   .arg(expr, QString::number(params.size()), kWsPlaceholder);
    }
    return expr;
}

Result<QString> dumpData(PgConnection &conn, const QString &schema, const SchemaDumpOptions &opts,
                         const SchemaDumpVolatiles &vol)
{
    auto cols = conn.exec(QString::fromLatin1(kTablesSql), {schema});
    if (!cols)
        return cols.error();
    std::vector<TableColumns> tables;
    for (int i = 0; i < cols->rows(); ++i) {
        if (tables.empty() || tables.back().table != cols->value(i, 0))
            tables.push_back({cols->value(i, 0), {}});
        if (!cols->isNull(i, 1))
            tables.back().timestamps.append(cols->value(i, 1));
    }
    const QString qschema = conn.quoteIdentifier(schema);
    QString out;
    for (const TableColumns &t : tables) {
        const QString from = qschema + QLatin1Char('.') + conn.quoteIdentifier(t.table);
        auto count = conn.exec(QStringLiteral("SELECT count(*) FROM %1").arg(from));
        if (!count)
            return count.error();
        out += QStringLiteral("== %1 (%2 rows)\n").arg(t.table, count->value(0, 0));
        QVariantList params;
        const QString expr = rowExpression(conn, t, opts, vol.defaultWorkspaceId, params);
        auto rows =
            conn.exec(QStringLiteral("SELECT r FROM (SELECT %1 AS r FROM %2 t) s ORDER BY r COLLATE \"C\"")
                          .arg(expr, from),
                      params);
        if (!rows)
            return rows.error();
        out += linesText(*rows);
    }
    // The cluster id only appears in parameters.value: replaced after sorting, as the script does.
    if (!vol.clusterId.isEmpty())
        out.replace(vol.clusterId, kClusterPlaceholder);
    return out;
}

} // namespace

Result<SchemaDumpVolatiles> readVolatiles(PgConnection &conn, const QString &schema,
                                          const SchemaDumpOptions &opts)
{
    SchemaDumpVolatiles v;
    if (!opts.normalize)
        return v;
    const QString qschema = conn.quoteIdentifier(schema);
    auto hasWs = tableExists(conn, schema, QStringLiteral("workspaces"));
    if (!hasWs)
        return hasWs.error();
    if (*hasWs) {
        auto id = firstValue(
            conn,
            QStringLiteral("SELECT id::text FROM %1.workspaces WHERE name = 'default' LIMIT 1").arg(qschema));
        if (!id)
            return id.error();
        v.defaultWorkspaceId = *id;
    }
    auto hasParams = tableExists(conn, schema, QStringLiteral("parameters"));
    if (!hasParams)
        return hasParams.error();
    if (*hasParams) {
        auto id = firstValue(
            conn,
            QStringLiteral("SELECT value FROM %1.parameters WHERE key = 'cluster_id' LIMIT 1").arg(qschema));
        if (!id)
            return id.error();
        v.clusterId = *id;
    }
    return v;
}

Result<QString> dumpSchemaText(PgConnection &conn, const QString &schema, const SchemaDumpOptions &opts)
{
    auto vol = readVolatiles(conn, schema, opts);
    if (!vol)
        return vol.error();
    return withDumpSession<QString>(conn, [&]() -> Result<QString> {
        auto r = conn.exec(QString::fromLatin1(kSchemaSql),
                           {schema, opts.columnOrder ? QStringLiteral("1") : QStringLiteral("0")});
        if (!r)
            return r.error();
        QString text = linesText(*r);
        // The script's sed over the whole file: the ids may appear in defaults or functions.
        if (!vol->defaultWorkspaceId.isEmpty())
            text.replace(vol->defaultWorkspaceId, kWsPlaceholder);
        if (!vol->clusterId.isEmpty())
            text.replace(vol->clusterId, kClusterPlaceholder);
        return text;
    });
}

Result<QString> dumpDataText(PgConnection &conn, const QString &schema, const SchemaDumpOptions &opts)
{
    auto vol = readVolatiles(conn, schema, opts);
    if (!vol)
        return vol.error();
    return withDumpSession<QString>(conn, [&] { return dumpData(conn, schema, opts, *vol); });
}

} // namespace kuw::core
