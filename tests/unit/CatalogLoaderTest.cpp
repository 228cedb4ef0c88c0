// SPDX-License-Identifier: GPL-3.0-or-later
// The loader's strictness, on small catalogs written to a temporary directory: every error
// names file:line:column and the field.
#include "migrations/Catalog.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace kuw::core;

namespace {

const char *kVersions = "oss:\n"
                        "  - 1.0.0\n"
                        "  - 2.0.0\n";
const char *kCoreSubsystem = "subsystem: core\n"
                             "migrations:\n"
                             "  - name: 000_base\n"
                             "    since: 1.0.0\n"
                             "  - name: 001_next\n"
                             "    since: 2.0.0\n";
const char *kCoreBase = "revisions:\n"
                        "  - since: 1.0.0\n"
                        "    up: |\n"
                        "      CREATE TABLE t (id int);\n"
                        "    teardown:\n"
                        "      - description: Fill t\n"
                        "        sql: UPDATE t SET id = 1;\n";
const char *kCoreNext = "revisions:\n"
                        "  - since: 2.0.0\n"
                        "    up: ''\n"
                        "    teardown: []\n";
const char *kAclSubsystem = "subsystem: acl\n"
                            "bundled_since: 1.0.0\n"
                            "migrations:\n"
                            "  - name: 000_base_acl\n"
                            "    since: 1.0.0\n";
const char *kAclBase = "revisions:\n"
                       "  - since: 1.0.0\n"
                       "    up: ''\n"
                       "    teardown:\n"
                       "      - description: Rename the lists\n"
                       "        function: acl_config_allow_deny_rename\n";

class CatalogLoader : public ::testing::Test
{
  protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        write("versions.yaml", kVersions);
        write("core/subsystem.yaml", kCoreSubsystem);
        write("core/000_base.yaml", kCoreBase);
        write("core/001_next.yaml", kCoreNext);
        write("acl/subsystem.yaml", kAclSubsystem);
        write("acl/000_base_acl.yaml", kAclBase);
    }

    void write(const QString &rel, const QByteArray &text)
    {
        const QString path = m_dir.filePath(rel);
        QDir().mkpath(QFileInfo(path).path());
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text);
    }

    /// Loads and expects a Config error at rel:line naming `field` and saying `problem`.
    void expectError(const QString &rel, int line, const QString &field, const QString &problem)
    {
        const auto loaded = Catalog::loadDirectory(m_dir.path());
        ASSERT_FALSE(loaded) << "loaded despite the error in " << qPrintable(rel);
        const Error &e = loaded.error();
        EXPECT_EQ(e.kind, ErrorKind::Config);
        const QString where = QStringLiteral("%1:%2:").arg(QDir::cleanPath(m_dir.filePath(rel))).arg(line);
        EXPECT_TRUE(e.message.startsWith(where))
            << qPrintable(e.message) << "\nexpected at " << qPrintable(where);
        EXPECT_TRUE(e.message.contains(field + QStringLiteral(": "))) << qPrintable(e.message);
        EXPECT_TRUE(e.message.contains(problem)) << qPrintable(e.message);
        EXPECT_FALSE(e.remedy.isEmpty());
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(CatalogLoader, LoadsAValidCatalog)
{
    const auto loaded = Catalog::loadDirectory(m_dir.path());
    ASSERT_TRUE(loaded) << qPrintable(loaded.error().toString());
    ASSERT_EQ(loaded->subsystems().size(), 2);
    const SubsystemEntry *core = loaded->subsystem("core");
    ASSERT_NE(core, nullptr);
    const MigrationRevision &base = core->migrations[0].revisions[0];
    EXPECT_EQ(base.up, "CREATE TABLE t (id int);\n");
    EXPECT_TRUE(base.hasTeardown);
    ASSERT_EQ(base.teardown.size(), 1);
    EXPECT_EQ(base.teardown[0].sql, "UPDATE t SET id = 1;");
    const MigrationRevision &next = core->migrations[1].revisions[0];
    EXPECT_TRUE(next.hasTeardown); // an empty teardown list still makes Kong record it pending
    EXPECT_TRUE(next.teardown.isEmpty());
    EXPECT_EQ(loaded->subsystem("acl")->migrations[0].revisions[0].teardown[0].function,
              "acl_config_allow_deny_rename");
    EXPECT_EQ(loaded->bundledPlugins(KongVersion::parse("1.0.0").value()), QStringList{"acl"});
}

TEST_F(CatalogLoader, MissingDirectoryIsAConfigError)
{
    const auto loaded = Catalog::loadDirectory(m_dir.filePath("nope"));
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().kind, ErrorKind::Config);
    EXPECT_TRUE(loaded.error().message.contains("nope"));
}

TEST_F(CatalogLoader, UnknownKey)
{
    write("core/000_base.yaml", QByteArray(kCoreBase).replace("    teardown:", "    tear_down:"));
    expectError("core/000_base.yaml", 5, "revisions[0].tear_down", "unknown key");
}

TEST_F(CatalogLoader, DuplicateKey)
{
    write("acl/subsystem.yaml", QByteArray(kAclSubsystem) + "bundled_since: 2.0.0\n");
    expectError("acl/subsystem.yaml", 6, "bundled_since", "duplicate key");
}

TEST_F(CatalogLoader, VersionNotAKnownRelease)
{
    write("core/subsystem.yaml", QByteArray(kCoreSubsystem).replace("since: 1.0.0", "since: 1.5.0"));
    expectError("core/subsystem.yaml", 4, "migrations[0].since", "not a release listed in versions.yaml");
}

TEST_F(CatalogLoader, VersionThatDoesNotParse)
{
    write("versions.yaml", "oss:\n  - 1.0.0\n  - 2.x\n");
    expectError("versions.yaml", 3, "oss[1]", "not an OSS release");
}

TEST_F(CatalogLoader, ReleasesOutOfOrder)
{
    write("versions.yaml", "oss:\n  - 2.0.0\n  - 1.0.0\n");
    expectError("versions.yaml", 3, "oss[1]", "not newer");
}

TEST_F(CatalogLoader, ListedMigrationWithoutFile)
{
    write("core/subsystem.yaml", QByteArray(kCoreSubsystem) + "  - name: 002_gone\n    since: 2.0.0\n");
    expectError("core/subsystem.yaml", 7, "migrations[2].name", "no file 002_gone.yaml");
}

TEST_F(CatalogLoader, MigrationFileNotListed)
{
    write("core/099_orphan.yaml", kCoreNext);
    expectError("core/subsystem.yaml", 3, "migrations", "does not list 099_orphan.yaml");
}

TEST_F(CatalogLoader, SubsystemNameDiffersFromDirectory)
{
    write("acl/subsystem.yaml", QByteArray(kAclSubsystem).replace("subsystem: acl", "subsystem: acls"));
    expectError("acl/subsystem.yaml", 1, "subsystem", "does not match its directory");
}

TEST_F(CatalogLoader, RevisionsWithTheSameSince)
{
    write("core/000_base.yaml",
          QByteArray(kCoreBase) + "  - since: 2.0.0\n    up: ''\n  - since: 2.0.0\n    up: ''\n");
    expectError("core/000_base.yaml", 10, "revisions[2].since", "distinct `since`");
}

TEST_F(CatalogLoader, OldestRevisionNewerThanTheMigration)
{
    write("core/000_base.yaml", QByteArray(kCoreBase).replace("since: 1.0.0", "since: 2.0.0"));
    expectError("core/000_base.yaml", 2, "revisions[0].since", "oldest revision is newer");
}

TEST_F(CatalogLoader, MissingUp)
{
    write("core/001_next.yaml", "revisions:\n  - since: 2.0.0\n    teardown: []\n");
    expectError("core/001_next.yaml", 2, "revisions[0].up", "missing");
}

TEST_F(CatalogLoader, NullTeardown)
{
    write("core/001_next.yaml", "revisions:\n  - since: 2.0.0\n    up: ''\n    teardown:\n");
    expectError("core/001_next.yaml", 4, "revisions[0].teardown", "has no value");
}

TEST_F(CatalogLoader, TeardownThatIsNoList)
{
    write("core/001_next.yaml", "revisions:\n  - since: 2.0.0\n    up: ''\n    teardown: nothing\n");
    expectError("core/001_next.yaml", 4, "revisions[0].teardown", "must be a list of steps");
}

TEST_F(CatalogLoader, SinceWithoutValue)
{
    write("core/subsystem.yaml", QByteArray(kCoreSubsystem).replace("since: 2.0.0", "since:"));
    expectError("core/subsystem.yaml", 6, "migrations[1].since", "has no value");
}

TEST_F(CatalogLoader, StepWithBothSqlAndFunction)
{
    write("core/000_base.yaml", QByteArray(kCoreBase) + "        function: core_ca_cert_digest\n");
    expectError("core/000_base.yaml", 6, "revisions[0].teardown[0]", "exactly one of `sql` and `function`");
}

TEST_F(CatalogLoader, StepWithNeitherSqlNorFunction)
{
    write("core/000_base.yaml", QByteArray(kCoreBase).replace("        sql: UPDATE t SET id = 1;\n", ""));
    expectError("core/000_base.yaml", 6, "revisions[0].teardown[0]", "exactly one of `sql` and `function`");
}

TEST_F(CatalogLoader, StepWithEmptyDescription)
{
    write("core/000_base.yaml", QByteArray(kCoreBase).replace("description: Fill t", "description: ''"));
    expectError("core/000_base.yaml", 6, "revisions[0].teardown[0].description", "one non-empty line");
}

TEST_F(CatalogLoader, UnknownTeardownFunction)
{
    write("acl/000_base_acl.yaml",
          QByteArray(kAclBase).replace("acl_config_allow_deny_rename", "acl_config_allow_deny_renam"));
    expectError("acl/000_base_acl.yaml", 6, "revisions[0].teardown[0].function",
                "no teardown function named 'acl_config_allow_deny_renam'");
}

TEST_F(CatalogLoader, BundledSinceOnCore)
{
    write("core/subsystem.yaml", QByteArray(kCoreSubsystem) + "bundled_since: 1.0.0\n");
    expectError("core/subsystem.yaml", 7, "bundled_since", "only plugins");
}

TEST_F(CatalogLoader, RemovedNotAfterSince)
{
    write("core/subsystem.yaml", QByteArray(kCoreSubsystem) + "    removed: 2.0.0\n");
    expectError("core/subsystem.yaml", 7, "migrations[1].removed", "must be newer than `since`");
}

TEST_F(CatalogLoader, YamlSyntaxError)
{
    write("core/001_next.yaml", "revisions:\n  - since: 2.0.0\n    up: [unclosed\n");
    const auto loaded = Catalog::loadDirectory(m_dir.path());
    ASSERT_FALSE(loaded);
    EXPECT_EQ(loaded.error().kind, ErrorKind::Config);
    EXPECT_TRUE(
        loaded.error().message.contains(QRegularExpression(R"(core/001_next\.yaml:\d+:\d+: invalid YAML)")))
        << qPrintable(loaded.error().message);
}

// `parts`: a teardown sub-step the engine may spread over concurrent transactions.
namespace {
QByteArray coreBaseWithParts(const char *partsLine, const char *where)
{
    return QByteArray(kCoreBase).replace("        sql: UPDATE t SET id = 1;\n",
                                         QByteArray(partsLine) + "        sql: UPDATE t SET id = 1 WHERE " + where + ";\n");
}
} // namespace

TEST_F(CatalogLoader, PartsKeepThePlaceholderForTheEngineAndTrueForEveryoneElse)
{
    write("core/000_base.yaml", coreBaseWithParts("        parts: 2\n", "id > 0 AND {{part:id}}"));
    const auto loaded = Catalog::loadDirectory(m_dir.path());
    ASSERT_TRUE(loaded) << qPrintable(loaded.error().toString());
    const TeardownStep &t = loaded->subsystem("core")->migrations[0].revisions[0].teardown[0];
    EXPECT_EQ(t.parts, 2);
    EXPECT_EQ(t.partKey, "id");
    EXPECT_EQ(t.sql, "UPDATE t SET id = 1 WHERE id > 0 AND TRUE;");
    EXPECT_EQ(t.partSql, "UPDATE t SET id = 1 WHERE id > 0 AND {{part:id}};");
}

TEST_F(CatalogLoader, PlaceholderWithoutParts)
{
    write("core/000_base.yaml", coreBaseWithParts("", "{{part:id}}"));
    expectError("core/000_base.yaml", 7, "revisions[0].teardown[0].sql", "no `parts`");
}

TEST_F(CatalogLoader, PartsWithoutPlaceholder)
{
    write("core/000_base.yaml", coreBaseWithParts("        parts: 2\n", "id > 0"));
    expectError("core/000_base.yaml", 8, "revisions[0].teardown[0].sql", "exactly one {{part:COLUMN}}");
}

TEST_F(CatalogLoader, PartsOutOfRange)
{
    write("core/000_base.yaml", coreBaseWithParts("        parts: 1\n", "{{part:id}}"));
    expectError("core/000_base.yaml", 7, "revisions[0].teardown[0].parts", "from 2 to 8");
}

TEST_F(CatalogLoader, PartsOnALaterStep)
{
    write("core/000_base.yaml", QByteArray(kCoreBase) + "      - description: More\n"
                                                        "        parts: 2\n"
                                                        "        sql: UPDATE t SET id = 2 WHERE {{part:id}};\n");
    expectError("core/000_base.yaml", 9, "revisions[0].teardown[1].parts", "first teardown step only");
}
