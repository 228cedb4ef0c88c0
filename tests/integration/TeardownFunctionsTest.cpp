// SPDX-License-Identifier: GPL-3.0-or-later
// The C++ teardown functions against a real PostgreSQL (resources/migrations/core/FUNCTIONS.md,
// resources/migrations/PLUGIN-FUNCTIONS.md).
#include "migrations/TeardownFunctions.h"
#include "db/PgConnection.h"
#include "migrations/CaCertDigest.h"
#include "support/TestPostgres.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace kuw::core;
using kuw::test::DatabaseTest;

namespace {

const char *kCaCertificates = "CREATE TABLE ca_certificates (id uuid PRIMARY KEY, created_at timestamptz, "
                              "cert text NOT NULL, cert_digest text UNIQUE);";
const char *kPlugins =
    "CREATE TABLE plugins (id uuid PRIMARY KEY, name text NOT NULL, config jsonb NOT NULL, "
    "cache_key text, ws_id uuid);";

QByteArray run(const QString &shellCommand, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("sh"), {QStringLiteral("-c"), shellCommand});
    EXPECT_TRUE(p.waitForFinished(60000)) << qPrintable(shellCommand);
    EXPECT_EQ(p.exitCode(), 0) << qPrintable(shellCommand) << p.readAllStandardError().constData();
    return p.readAllStandardOutput();
}

/// A fresh self-signed certificate made by openssl, and its digest as openssl computes it.
struct TestCert
{
    QByteArray pem;
    QString digest;
};

TestCert makeCert(const QString &cn)
{
    QTemporaryDir dir;
    run(QStringLiteral("openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes "
                       "-keyout key.pem -out cert.pem -days 2 -subj /CN=%1 2>/dev/null")
            .arg(cn),
        dir.path());
    QFile f(dir.filePath(QStringLiteral("cert.pem")));
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    TestCert c;
    c.pem = f.readAll();
    c.digest = QString::fromLatin1(
        run(QStringLiteral("openssl x509 -in cert.pem -outform DER | sha256sum"), dir.path()).left(64));
    return c;
}

class TeardownFunctionsTest : public DatabaseTest
{
  protected:
    Result<qint64> call(const char *function, PgConnection &conn)
    {
        const TeardownFunction *fn = TeardownFunctions::find(QString::fromLatin1(function));
        EXPECT_NE(fn, nullptr) << function;
        return (*fn)(conn, TeardownContext{QStringLiteral("test"), QStringLiteral("test")});
    }
    QString value(PgConnection &conn, const QString &sql, const QVariantList &params = {})
    {
        auto r = conn.exec(sql, params);
        EXPECT_TRUE(r) << qPrintable(r.error().toString());
        return r && r->rows() > 0 ? r->value(0, 0) : QStringLiteral("<no row>");
    }
};

class CaCertDigestTest : public TeardownFunctionsTest
{
};
class AllowDenyRenameTest : public TeardownFunctionsTest
{
};

const QString kId1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString kId2 = QStringLiteral("22222222-2222-4222-8222-222222222222");
const QString kId3 = QStringLiteral("33333333-3333-4333-8333-333333333333");

} // namespace

TEST(CaCertificateDigest, EqualsOpensslDerSha256ForEveryPemShapeKongAccepts)
{
    const TestCert a = makeCert(QStringLiteral("kuw-a"));
    const TestCert b = makeCert(QStringLiteral("kuw-b"));
    ASSERT_EQ(a.digest.size(), 64);
    EXPECT_EQ(caCertificateDigest(a.pem), a.digest);
    EXPECT_EQ(caCertificateDigest("Subject: kuw-a\nsome text\n" + a.pem), a.digest); // text before the block
    EXPECT_EQ(caCertificateDigest(a.pem + b.pem), a.digest);                         // chain: first one only
    EXPECT_EQ(caCertificateDigest(b.pem + a.pem), b.digest);
    EXPECT_EQ(caCertificateDigest(QByteArray(a.pem).replace("\n", "\r\n")), a.digest);
    EXPECT_EQ(caCertificateDigest(QByteArray(a.pem).replace("CERTIFICATE-----", "X509 CERTIFICATE-----")),
              a.digest);
    const QByteArray key = "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n";
    EXPECT_EQ(caCertificateDigest(key + a.pem), a.digest); // other PEM blocks are skipped

    EXPECT_FALSE(caCertificateDigest("not a certificate"));
    EXPECT_FALSE(caCertificateDigest("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"));
    EXPECT_FALSE(caCertificateDigest(a.pem.left(a.pem.indexOf("-----END")))); // unterminated
    EXPECT_FALSE(caCertificateDigest(QByteArray(a.pem).replace("MI", "M!"))); // bad base64
}

TEST_F(CaCertDigestTest, FillsMissingAndWrongDigestsInOneUpdateAndIsIdempotent)
{
    const TestCert a = makeCert(QStringLiteral("kuw-a"));
    const TestCert b = makeCert(QStringLiteral("kuw-b"));
    const TestCert c = makeCert(QStringLiteral("kuw-c"));
    sql(kCaCertificates);
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    ASSERT_TRUE(conn->exec(QStringLiteral("INSERT INTO ca_certificates (id, cert, cert_digest) VALUES "
                                          "($1, $2, NULL), ($3, $4, 'stale'), ($5, $6, $7)"),
                           {kId1, QString::fromLatin1(a.pem + b.pem), kId2, QString::fromLatin1(b.pem), kId3,
                            QString::fromLatin1(c.pem), c.digest}));

    const auto changed = call("core_ca_cert_digest", *conn);
    ASSERT_TRUE(changed) << qPrintable(changed.error().toString());
    EXPECT_EQ(*changed, 2); // the correct row is not written
    const QString byId = QStringLiteral("SELECT cert_digest FROM ca_certificates WHERE id = $1");
    EXPECT_EQ(value(*conn, byId, {kId1}), a.digest);
    EXPECT_EQ(value(*conn, byId, {kId2}), b.digest);
    EXPECT_EQ(value(*conn, byId, {kId3}), c.digest);

    const auto again = call("core_ca_cert_digest", *conn);
    ASSERT_TRUE(again);
    EXPECT_EQ(*again, 0);
}

TEST_F(CaCertDigestTest, EmptyTableIsANoOp)
{
    sql(kCaCertificates);
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    const auto changed = call("core_ca_cert_digest", *conn);
    ASSERT_TRUE(changed) << qPrintable(changed.error().toString());
    EXPECT_EQ(*changed, 0);
}

TEST_F(CaCertDigestTest, UnparsableCertificateFailsNamingTheRowAndWritesNothing)
{
    const TestCert a = makeCert(QStringLiteral("kuw-a"));
    sql(kCaCertificates);
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    ASSERT_TRUE(
        conn->exec(QStringLiteral("INSERT INTO ca_certificates (id, cert) VALUES ($1, $2), ($3, 'junk')"),
                   {kId1, QString::fromLatin1(a.pem), kId2}));
    const auto changed = call("core_ca_cert_digest", *conn);
    ASSERT_FALSE(changed);
    EXPECT_EQ(changed.error().message, "cannot create digest value of certificate with id: " + kId2);
    EXPECT_EQ(value(*conn, QStringLiteral("SELECT count(*) FROM ca_certificates WHERE cert_digest IS NULL")),
              "2");
}

TEST_F(CaCertDigestTest, SameCertificateTwiceNamesBothRows)
{
    const TestCert a = makeCert(QStringLiteral("kuw-a"));
    const TestCert b = makeCert(QStringLiteral("kuw-b"));
    sql(kCaCertificates);
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    ASSERT_TRUE(conn->exec(QStringLiteral("INSERT INTO ca_certificates (id, cert) VALUES ($1, $2), ($3, $4)"),
                           {kId1, QString::fromLatin1(a.pem), kId2, QString::fromLatin1(a.pem + b.pem)}));
    const auto changed = call("core_ca_cert_digest", *conn);
    ASSERT_FALSE(changed);
    EXPECT_TRUE(changed.error().message.contains(kId1)) << qPrintable(changed.error().message);
    EXPECT_TRUE(changed.error().message.contains(kId2)) << qPrintable(changed.error().message);
    EXPECT_EQ(changed.error().sqlState, "23505");
}

TEST_F(AllowDenyRenameTest, RewritesEveryRowOfItsPluginOnlyAsKongDoes)
{
    sql(kPlugins);
    sql("INSERT INTO plugins (id, name, config, cache_key) VALUES "
        "('11111111-1111-4111-8111-111111111111', 'bot-detection', "
        "  '{\"whitelist\": [], \"blacklist\": [\"badbot\", \"evil/1.0\"]}', 'ck1'),"
        "('22222222-2222-4222-8222-222222222222', 'acl', "
        "  '{\"whitelist\": [\"admins\"], \"blacklist\": null, \"hide_groups_header\": false}', 'ck2'),"
        "('33333333-3333-4333-8333-333333333333', 'ip-restriction', "
        "  '{\"whitelist\": null, \"blacklist\": [\"10.0.0.0/8\"]}', 'ck3'),"
        "('44444444-4444-4444-8444-444444444444', 'acl', '{\"allow\": [\"admins\"], \"deny\": null, "
        "  \"hide_groups_header\": false}', 'ck4'),"
        "('55555555-5555-4555-8555-555555555555', 'ACL', '{\"whitelist\": []}', 'ck5'),"
        "('66666666-6666-4666-8666-666666666666', 'key-auth', '{\"key_names\": []}', 'ck6')");
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    const QString equals = QStringLiteral("SELECT config = $2::jsonb FROM plugins WHERE id = $1");

    for (const char *fn : {"acl_config_allow_deny_rename", "bot_detection_config_allow_deny_rename",
                           "ip_restriction_config_allow_deny_rename"}) {
        const auto n = call(fn, *conn);
        ASSERT_TRUE(n) << fn << ": " << qPrintable(n.error().toString());
        EXPECT_EQ(*n, QByteArray(fn).startsWith("acl") ? 2 : 1) << fn; // Kong writes every matching row
    }
    EXPECT_EQ(value(*conn, equals, {kId1, R"({"allow": {}, "deny": ["badbot", "evil/1.0"]})"}), "t");
    EXPECT_EQ(
        value(*conn, equals, {kId2, R"({"allow": ["admins"], "deny": null, "hide_groups_header": false})"}),
        "t");
    EXPECT_EQ(value(*conn, equals, {kId3, R"({"allow": null, "deny": ["10.0.0.0/8"]})"}), "t");
    // A row already in the 2.1 form loses allow/deny (Kong-exact; the engine runs this once).
    EXPECT_EQ(
        value(*conn, equals,
              {QStringLiteral("44444444-4444-4444-8444-444444444444"), R"({"hide_groups_header": false})"}),
        "t");
    // Other names (byte comparison) and other columns are untouched.
    EXPECT_EQ(value(*conn, QStringLiteral("SELECT string_agg(config::text, ' ' ORDER BY id) FROM plugins "
                                          "WHERE name IN ('ACL', 'key-auth')")),
              R"({"whitelist": []} {"key_names": []})");
    EXPECT_EQ(value(*conn, QStringLiteral("SELECT string_agg(cache_key, ',' ORDER BY id) FROM plugins")),
              "ck1,ck2,ck3,ck4,ck5,ck6");

    // Second run on the converted rows: allow and deny disappear.
    ASSERT_TRUE(call("bot_detection_config_allow_deny_rename", *conn));
    EXPECT_EQ(value(*conn, equals, {kId1, "{}"}), "t");
}

TEST_F(AllowDenyRenameTest, ReencodesNumbersAndEmptyArraysLikeLuaCjson)
{
    sql(kPlugins);
    sql("INSERT INTO plugins (id, name, config) VALUES ('11111111-1111-4111-8111-111111111111', 'acl', "
        "'{\"whitelist\": [\"a\"], \"f\": 1.0, \"h\": 2.50, \"n\": 12345678901234567, \"p\": "
        "3.141592653589793, "
        "\"e\": 1e-7, \"z\": -0, \"i\": 12345678901234, \"x\": {\"y\": []}, \"l\": [[], 1.50, null]}')");
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    ASSERT_TRUE(call("acl_config_allow_deny_rename", *conn));
    const QString field = QStringLiteral("SELECT config->>$1 FROM plugins");
    const QList<std::pair<const char *, const char *>> expected{{"f", "1"},
                                                                {"h", "2.5"},
                                                                {"n", "12345678901235000"},
                                                                {"p", "3.1415926535898"},
                                                                {"e", "0.0000001"},
                                                                {"z", "0"},
                                                                {"i", "12345678901234"},
                                                                {"x", R"({"y": {}})"},
                                                                {"l", "[{}, 1.5, null]"},
                                                                {"allow", R"(["a"])"}};
    for (const auto &[key, text] : expected)
        EXPECT_EQ(value(*conn, field, {QString::fromLatin1(key)}), QString::fromUtf8(text)) << key;
    EXPECT_EQ(value(*conn, QStringLiteral("SELECT config ? 'whitelist' FROM plugins")), "f");
}

TEST_F(AllowDenyRenameTest, ScalarConfigOrUnencodableNumberFailsNamingTheRow)
{
    sql(kPlugins);
    sql("INSERT INTO plugins (id, name, config) VALUES "
        "('11111111-1111-4111-8111-111111111111', 'ip-restriction', '{\"whitelist\": []}'),"
        "('22222222-2222-4222-8222-222222222222', 'ip-restriction', '\"oops\"')");
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    auto n = call("ip_restriction_config_allow_deny_rename", *conn);
    ASSERT_FALSE(n);
    EXPECT_TRUE(n.error().message.contains(kId2)) << qPrintable(n.error().message);
    // Nothing written: the UPDATE only runs once every row converted.
    EXPECT_EQ(value(*conn, QStringLiteral("SELECT config::text FROM plugins WHERE id = $1"), {kId1}),
              R"({"whitelist": []})");

    sql("UPDATE plugins SET config = '{\"whitelist\": [], \"n\": 1e400}' WHERE id = "
        "'22222222-2222-4222-8222-222222222222'");
    n = call("ip_restriction_config_allow_deny_rename", *conn);
    ASSERT_FALSE(n);
    EXPECT_TRUE(n.error().message.contains(kId2)) << qPrintable(n.error().message);
}

TEST_F(AllowDenyRenameTest, RunsInTheCallersTransactionWithoutCommitting)
{
    sql(kPlugins);
    sql("INSERT INTO plugins (id, name, config) VALUES "
        "('11111111-1111-4111-8111-111111111111', 'acl', '{\"whitelist\": [\"a\"]}')");
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    ASSERT_TRUE(conn->execScript(QStringLiteral("BEGIN")));
    ASSERT_TRUE(call("acl_config_allow_deny_rename", *conn));
    ASSERT_TRUE(conn->execScript(QStringLiteral("ROLLBACK")));
    EXPECT_EQ(value(*conn, QStringLiteral("SELECT config::text FROM plugins")), R"({"whitelist": ["a"]})");
}

TEST_F(AllowDenyRenameTest, NoMatchingRowsIsANoOp)
{
    sql(kPlugins);
    auto conn = connect();
    ASSERT_NE(conn, nullptr);
    const auto n = call("bot_detection_config_allow_deny_rename", *conn);
    ASSERT_TRUE(n) << qPrintable(n.error().toString());
    EXPECT_EQ(*n, 0);
}
