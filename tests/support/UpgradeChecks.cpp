// SPDX-License-Identifier: GPL-3.0-or-later
#include "UpgradeChecks.h"

#include "Fixtures.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QVersionNumber>

#include <gtest/gtest.h>

namespace kuw::test {
namespace {

QString dataDir(const QString &sub)
{
    return QStringLiteral(KUW_TEST_DATA_DIR "/") + sub;
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        ADD_FAILURE() << "cannot read " << qPrintable(path);
        return {};
    }
    return f.readAll();
}

QByteArray openssl(const QStringList &args, const QByteArray &input)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start openssl";
        return {};
    }
    p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(20000);
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        ADD_FAILURE() << "openssl " << qPrintable(args.join(' ')) << " failed: " << p.readAllStandardError().constData();
        return {};
    }
    return p.readAllStandardOutput();
}

std::optional<QStringList> listOf(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return std::nullopt;
    QStringList out;
    for (const QJsonValue &e : v.toArray())
        out << e.toString();
    return out;
}

} // namespace

bool versionBefore(const QString &a, const QString &b)
{
    return QVersionNumber::fromString(a) < QVersionNumber::fromString(b);
}

QStringList seedVersions()
{
    QStringList out;
    for (const QString &f : QDir(dataDir("seeds")).entryList({"*.sql"}, QDir::Files))
        out << f.chopped(4);
    std::sort(out.begin(), out.end(), [](const QString &a, const QString &b) { return versionBefore(a, b); });
    return out;
}

QString certDigest(const QString &pem)
{
    const QByteArray der = openssl({"x509", "-outform", "DER"}, pem.toUtf8());
    if (der.isEmpty())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(der, QCryptographicHash::Sha256).toHex());
}

Seed loadSeed(const QString &startVersion)
{
    Seed seed;
    for (const QString &v : seedVersions())
        if (!versionBefore(startVersion, v))
            seed.version = v;
    if (seed.version.isEmpty()) {
        ADD_FAILURE() << "no seed for " << qPrintable(startVersion);
        return seed;
    }
    QString text = QString::fromUtf8(readFile(dataDir("seeds/" + seed.version + ".sql")));
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(pem|key|pubkey|digest):([a-z0-9-]+)\\}\\}"));
    QString filled;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString kind = m.captured(1), name = m.captured(2);
        const QString pem = QString::fromLatin1(readFile(dataDir("certs/" + name + ".pem")));
        QString value;
        if (kind == "pem")
            value = pem;
        else if (kind == "key")
            value = QString::fromLatin1(readFile(dataDir("certs/" + name + ".key")));
        else if (kind == "pubkey")
            value = QString::fromLatin1(openssl({"x509", "-pubkey", "-noout"}, pem.toLatin1()));
        else
            value = certDigest(pem);
        EXPECT_FALSE(value.isEmpty()) << qPrintable(m.captured(0));
        filled += text.mid(at, m.capturedStart() - at) + value;
        at = m.capturedEnd();
    }
    filled += text.mid(at);
    const QString marker = QStringLiteral("-- kuw:between-up-and-finish");
    const qsizetype split = filled.indexOf(marker);
    EXPECT_GE(split, 0) << "seed " << qPrintable(seed.version) << " has no " << qPrintable(marker) << " line";
    seed.beforeUp = split < 0 ? filled : filled.left(split);
    seed.betweenUpAndFinish = split < 0 ? QString() : filled.mid(split);
    return seed;
}

Snapshot takeSnapshot(core::PgConnection &conn)
{
    Snapshot snap;
    auto tables = conn.exec("SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = current_schema() AND c.relkind = 'r' ORDER BY 1");
    EXPECT_TRUE(tables);
    if (!tables)
        return snap;
    for (int t = 0; t < tables->rows(); ++t) {
        const QString table = tables->value(t, 0);
        if (table == "schema_meta" || table == "locks")
            continue;
        auto pk = conn.exec("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                            "AND a.attnum = ANY(i.indkey) WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY 1",
                            {conn.quoteIdentifier(table)});
        EXPECT_TRUE(pk && pk->rows() > 0) << "no primary key: " << qPrintable(table);
        if (!pk || pk->rows() == 0)
            continue;
        QStringList keyParts;
        for (int i = 0; i < pk->rows(); ++i)
            keyParts << "r." + conn.quoteIdentifier(pk->value(i, 0)) + "::text";
        const QString table_q = conn.quoteIdentifier(table);
        auto rows = conn.exec(QStringLiteral("SELECT s.k, j.key, j.value FROM (SELECT concat_ws('|', %1) AS k, to_jsonb(r) AS r "
                                             "FROM %2 r) s, jsonb_each_text(s.r) j")
                                  .arg(keyParts.join(", "), table_q));
        EXPECT_TRUE(rows) << qPrintable(table);
        auto &out = snap[table]; // a table without rows is still listed
        if (!rows)
            continue;
        for (int i = 0; i < rows->rows(); ++i)
            out[rows->value(i, 0)][rows->value(i, 1)] =
                rows->isNull(i, 2) ? std::nullopt : std::optional<QString>(rows->value(i, 2));
    }
    return snap;
}

QString MetaRow::toString() const
{
    const auto arr = [](const std::optional<QStringList> &l) {
        return l ? "{" + l->join(',') + "}" : QStringLiteral("null");
    };
    return lastExecuted.value_or("null") + "|" + arr(executed) + "|" + arr(pending);
}

QMap<QString, MetaRow> fixtureSchemaMeta(const QString &version)
{
    QMap<QString, MetaRow> out;
    for (const QString &line : fixtureText(version, "data.txt").split('\n')) {
        if (!line.startsWith(QStringLiteral("{\"key\": \"schema_meta\"")))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        MetaRow r;
        if (!o.value("last_executed").isNull())
            r.lastExecuted = o.value("last_executed").toString();
        r.executed = listOf(o.value("executed"));
        r.pending = listOf(o.value("pending"));
        out.insert(o.value("subsystem").toString(), r);
    }
    EXPECT_FALSE(out.isEmpty()) << "no schema_meta rows in fixture " << qPrintable(version);
    return out;
}

bool hasTeardown(const QString &subsystem, const QString &migration)
{
    static const QMap<QString, QStringList> withTeardown = {
        {"core", {"005_120_to_130", "008_150_to_200", "009_200_to_210", "012_213_to_220"}},
        {"acl", {"003_200_to_210", "004_212_to_213"}},
        {"basic-auth", {"003_200_to_210"}},
        {"hmac-auth", {"003_200_to_210"}},
        {"jwt", {"003_200_to_210"}},
        {"key-auth", {"003_200_to_210"}},
        {"oauth2", {"004_200_to_210"}},
        {"bot-detection", {"001_200_to_210"}},
        {"ip-restriction", {"001_200_to_210"}},
    };
    return withTeardown.value(subsystem).contains(migration);
}

ExpectedMeta expectedSchemaMeta(const QString &start, const QString &target)
{
    const QMap<QString, MetaRow> before = fixtureSchemaMeta(start);
    // A fresh bootstrap runs every migration in code order, so the target fixture's
    // `executed` lists are the target's code order.
    const QMap<QString, MetaRow> fresh = fixtureSchemaMeta(target);
    ExpectedMeta e;
    e.afterUp = before;
    e.afterFinish = before;
    for (auto it = fresh.begin(); it != fresh.end(); ++it) {
        const QString &sub = it.key();
        const std::optional<MetaRow> old = before.contains(sub) ? std::optional<MetaRow>(before.value(sub)) : std::nullopt;
        const QStringList done = old && old->executed ? *old->executed : QStringList();
        QStringList atUp, atFinish;
        for (const QString &m : it->executed.value_or(QStringList()))
            if (!done.contains(m))
                (hasTeardown(sub, m) ? atFinish : atUp) << m;
        if (atUp.isEmpty() && atFinish.isEmpty())
            continue;
        MetaRow up = old.value_or(MetaRow{});
        if (!atUp.isEmpty()) {
            up.executed = up.executed.value_or(QStringList()) + atUp;
            up.lastExecuted = atUp.last();
        }
        if (!atFinish.isEmpty())
            up.pending = up.pending.value_or(QStringList()) + atFinish;
        MetaRow fin = up;
        if (!atFinish.isEmpty()) {
            fin.executed = fin.executed.value_or(QStringList()) + atFinish;
            fin.lastExecuted = atFinish.last();
            fin.pending = QStringList();
        }
        e.afterUp.insert(sub, up);
        e.afterFinish.insert(sub, fin);
    }
    return e;
}

} // namespace kuw::test
