// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kuw::core {

/// How Kong coerces a configuration value (kong/conf_loader's type table, 2.5).
enum class ConfigType { String, Number, Boolean, List, Enum };

/// One configuration key that the wizard understands, with Kong 2.5's default.
struct ConfigKeyInfo
{
    const char *key;
    const char *defaultValue; ///< nullptr = unset (Kong's NONE)
    ConfigType type;
    const char *choices;      ///< for Enum: comma-separated allowed values
    bool sensitive;
};

/// The datastore-related keys with their Kong 2.5 defaults.
const QList<ConfigKeyInfo> &configKeys();
const ConfigKeyInfo *findConfigKey(const QString &key);
/// Every key Kong 2.5's kong.conf knows (used only to tell typos from valid keys we ignore).
bool isKnownKongKey(const QString &key);

} // namespace kuw::core
