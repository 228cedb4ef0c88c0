// SPDX-License-Identifier: GPL-3.0-or-later
#include "DesktopSettings.h"

#include <QStandardPaths>

namespace kuw::ui {

namespace {

const QString kGeometry = QStringLiteral("window/geometry");
const QString kLanguage = QStringLiteral("general/language");
const QString kRecent = QStringLiteral("recentConnections");

/// Identity of a connection for de-duplication (not for display: toString() is for that).
QString keyOf(const core::ConnectionSettings &s)
{
    return QStringLiteral("%1|%2|%3|%4|%5").arg(s.host).arg(s.port).arg(s.database, s.user, s.schema);
}

} // namespace

DesktopSettings::DesktopSettings(const QString &fileName) : m_settings(fileName, QSettings::IniFormat) {}

QString DesktopSettings::defaultFileName()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
           + QStringLiteral("/kong-upgrade-wizard/settings.conf");
}

QByteArray DesktopSettings::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void DesktopSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QString DesktopSettings::language() const
{
    return m_settings.value(kLanguage).toString();
}

void DesktopSettings::setLanguage(const QString &code)
{
    m_settings.setValue(kLanguage, code);
}

QList<core::ConnectionSettings> DesktopSettings::recentConnections() const
{
    QList<core::ConnectionSettings> out;
    QSettings &s = m_settings;
    const int n = s.beginReadArray(kRecent);
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        core::ConnectionSettings c;
        c.host = s.value(QStringLiteral("host"), c.host).toString();
        c.port = s.value(QStringLiteral("port"), c.port).toInt();
        c.database = s.value(QStringLiteral("database"), c.database).toString();
        c.user = s.value(QStringLiteral("user"), c.user).toString();
        c.schema = s.value(QStringLiteral("schema")).toString();
        c.ssl = s.value(QStringLiteral("ssl"), false).toBool();
        c.sslVerify = s.value(QStringLiteral("sslVerify"), false).toBool();
        c.sslRootCerts = s.value(QStringLiteral("sslRootCerts")).toStringList();
        c.connectTimeoutMs = s.value(QStringLiteral("timeoutMs"), c.connectTimeoutMs).toInt();
        out.append(c);
    }
    s.endArray();
    return out;
}

void DesktopSettings::addRecentConnection(const core::ConnectionSettings &settings)
{
    QList<core::ConnectionSettings> list = recentConnections();
    list.removeIf([&](const core::ConnectionSettings &c) { return keyOf(c) == keyOf(settings); });
    list.prepend(settings);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.remove(kRecent);
    m_settings.beginWriteArray(kRecent, int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const core::ConnectionSettings &c = list.at(i);
        m_settings.setArrayIndex(i);
        // Deliberately no password (nor anything derived from it).
        m_settings.setValue(QStringLiteral("host"), c.host);
        m_settings.setValue(QStringLiteral("port"), c.port);
        m_settings.setValue(QStringLiteral("database"), c.database);
        m_settings.setValue(QStringLiteral("user"), c.user);
        m_settings.setValue(QStringLiteral("schema"), c.schema);
        m_settings.setValue(QStringLiteral("ssl"), c.ssl);
        m_settings.setValue(QStringLiteral("sslVerify"), c.sslVerify);
        m_settings.setValue(QStringLiteral("sslRootCerts"), c.sslRootCerts);
        m_settings.setValue(QStringLiteral("timeoutMs"), c.connectTimeoutMs);
    }
    m_settings.endArray();
}

} // namespace kuw::ui
