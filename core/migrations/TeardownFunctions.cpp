// SPDX-License-Identifier: GPL-3.0-or-later
#include "TeardownFunctions.h"

#include "AllowDenyRename.h"
#include "CaCertDigest.h"

#include <QMap>
#include <QStringList>

namespace kuw::core {

namespace {

TeardownFunction allowDenyFor(const QString &plugin)
{
    return [plugin](PgConnection &conn, const TeardownContext &) { return renameAllowDeny(conn, plugin); };
}

const QMap<QString, TeardownFunction> &registry()
{
    static const QMap<QString, TeardownFunction> functions{
        {QStringLiteral("core_ca_cert_digest"),
         [](PgConnection &conn, const TeardownContext &) { return digestCaCertificates(conn); }},
        {QStringLiteral("acl_config_allow_deny_rename"), allowDenyFor(QStringLiteral("acl"))},
        {QStringLiteral("bot_detection_config_allow_deny_rename"),
         allowDenyFor(QStringLiteral("bot-detection"))},
        {QStringLiteral("ip_restriction_config_allow_deny_rename"),
         allowDenyFor(QStringLiteral("ip-restriction"))},
    };
    return functions;
}

} // namespace

const TeardownFunction *TeardownFunctions::find(const QString &name)
{
    const auto &r = registry();
    const auto it = r.constFind(name);
    return it == r.cend() ? nullptr : &it.value();
}

QStringList TeardownFunctions::names()
{
    return registry().keys(); // QMap keeps them sorted
}

} // namespace kuw::core
