// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace kuw::core {

/// A warning about the configuration that does not stop loading (unknown key, …).
struct ConfigWarning
{
    QString file;
    int line = 0;
    QString key;
    QString message;
    QString toString() const;
};

/// Where a value came from, for explaining precedence to the user.
enum class ConfigOrigin { Default, File, Environment, Override };

/// Kong's configuration as Kong itself would resolve it: defaults < file < KONG_* env < overrides.
/** Parsing follows Kong 2.5 (Penlight config + conf_loader): `#`/`;` comment lines, inline
 *  `#` comments (`\#` is a literal `#`), trailing `\` continuations, first `=` splits,
 *  NONE or empty = unset, last duplicate wins. Unlike Kong, malformed values are errors
 *  (Kong reads `pg_ssl = yes` silently as off; we say so instead). */
class KongConfig
{
public:
    struct LoadOptions
    {
        QString confPath;                      ///< -c/--conf; empty = search default paths
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        QHash<QString, QString> overrides;     ///< CLI flags such as --db-timeout
        QStringList searchPaths = {QStringLiteral("/etc/kong/kong.conf"),
                                   QStringLiteral("/etc/kong.conf")};
    };

    /// Defaults only (no file, no environment).
    KongConfig();

    /// Resolve like Kong: explicit file (must exist), else the first default path that exists.
    static Result<KongConfig> load(const LoadOptions &options);
    /// Parse text as if it were the file `fileName`, then apply env and overrides.
    static Result<KongConfig> fromText(const QString &text, const QString &fileName,
                                       const QProcessEnvironment &env = {},
                                       const QHash<QString, QString> &overrides = {});

    /// A copy with `overrides` applied on top (as command-line flags would be).
    Result<KongConfig> withOverrides(const QHash<QString, QString> &overrides) const;

    std::optional<QString> get(const QString &key) const;
    QString string(const QString &key, const QString &fallback = {}) const;
    bool boolean(const QString &key) const;
    qint64 number(const QString &key, qint64 fallback = 0) const;
    QStringList list(const QString &key) const;
    ConfigOrigin origin(const QString &key) const;

    QString sourceFile() const { return m_sourceFile; }
    const QList<ConfigWarning> &warnings() const { return m_warnings; }
    /// Keys with values, sensitive ones masked, for display and reports.
    QList<QPair<QString, QString>> redactedEntries() const;

private:
    Status parseText(const QString &text, const QString &fileName);
    Status applyEnvironment(const QProcessEnvironment &env);
    Status applyOverrides(const QHash<QString, QString> &overrides);
    Status set(const QString &key, const QString &rawValue, ConfigOrigin origin,
               const QString &file, int line);

    QHash<QString, QString> m_values;        ///< present = set; unset keys are absent
    QHash<QString, ConfigOrigin> m_origins;
    QString m_sourceFile;
    QList<ConfigWarning> m_warnings;
};

} // namespace kuw::core
