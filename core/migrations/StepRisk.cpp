// SPDX-License-Identifier: GPL-3.0-or-later
// Risk tags: which table locks each step's statements take, and how big those tables are.
#include "Plan.h"

#include "db/PgConnection.h"

#include <QRegularExpression>
#include <QSet>

namespace kuw::core {
namespace {

int lockRank(const QString &mode)
{
    static const QStringList order = {QStringLiteral("ROW EXCLUSIVE"), QStringLiteral("SHARE"),
                                      QStringLiteral("SHARE ROW EXCLUSIVE"), QStringLiteral("ACCESS EXCLUSIVE")};
    return int(order.indexOf(mode));
}

QString bareName(QString name)
{
    name.remove(QLatin1Char('"'));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.mid(dot + 1);
}

} // namespace

QList<TableEffect> analyzeSql(const QString &sql)
{
    // Statements may sit inside DO blocks and EXECUTE strings; a pattern scan sees them all.
    struct Rule
    {
        QRegularExpression re;
        const char *lock;
        const char *action;
    };
    static const QList<Rule> rules = {
        {QRegularExpression(QStringLiteral(R"(\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?("?[\w.]+"?))"),
                            QRegularExpression::CaseInsensitiveOption), "ACCESS EXCLUSIVE", "alter"},
        {QRegularExpression(QStringLiteral(R"(\bCREATE\s+(?:UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY)(?:IF\s+NOT\s+EXISTS\s+)?[\w"]*\s*ON\s+(?:ONLY\s+)?("?[\w.]+"?))"),
                            QRegularExpression::CaseInsensitiveOption), "SHARE", "create index"},
        {QRegularExpression(QStringLiteral(R"(\bUPDATE\s+(?:ONLY\s+)?("?[\w.]+"?)\s+(?:AS\s+\w+\s+)?SET\b)"),
                            QRegularExpression::CaseInsensitiveOption), "ROW EXCLUSIVE", "rewrite rows"},
        {QRegularExpression(QStringLiteral(R"(\bDELETE\s+FROM\s+(?:ONLY\s+)?("?[\w.]+"?))"),
                            QRegularExpression::CaseInsensitiveOption), "ROW EXCLUSIVE", "delete rows"},
        {QRegularExpression(QStringLiteral(R"(\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?("?[\w.]+"?))"),
                            QRegularExpression::CaseInsensitiveOption), "ACCESS EXCLUSIVE", "drop"},
        {QRegularExpression(QStringLiteral(R"(\bCREATE\s+TRIGGER\s+\w+\s+.*?\bON\s+("?[\w.]+"?))"),
                            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption),
         "SHARE ROW EXCLUSIVE", "create trigger"},
    };
    QList<TableEffect> out;
    QSet<QString> seen;
    for (const Rule &r : rules) {
        auto it = r.re.globalMatch(sql);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString table = bareName(m.captured(1));
            if (table.isEmpty() || table.startsWith(QLatin1Char('%')))
                continue;
            const QString key = table + QLatin1Char('|') + QLatin1String(r.action);
            if (seen.contains(key))
                continue;
            seen.insert(key);
            out.append({table, QString::fromLatin1(r.lock), QString::fromLatin1(r.action)});
        }
    }
    return out;
}

Status annotateRisks(Plan &plan, PgConnection &conn)
{
    QSet<QString> tables;
    for (PlanStep &s : plan.steps) {
        s.risk = {};
        for (const QString &sql : s.sqlTexts())
            s.risk.effects += analyzeSql(sql);
        for (const TeardownStep &t : s.teardown) {
            if (!t.function.isEmpty())
                s.risk.rewritesRows = true;
        }
        for (const TableEffect &e : s.risk.effects) {
            tables.insert(e.table);
            s.risk.buildsIndex = s.risk.buildsIndex || e.action == QLatin1String("create index");
            s.risk.rewritesRows = s.risk.rewritesRows || e.action == QLatin1String("rewrite rows")
                                  || e.action == QLatin1String("delete rows");
            if (lockRank(e.lockMode) > lockRank(s.risk.strongestLock))
                s.risk.strongestLock = e.lockMode;
        }
    }
    if (tables.isEmpty())
        return {};
    auto r = conn.exec(QStringLiteral(
                           "SELECT c.relname, greatest(c.reltuples, 0)::bigint FROM pg_class c "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = $1 AND c.relkind = 'r' AND c.relname = ANY($2::text[])"),
                       {conn.schema(), pgArrayLiteral(QStringList(tables.begin(), tables.end()))});
    if (!r)
        return r.error();
    QHash<QString, qint64> rows;
    for (int i = 0; i < r->rows(); ++i)
        rows.insert(r->value(i, 0), r->integer(i, 1));
    for (PlanStep &s : plan.steps) {
        QSet<QString> counted;
        for (const TableEffect &e : s.risk.effects) {
            if (!counted.contains(e.table)) {
                counted.insert(e.table);
                s.risk.rowEstimate += rows.value(e.table);
            }
        }
    }
    return {};
}

} // namespace kuw::core
