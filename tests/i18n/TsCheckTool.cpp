// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-ts-check [--complete] FILE.ts...: prints every translation problem, exit 1 if any.
#include "TsCheck.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList files = QCoreApplication::arguments().mid(1);
    const bool complete = files.removeAll(QStringLiteral("--complete")) > 0;
    if (files.isEmpty()) {
        std::fprintf(stderr, "usage: kuw-ts-check [--complete] FILE.ts...\n");
        return 2;
    }
    int count = 0;
    for (const QString &f : files) {
        for (const QString &p : kuw::test::checkTsFile(f, complete)) {
            std::printf("%s\n", qPrintable(p));
            ++count;
        }
    }
    std::printf("kuw-ts-check: %d problem(s) in %lld file(s)\n", count, static_cast<long long>(files.size()));
    return count ? 1 : 0;
}
