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
    static const QStringList order = {QStringLiteral("ROW EXCLUSIVE"), QStringLiteral("SHARE UPDATE EXCLUSIVE"), QStringLiteral("SHARE"),
                                      QStringLiteral("SHARE ROW EXCLUSIVE"), QStringLiteral("ACCESS EXCLUSIVE")};
    return int(order.indexOf(mode));
}

QString bareName(QString name)
{
    name.remove(QLatin1Char('"'));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return dot < 0 ? name : name.mid(dot + 1);
}

/// The lock an ALTER TABLE takes, from its subcommands (`actions`: the text up to its ';').
/// Adding a foreign key takes SHARE ROW EXCLUSIVE on both tables and validating a constraint
/// SHARE UPDATE EXCLUSIVE: readers pass either. Everything else here is ACCESS EXCLUSIVE.
QList<TableEffect> alterEffects(const QString &table, const QString &actions)
{
    static const QRegularExpression fk(QStringLiteral(R"(^\s*ADD\s+CONSTRAINT\s+\S+\s+FOREIGN\s+KEY\s*\([^)]*\)\s*REFERENCES\s+("?[\w.]+"?)\s*(?:\([^)]*\))?)"),
                                       QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression validate(QStringLiteral(R"(^\s*VALIDATE\s+CONSTRAINT\s+\S+\s*$)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto m = fk.match(actions); m.hasMatch() && !actions.mid(m.capturedEnd()).contains(QLatin1Char(',')))
        return {{table, QStringLiteral("SHARE ROW EXCLUSIVE"), QStringLiteral("add foreign key")},
                {bareName(m.captured(1)), QStringLiteral("SHARE ROW EXCLUSIVE"), QStringLiteral("add foreign key")}};
    if (validate.match(actions).hasMatch())
        return {{table, QStringLiteral("SHARE UPDATE EXCLUSIVE"), QStringLiteral("validate constraint")}};
    return {{table, QStringLiteral("ACCESS EXCLUSIVE"), QStringLiteral("alter")}};
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
        {QRegularExpression(QStringLiteral(R"(\bALTER\s+TABLE\s+(?:IF\s+EXISTS\s+)?(?:ONLY\s+)?(?!ONLY\b)("?[\w.]+"?))"),
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
            QList<TableEffect> effects{{table, QString::fromLatin1(r.lock), QString::fromLatin1(r.action)}};
            if (qstrcmp(r.action, "alter") == 0) {
                const qsizetype end = sql.indexOf(QLatin1Char(';'), m.capturedEnd());
                effects = alterEffects(table, sql.mid(m.capturedEnd(), end < 0 ? -1 : end - m.capturedEnd()));
            }
            for (const TableEffect &e : effects) {
                const QString key = e.table + QLatin1Char('|') + e.action + QLatin1Char('|') + e.lockMode;
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                out.append(e);
            }
        }
    }
    // An explicit LOCK in the catalog names tables whose locks the statements after it take
    // implicitly (e.g. dropping a foreign key also locks the table it references).
    static const QRegularExpression lock(QStringLiteral(R"(\bLOCK\s+(?:TABLE\s+)?(?:ONLY\s+)?([\w".,\s]+?)\s+IN\s+ACCESS\s+EXCLUSIVE\s+MODE)"),
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = lock.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        for (const QString &name : m.captured(1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString table = bareName(name.trimmed());
            if (!table.isEmpty() && !seen.contains(table + QStringLiteral("|lock")))
                out.append({table, QStringLiteral("ACCESS EXCLUSIVE"), QStringLiteral("lock")});
            seen.insert(table + QStringLiteral("|lock"));
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
