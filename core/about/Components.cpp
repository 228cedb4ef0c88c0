// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/Components.h"

#include <QCoreApplication>
#include <QtGlobal>

#include <libpq-fe.h>

namespace kuw::core {

QString applicationVersion()
{
    return QStringLiteral(KUW_VERSION);
}

QList<Component> linkedComponents()
{
    // libpq reports e.g. 150014 for 15.14 (major * 10000 + minor since PostgreSQL 10).
    const int pq = PQlibVersion();
    const QString pqVersion = QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000);
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only OR GPL-2.0-only OR GPL-3.0-only"),
         QCoreApplication::translate("kuw::core::Components", "Core, GUI, Widgets, Network, Concurrent and the SVG icon plugin"), QStringLiteral("https://www.qt.io/")},
        {QStringLiteral("Qt HTTP Server"), QString::fromLatin1(qVersion()), QStringLiteral("GPL-3.0-only"),
         QCoreApplication::translate("kuw::core::Components", "The simulated Kong node used by the demo and rehearsals"), QStringLiteral("https://doc.qt.io/qt-6/qthttpserver-index.html")},
        {QStringLiteral("libpq"), pqVersion, QStringLiteral("PostgreSQL"),
         QCoreApplication::translate("kuw::core::Components", "PostgreSQL client library: every datastore connection"), QStringLiteral("https://www.postgresql.org/about/licence/")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(KUW_YAML_CPP_VERSION), QStringLiteral("MIT"),
         QCoreApplication::translate("kuw::core::Components", "Reads the embedded migration catalog"), QStringLiteral("https://github.com/jbeder/yaml-cpp")},
    };
}

} // namespace kuw::core
