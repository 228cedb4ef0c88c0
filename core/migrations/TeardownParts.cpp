// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeardownParts.h"

#include "Catalog.h"
#include "LockRetry.h"
#include "Plan.h"
#include "db/PgCancelToken.h"
#include "db/PgConnection.h"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <vector>

namespace kuw::core {

QString partPredicate(const QString &quotedKey, int index, int count)
{
    auto bound = [count](int i) {
        const quint64 first32 = (quint64(1) << 32) * quint64(i) / quint64(count);
        return QStringLiteral("'%1-0000-0000-0000-000000000000'::uuid").arg(first32, 8, 16, QLatin1Char('0'));
    };
    QStringList terms;
    if (index > 0)
        terms << QStringLiteral("%1 >= %2").arg(quotedKey, bound(index));
    if (index < count - 1)
        terms << QStringLiteral("%1 < %2").arg(quotedKey, bound(index + 1));
    return terms.isEmpty() ? QStringLiteral("TRUE") : QStringLiteral("(%1)").arg(terms.join(QStringLiteral(" AND ")));
}

namespace {

/// What one part did: rows, or why it did not run (`skipped`), or the error that stops the step.
struct PartResult
{
    Result<qint64> rows = qint64(0);
    QString skipped;
};

/// One part: its own connection and transaction, retried while its locks are not granted.
PartResult runPart(const ConnectionSettings &settings, const QString &sql, const PartsRun &run,
                   std::shared_ptr<PgCancelToken> token, std::atomic<int> &retries)
{
    auto conn = PgConnection::open(settings, token);
    if (!conn) {
        if (token->isCancelled())
            return {conn.error(), {}};
        return {qint64(0), conn.error().message};
    }
    qint64 rows = 0;
    const Status result = runRetriedTransaction(**conn, run.lockTimeoutMs, [&]() -> Status {
        if (Status s = (*conn)->execScript(sql); !s)
            return s;
        rows = (*conn)->lastScriptRows();
        return {};
    }, [&] { return !token->isCancelled() && retries.fetch_add(1) < run.maxRetries; });
    if (!result)
        return {result.error(), {}};
    return {rows, {}};
}

} // namespace

Result<PartsOutcome> runTeardownParts(PgConnection &conn, const TeardownStep &step, const PartsRun &run,
                                      const PgCancelToken &cancel)
{
    const QString placeholder = QStringLiteral("{{part:%1}}").arg(step.partKey);
    const QString key = conn.quoteIdentifier(step.partKey);
    std::atomic<int> retries{0};
    std::vector<std::shared_ptr<PgCancelToken>> tokens;
    std::vector<std::future<PartResult>> parts;
    for (int i = 0; i < step.parts; ++i) {
        tokens.push_back(std::make_shared<PgCancelToken>());
        QString sql = run.sql;
        sql.replace(placeholder, partPredicate(key, i, step.parts));
        parts.push_back(std::async(std::launch::async, runPart, conn.settings(), sql, run, tokens.back(), std::ref(retries)));
    }
    // Wait for every part (their threads use `retries`), passing a cancel on to all of them.
    bool forwarded = false;
    for (auto &p : parts) {
        while (p.wait_for(std::chrono::milliseconds(10)) != std::future_status::ready) {
            if (!forwarded && cancel.isCancelled()) {
                for (auto &t : tokens)
                    t->cancel();
                forwarded = true;
            }
        }
    }
    PartsOutcome out;
    std::optional<Error> firstError;
    for (auto &p : parts) {
        const PartResult r = p.get();
        if (!r.skipped.isEmpty())
            out.skipped << r.skipped;
        if (r.rows)
            out.rows += *r.rows;
        else if (!firstError)
            firstError = r.rows.error();
    }
    out.lockRetries = retries.load();
    if (firstError)
        return *firstError;
    return out;
}

Result<qint64> partsTableRows(PgConnection &conn, const TeardownStep &step)
{
    QString table;
    for (const TableEffect &e : analyzeSql(step.sql)) {
        if (e.action == QLatin1String("rewrite rows")) {
            table = e.table;
            break;
        }
    }
    if (table.isEmpty())
        return qint64(0);
    auto r = conn.exec(QStringLiteral("SELECT GREATEST(c.reltuples, 0)::bigint FROM pg_class c "
                                      "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND c.relname = $2"),
                       {conn.schema(), table});
    if (!r)
        return r.error();
    return r->rows() > 0 ? r->integer(0, 0) : qint64(0);
}

} // namespace kuw::core
