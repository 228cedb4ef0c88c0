// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSettings.h"

#include <QByteArray>
#include <QList>
#include <QSettings>
#include <QString>

namespace kuw::ui {

/// The wizard's persistent desktop settings: window geometry, language, recent connections.
/** An INI file (~/.config/kong-upgrade-wizard/settings.conf by default) so tests can point it
 *  elsewhere. Passwords are never written: recent connections keep host, port, database,
 *  user, schema and TLS settings only. */
class DesktopSettings
{
public:
    static constexpr int kMaxRecent = 8;

    explicit DesktopSettings(const QString &fileName = defaultFileName());
    static QString defaultFileName();
    QString fileName() const { return m_settings.fileName(); }

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);

    /// "" = follow the system locale; otherwise a code such as "de".
    QString language() const;
    void setLanguage(const QString &code);

    /// Most recent first, without passwords.
    QList<core::ConnectionSettings> recentConnections() const;
    /// Moves (or adds) `settings` to the front; the password is dropped.
    void addRecentConnection(const core::ConnectionSettings &settings);

    void sync() { m_settings.sync(); }

private:
    mutable QSettings m_settings; // reading an array (beginReadArray) is non-const in Qt
};

} // namespace kuw::ui
