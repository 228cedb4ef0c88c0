// SPDX-License-Identifier: GPL-3.0-or-later
#include "parallel/DatastoreDiff.h"

#include "db/PgConnection.h"
#include "db/PgTransaction.h"
#include "declarative/EntitySchema.h"
#include "declarative/Exporter.h"
#include "parallel/EntityCounts.h"

#include <QHash>
#include <QSet>
#include <QtConcurrent>

namespace kuw::core {
namespace {

using declarative::EntityDef;
using declarative::FieldDef;
using declarative::FieldType;

// Safe to show, in order of preference (credential keys and secrets never are).
const QStringList LabelFields = {QStringLiteral("name"), QStringLiteral("username"), QStringLiteral("custom_id"),
                                 QStringLiteral("target")};

struct Row
{
    QString hash, label;
};

/// The field as JSON, the value the export writes (so an imported copy compares equal).
QString fieldJson(PgConnection &conn, const FieldDef &fd)
{
    return QStringLiteral("to_jsonb(%1)").arg(declarative::exportedValueSql(conn, fd));
}

/// id → content hash and label of every row of `e`, comparing `fields` only.
Result<QHash<QString, Row>> readRows(PgConnection &conn, const EntityDef &e, const QList<const FieldDef *> &fields,
                                     const QString &labelColumn)
{
    // jsonb_build_object takes at most 100 arguments: build it in chunks and concatenate.
    QStringList objects, args;
    for (const FieldDef *fd : fields) {
        args << conn.quoteLiteral(fd->name) << fieldJson(conn, *fd);
        if (args.size() >= 80) {
            objects << QStringLiteral("jsonb_build_object(%1)").arg(args.join(QLatin1Char(',')));
            args.clear();
        }
    }
    if (!args.isEmpty() || objects.isEmpty())
        objects << QStringLiteral("jsonb_build_object(%1)").arg(args.join(QLatin1Char(',')));
    const QString label = labelColumn.isEmpty() ? QStringLiteral("NULL") : conn.quoteIdentifier(labelColumn) + QStringLiteral("::text");
    auto r = conn.exec(QStringLiteral("SELECT %1::text, md5((%2)::text), %3 FROM %4")
                           .arg(conn.quoteIdentifier(e.primaryKey), objects.join(QStringLiteral(" || ")), label,
                                conn.quoteIdentifier(e.name)));
    if (!r)
        return r.error();
    QHash<QString, Row> out;
    out.reserve(r->rows());
    for (int i = 0; i < r->rows(); ++i)
        out.insert(r->value(i, 0), Row{r->value(i, 1), r->value(i, 2)});
    return out;
}

QString labelColumn(const EntityDef &e, const QSet<QString> &columns)
{
    for (const QString &f : LabelFields)
        if (const FieldDef *fd = e.field(f); fd && fd->type == FieldType::String && columns.contains(fd->column()))
            return fd->column();
    return {};
}

void add(DiffReport &report, const EntityDef &e, const QString &id, const QString &label, DiffKind kind, int limit)
{
    DiffCounts &c = report.perEntity[e.name];
    qint64 &n = kind == DiffKind::Created ? c.created : kind == DiffKind::Changed ? c.changed : c.deleted;
    ++n;
    if (c.total() <= limit)
        report.entries << DiffEntry{e.name, id, label, kind};
}

} // namespace

QString diffKindId(DiffKind kind)
{
    switch (kind) {
    case DiffKind::Created:
        return QStringLiteral("created");
    case DiffKind::Changed:
        return QStringLiteral("changed");
    case DiffKind::Deleted:
        return QStringLiteral("deleted");
    }
    return {};
}

Result<DiffReport> diffDatastores(PgConnection &old, PgConnection &fresh, int limitPerEntity)
{
    // One consistent snapshot per side for every table.
    auto oldTx = PgTransaction::begin(old);
    if (!oldTx)
        return oldTx.error();
    auto freshTx = PgTransaction::begin(fresh);
    if (!freshTx)
        return freshTx.error();
    for (PgConnection *c : {&old, &fresh})
        if (auto r = c->exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !r)
            return r.error();
    auto oldCols = tableColumns(old);
    if (!oldCols)
        return oldCols.error();
    auto freshCols = tableColumns(fresh);
    if (!freshCols)
        return freshCols.error();

    DiffReport report;
    for (const EntityDef &e : declarative::exportedEntities()) {
        const QSet<QString> oc = oldCols->value(e.name), nc = freshCols->value(e.name);
        if (oc.isEmpty() && nc.isEmpty())
            continue;
        if (oc.isEmpty() || nc.isEmpty()) {
            PgConnection &side = oc.isEmpty() ? fresh : old;
            auto n = side.exec(QStringLiteral("SELECT count(*) FROM %1").arg(side.quoteIdentifier(e.name)));
            if (!n)
                return n.error();
            report.notComparable << UncomparedEntity{e.name, oc.isEmpty(), n->value(0, 0).toLongLong()};
            continue;
        }
        QList<const FieldDef *> fields;
        for (const FieldDef &fd : e.fields)
            if (oc.contains(fd.column()) && nc.contains(fd.column()))
                fields << &fd;
        auto oldRead = readRows(old, e, fields, labelColumn(e, oc));
        if (!oldRead)
            return oldRead.error();
        auto newRead = readRows(fresh, e, fields, labelColumn(e, nc));
        if (!newRead)
            return newRead.error();
        QHash<QString, Row> oldRows = std::move(*oldRead), newRows = std::move(*newRead);
        ++report.entitiesCompared;
        // Sorted ids: the listing is stable from one comparison to the next.
        QStringList ids = oldRows.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids)) {
            const Row &o = oldRows[id];
            auto n = newRows.constFind(id);
            if (n == newRows.cend())
                add(report, e, id, o.label, DiffKind::Created, limitPerEntity);
            else if (n->hash != o.hash)
                add(report, e, id, o.label, DiffKind::Changed, limitPerEntity);
        }
        ids = newRows.keys();
        ids.sort();
        for (const QString &id : std::as_const(ids))
            if (!oldRows.contains(id))
                add(report, e, id, newRows[id].label, DiffKind::Deleted, limitPerEntity);
    }
    for (const DiffCounts &c : std::as_const(report.perEntity)) {
        report.totals.created += c.created;
        report.totals.changed += c.changed;
        report.totals.deleted += c.deleted;
    }
    return report;
}

DiffOutcome runDiff(const ConnectionSettings &old, const ConnectionSettings &fresh, int limitPerEntity)
{
    DiffOutcome out;
    auto oc = PgConnection::open(old);
    if (!oc) {
        out.error = oc.error();
        return out;
    }
    auto nc = PgConnection::open(fresh);
    if (!nc) {
        out.error = nc.error();
        return out;
    }
    auto r = diffDatastores(**oc, **nc, limitPerEntity);
    if (r)
        out.report = *r;
    else
        out.error = r.error();
    return out;
}

QFuture<DiffOutcome> startDiff(ConnectionSettings old, ConnectionSettings fresh, int limitPerEntity)
{
    return QtConcurrent::run([old = std::move(old), fresh = std::move(fresh), limitPerEntity] {
        return runDiff(old, fresh, limitPerEntity);
    });
}

} // namespace kuw::core
