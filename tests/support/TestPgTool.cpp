// SPDX-License-Identifier: GPL-3.0-or-later
// kuw-test-pg start|stop STATEFILE — the CTest fixture that runs one scratch PostgreSQL for
// the whole test run and writes its socket directory and port to STATEFILE.
#include "sandbox/ScratchPostgres.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        fprintf(stderr, "usage: kuw-test-pg start|stop STATEFILE\n");
        return 2;
    }
    QFile state(args.at(2));
    if (args.at(1) == QLatin1String("start")) {
        if (state.open(QIODevice::ReadOnly)) { // a previous run died without cleanup
            const QString old = QString::fromUtf8(state.readLine()).trimmed();
            state.close();
            kuw::core::ScratchPostgres::stopDirectory(old);
        }
        auto pg = kuw::core::ScratchPostgres::start();
        if (!pg) {
            fprintf(stderr, "%s\n", qPrintable(pg.error().toString()));
            return 1;
        }
        if (!state.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 1;
        state.write(QStringLiteral("%1\n%2\n").arg((*pg)->directory()).arg((*pg)->port()).toUtf8());
        printf("scratch PostgreSQL for tests: %s port %d\n", qPrintable((*pg)->directory()), (*pg)->port());
        (*pg)->release();
        return 0;
    }
    if (args.at(1) == QLatin1String("stop")) {
        if (!state.open(QIODevice::ReadOnly))
            return 0;
        const QString dir = QString::fromUtf8(state.readLine()).trimmed();
        state.close();
        state.remove();
        const kuw::core::Status s = kuw::core::ScratchPostgres::stopDirectory(dir);
        if (!s)
            fprintf(stderr, "%s\n", qPrintable(s.error().toString()));
        printf("scratch PostgreSQL stopped and removed: %s\n", qPrintable(dir));
        return s ? 0 : 1;
    }
    fprintf(stderr, "usage: kuw-test-pg start|stop STATEFILE\n");
    return 2;
}
