// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionSettings.h"

#include "config/KongConfig.h"
#include "util/Redactor.h"

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Connection)
};
} // namespace

Result<ConnectionSettings> ConnectionSettings::fromConfig(const KongConfig &config)
{
    const QString database = config.string(QStringLiteral("database"), QStringLiteral("postgres"));
    if (database == QLatin1String("cassandra")) {
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("This configuration uses a Cassandra datastore (database = cassandra)."),
                           Text::tr("Cassandra datastores are upgraded through the export/import "
                                          "path (new keyspace, kong config db_export / db_import)."));
    }
    if (database == QLatin1String("off")) {
        return Error::make(ErrorKind::Unsupported,
                           Text::tr("DB-less mode has no datastore to migrate (database = off)."),
                           Text::tr("Upgrade DB-less nodes by rolling them to the new version with "
                                          "their declarative configuration."));
    }
    ConnectionSettings s;
    s.host = config.string(QStringLiteral("pg_host"), s.host);
    s.port = int(config.number(QStringLiteral("pg_port"), s.port));
    s.database = config.string(QStringLiteral("pg_database"), s.database);
    s.user = config.string(QStringLiteral("pg_user"), s.user);
    s.password = config.string(QStringLiteral("pg_password"));
    s.schema = config.string(QStringLiteral("pg_schema"));
    s.connectTimeoutMs = int(config.number(QStringLiteral("pg_timeout"), s.connectTimeoutMs));
    s.ssl = config.boolean(QStringLiteral("pg_ssl"));
    s.sslVerify = config.boolean(QStringLiteral("pg_ssl_verify"));
    s.sslRootCerts = config.list(QStringLiteral("lua_ssl_trusted_certificate"));
    Redactor::addSecret(s.password);
    return s;
}

QString ConnectionSettings::sslMode() const
{
    if (!sslModeOverride.isEmpty())
        return sslModeOverride;
    if (!ssl)
        return QStringLiteral("disable");
    return sslVerify ? QStringLiteral("verify-full") : QStringLiteral("require");
}

QString ConnectionSettings::toString() const
{
    QString s = QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
    if (!schema.isEmpty())
        s += QStringLiteral(" schema %1").arg(schema);
    s += QStringLiteral(" (ssl: %1)").arg(sslMode());
    return s;
}

} // namespace kuw::core
