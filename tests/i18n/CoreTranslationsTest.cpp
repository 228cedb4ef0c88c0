// SPDX-License-Identifier: GPL-3.0-or-later
// The core's findings, errors and state messages come through Qt's catalog (translations/README.md):
// every text a rich datastore makes the core produce has a translation in each language, with the
// placeholders of its source; the CLI's help follows --lang; Kong's verbatim outputs stay English.
#include "support/CliRunner.h"
#include "support/EngineHarness.h"
#include "support/TestPostgres.h"
#include "i18n/TsCheck.h"

#include "assessment/Assessment.h"
#include "assessment/ReadOnlySession.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "migrations/SchemaState.h"
#include "session/Checkpoints.h"

#include <QCoreApplication>
#include <QTranslator>

using namespace kuw::core;
using kuw::test::DatabaseTest;

namespace {

const QStringList kLanguages{QStringLiteral("de"), QStringLiteral("ja"), QStringLiteral("zh_CN")};

/// Sees every lookup of a kuw::core text and answers none, so the source text is used: the
/// list of what the core asked the catalog for while the scenario ran.
class RecordingTranslator : public QTranslator
{
public:
    struct Lookup
    {
        QByteArray context, source, disambiguation;
    };

    QString translate(const char *context, const char *source, const char *disambiguation, int) const override
    {
        if (QByteArray(context).startsWith("kuw::core::")) {
            const QString key = QString::fromUtf8(context) + QChar(0x1f) + QString::fromUtf8(source)
                + QChar(0x1f) + QString::fromUtf8(disambiguation ? disambiguation : "");
            if (!m_keys.contains(key)) {
                m_keys.insert(key);
                m_seen.append({context, source, disambiguation});
            }
        }
        return {};
    }
    bool isEmpty() const override { return false; }
    const QList<Lookup> &seen() const { return m_seen; }

private:
    mutable QSet<QString> m_keys;
    mutable QList<Lookup> m_seen;
};

/// Installs a translator for the lifetime of the object.
class Installed
{
public:
    explicit Installed(QTranslator *t) : m_t(t) { QCoreApplication::installTranslator(t); }
    ~Installed() { QCoreApplication::removeTranslator(m_t); }

private:
    QTranslator *m_t;
};

} // namespace

class CoreTranslations : public DatabaseTest
{
protected:
    /// A datastore with something wrong in every corner the checks look at.
    void seedRichDatastore()
    {
        Engine::Options o;
        o.plugins = {QStringLiteral("bundled")};
        ASSERT_TRUE(kuw::test::runEngine(settings(), MigrationCommand::Bootstrap, QStringLiteral("2.3.3"), o).ok());
        sql("INSERT INTO schema_meta VALUES ('schema_meta', 'enterprise', '007_1500_to_2100', '{007_1500_to_2100}', '{}');"
            "UPDATE schema_meta SET executed = executed || '{900_custom_build}' WHERE subsystem = 'core';"
            "INSERT INTO clustering_data_planes (id, hostname, ip, config_hash, version, sync_status) VALUES "
            "('d0000000-0000-4000-8000-000000000001', 'dp-eu-1', '10.0.0.11', 'abc', '2.3.3', 'normal'),"
            "('d0000000-0000-4000-8000-000000000002', 'dp-us-1', '10.0.0.12', 'abc', '2.6.0', 'normal');"
            "INSERT INTO plugins (id, name, config, enabled) VALUES "
            "('e0000000-0000-4000-8000-000000000001', 'rate-limiting-advanced', '{\"strategy\": \"cluster\"}', true),"
            "('e0000000-0000-4000-8000-000000000002', 'acme-billing-guard', '{}', true);"
            "INSERT INTO locks (key, owner, ttl) VALUES ('migrations', 'old-runner', now() - interval '1 hour')");
    }

    Assessment assess(const QString &conf, const QString &target)
    {
        auto config = KongConfig::fromText(conf, QStringLiteral("kong.conf"));
        EXPECT_TRUE(config);
        auto paths = UpgradePath::loadEmbedded();
        EXPECT_TRUE(paths);
        AssessmentOptions options;
        options.target = KongVersion::parse(target).value();
        auto conn = openReadOnlySession(settings());
        EXPECT_TRUE(conn) << (conn ? "" : qPrintable(conn.error().toString()));
        if (!conn || !config || !paths)
            return {};
        auto a = runAssessment(conn->get(), *config, kuw::test::catalog(), *paths, options);
        EXPECT_TRUE(a) << (a ? "" : qPrintable(a.error().toString()));
        return a ? *a : Assessment();
    }

    /// Everything the scenario shows a user: findings of two configurations, a refused
    /// connection, the engine's state message, a cutover rule.
    QList<Finding> runScenario()
    {
        QList<Finding> findings = assess(QStringLiteral("role = control_plane\nplugins = bundled,acme-sso\n"),
                                         QStringLiteral("2.5.2"))
                                      .findings;
        findings += assess(QStringLiteral("database = cassandra\n"), QStringLiteral("2.5.2")).findings;
        ConnectionSettings missing = settings();
        missing.database = QStringLiteral("kuw_no_such_database");
        auto refused = PgConnection::open(missing);
        EXPECT_FALSE(refused);
        if (!refused)
            m_errors << refused.error().message << refused.error().remedy;
        SchemaState bootstrap;
        bootstrap.needsBootstrap = true;
        m_errors << bootstrap.summary();
        auto stages = Checkpoints::parseStages(QStringLiteral("10, 5"));
        EXPECT_FALSE(stages);
        if (!stages)
            m_errors << stages.error().message << stages.error().remedy;
        return findings;
    }

    QStringList m_errors;
};

TEST_F(CoreTranslations, EveryTextOfARichDatastoreIsTranslatedWithItsPlaceholders)
{
    seedRichDatastore();
    RecordingTranslator recorder;
    QList<Finding> english;
    {
        Installed on(&recorder);
        english = runScenario();
    }
    QStringList ids;
    for (const Finding &f : english)
        ids << f.id;
    for (const char *id : {"migrations.unknown_subsystems", "migrations.unknown", "hybrid.control_plane",
                           "hybrid.rla_cluster_strategy", "plugins.in_use_not_enabled", "plugins.custom", "lock.stale",
                           "datastore.cassandra"})
        EXPECT_TRUE(ids.contains(QLatin1String(id))) << id << " not produced; got " << qPrintable(ids.join(", "));
    ASSERT_GE(recorder.seen().size(), 30) << "the scenario should reach most of the core's texts";

    for (const QString &lang : kLanguages) {
        QTranslator qm;
        ASSERT_TRUE(qm.load(QStringLiteral(":/i18n/kuw_%1.qm").arg(lang))) << qPrintable(lang);
        for (const RecordingTranslator::Lookup &l : recorder.seen()) {
            const QString source = QString::fromUtf8(l.source);
            const int n = source.contains(QLatin1String("%n")) ? 2 : -1;
            const QString t = qm.translate(l.context.constData(), l.source.constData(),
                                           l.disambiguation.isEmpty() ? nullptr : l.disambiguation.constData(), n);
            EXPECT_FALSE(t.isEmpty()) << qPrintable(lang) << ": no translation in " << l.context.constData() << " of \""
                                      << l.source.constData() << '"';
            if (!t.isEmpty()) {
                EXPECT_EQ(kuw::test::placeholders(t), kuw::test::placeholders(source))
                    << qPrintable(lang) << ": \"" << qPrintable(t) << "\" for \"" << l.source.constData() << '"';
            }
        }
    }
}

TEST_F(CoreTranslations, FindingsAndErrorsAreShownInTheChosenLanguage)
{
    seedRichDatastore();
    const QList<Finding> english = runScenario();
    const QStringList englishErrors = m_errors;
    m_errors.clear();
    QTranslator german;
    ASSERT_TRUE(german.load(QStringLiteral(":/i18n/kuw_de.qm")));
    QList<Finding> translated;
    {
        Installed on(&german);
        translated = runScenario();
    }
    ASSERT_EQ(translated.size(), english.size());
    ASSERT_FALSE(english.isEmpty());
    for (qsizetype i = 0; i < english.size(); ++i) {
        const Finding &e = english.at(i), &d = translated.at(i);
        EXPECT_EQ(d.id, e.id) << "ids stay stable in every language";
        EXPECT_NE(d.title, e.title) << qPrintable(e.id) << ": title not translated: " << qPrintable(d.title);
        if (!e.remedy.isEmpty()) {
            EXPECT_NE(d.remedy, e.remedy) << qPrintable(e.id) << ": remedy not translated: " << qPrintable(d.remedy);
        }
    }
    ASSERT_EQ(m_errors.size(), englishErrors.size());
    for (qsizetype i = 0; i < m_errors.size(); ++i)
        EXPECT_NE(m_errors.at(i), englishErrors.at(i)) << qPrintable(m_errors.at(i));
    EXPECT_TRUE(m_errors.join(QLatin1Char('\n')).contains(QLatin1String("kuw_no_such_database")))
        << "the data (the database name) is kept in the translated error";

    // Kong's own words stay verbatim where the tool prints them as Kong does.
    SchemaState bootstrap;
    bootstrap.needsBootstrap = true;
    Installed on(&german);
    EXPECT_TRUE(bootstrap.kongSummary().startsWith(QLatin1String("Database needs bootstrapping or is older than Kong 1.0.")));
    EXPECT_FALSE(bootstrap.summary().startsWith(QLatin1String("Database needs bootstrapping")));
}

TEST_F(CoreTranslations, CliHelpAndMessagesFollowLang)
{
    const QProcessEnvironment env = kuw::test::kongEnvFor(m_db);
    const kuw::test::CliRun de = kuw::test::runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--help")}, env);
    EXPECT_EQ(de.exitCode, 0);
    EXPECT_TRUE(de.out.contains(QStringLiteral("Verwendung: kong-upgrade BEFEHL [OPTIONEN]"))) << qPrintable(de.out);
    EXPECT_TRUE(de.out.contains(QStringLiteral("Exit-Codes"))) << qPrintable(de.out);
    EXPECT_FALSE(de.out.contains(QStringLiteral("Usage:")));

    const kuw::test::CliRun ja = kuw::test::runCli({QStringLiteral("--lang=ja"), QStringLiteral("check"), QStringLiteral("--help")}, env);
    EXPECT_EQ(ja.exitCode, 0);
    EXPECT_TRUE(ja.out.contains(QStringLiteral("プリフライト"))) << qPrintable(ja.out);

    const kuw::test::CliRun en = kuw::test::runCli({QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")}, env);
    EXPECT_TRUE(en.out.startsWith(QStringLiteral("Usage: kong-upgrade COMMAND [OPTIONS]"))) << qPrintable(en.out);

    // A connection error in German, with the database name kept.
    QProcessEnvironment missing = env;
    missing.insert(QStringLiteral("KONG_PG_DATABASE"), QStringLiteral("kuw_no_such_database"));
    const kuw::test::CliRun status = kuw::test::runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("status")}, missing);
    EXPECT_NE(status.exitCode, 0);
    EXPECT_TRUE(status.err.contains(QStringLiteral("Datenbank \"kuw_no_such_database\" existiert nicht"))) << qPrintable(status.err);

    // `migrations list` prints Kong's state message verbatim, whatever the language.
    const kuw::test::CliRun list = kuw::test::runCli({QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("migrations"), QStringLiteral("list")}, env);
    EXPECT_EQ(list.exitCode, 3);
    EXPECT_TRUE(list.out.contains(QStringLiteral("Database needs bootstrapping or is older than Kong 1.0."))) << qPrintable(list.out);
}
