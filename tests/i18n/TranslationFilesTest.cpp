// SPDX-License-Identifier: GPL-3.0-or-later
// The .ts checker on a crafted file (it must catch each kind of problem), and the project's
// own .ts files (placeholders and obsolete entries always; completeness when the build has
// KUW_REQUIRE_COMPLETE_TRANSLATIONS=ON).
#include "i18n/TsCheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <gtest/gtest.h>

using kuw::test::checkTsFile;

namespace {

int countMatching(const QStringList &problems, const QString &needle)
{
    return static_cast<int>(std::count_if(problems.cbegin(), problems.cend(),
                                          [&](const QString &p) { return p.contains(needle); }));
}

} // namespace

TEST(TranslationCheck, FindsDroppedAddedPlaceholdersAndObsoleteEntries)
{
    const QString sample = QStringLiteral(KUW_TEST_DATA_DIR "/ts/sample_de.ts");
    const QStringList problems = checkTsFile(sample, /*requireComplete=*/false);
    EXPECT_EQ(countMatching(problems, QStringLiteral("placeholders differ")), 3) << problems.join(u'\n').toStdString();
    EXPECT_EQ(countMatching(problems, QStringLiteral("\"Connected to %1 as %2\"")), 1);  // drops %2
    EXPECT_EQ(countMatching(problems, QStringLiteral("\"Value %L1\"")), 1);             // adds %3
    EXPECT_EQ(countMatching(problems, QStringLiteral("\"%n finding(s)\"")), 1);         // a plural form drops %n
    EXPECT_EQ(countMatching(problems, QStringLiteral("\"Copied %1 of %2\"")), 0);       // reordering is fine
    EXPECT_EQ(countMatching(problems, QStringLiteral("vanished entry")), 1);
    EXPECT_EQ(countMatching(problems, QStringLiteral("unfinished")), 0);
    EXPECT_TRUE(problems.first().startsWith(sample + QStringLiteral(":7:"))) << problems.first().toStdString();
}

TEST(TranslationCheck, CompletenessModeReportsUnfinishedEntries)
{
    const QStringList problems = checkTsFile(QStringLiteral(KUW_TEST_DATA_DIR "/ts/sample_de.ts"), true);
    EXPECT_EQ(countMatching(problems, QStringLiteral("\"Ready\": unfinished translation")), 1);
}

TEST(TranslationCheck, MissingFileAndBrokenXmlAreProblems)
{
    EXPECT_EQ(checkTsFile(QStringLiteral("/nonexistent/kuw_xx.ts"), false).size(), 1);
    const QString broken = QDir::temp().filePath(QStringLiteral("kuw-broken-%1.ts").arg(QCoreApplication::applicationPid()));
    QFile f(broken);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write("<TS><context><name>X</name><message><source>a</source>");
    f.close();
    const QStringList problems = checkTsFile(broken, false);
    QFile::remove(broken);
    EXPECT_EQ(countMatching(problems, QStringLiteral("invalid XML")), 1);
}

TEST(TranslationFiles, ProjectFilesKeepPlaceholdersAndHaveNoObsoleteEntries)
{
    const QStringList files = QDir(QStringLiteral(KUW_TRANSLATIONS_DIR)).entryList({QStringLiteral("kuw_*.ts")}, QDir::Files);
    ASSERT_GE(files.size(), 3) << "expected kuw_de.ts, kuw_ja.ts and kuw_zh_CN.ts in " KUW_TRANSLATIONS_DIR;
    for (const QString &f : files) {
        const QStringList problems = checkTsFile(QStringLiteral(KUW_TRANSLATIONS_DIR "/") + f, KUW_REQUIRE_COMPLETE);
        EXPECT_TRUE(problems.isEmpty()) << problems.join(u'\n').toStdString();
    }
}
