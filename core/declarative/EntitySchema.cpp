// SPDX-License-Identifier: GPL-3.0-or-later
// Kong 2.5 entity schemas as db_export/db_import see them, derived from Kong 2.5.x
// kong/db/schema/entities/*.lua, the bundled plugins' daos.lua and the 2.5 table layout.
#include "EntitySchema.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace kuw::core::declarative {
namespace {

using T = FieldType;

FieldDef f(const char *name, T type, bool required = false, const char *def = "", bool unique = false)
{
    return FieldDef{QString::fromLatin1(name), type, required, unique, {}, QString::fromLatin1(def)};
}
FieldDef uniq(const char *name, bool required = false)
{
    return f(name, T::String, required, "", true);
}
FieldDef fk(const char *name, const char *reference, bool required = false)
{
    FieldDef d = f(name, T::Foreign, required);
    d.reference = QString::fromLatin1(reference);
    return d;
}
FieldDef id() { return f("id", T::Uuid, true); }
FieldDef createdAt() { return f("created_at", T::TimestampS); }
FieldDef tags() { return f("tags", T::StringArray); }

EntityDef entity(const char *name, QList<FieldDef> fields, QStringList cacheKey = {}, bool workspaceable = true)
{
    EntityDef e;
    e.name = QString::fromLatin1(name);
    e.primaryKey = QStringLiteral("id");
    e.workspaceable = workspaceable;
    e.cacheKey = std::move(cacheKey);
    e.fields = std::move(fields);
    return e;
}

QList<EntityDef> unsortedEntities()
{
    QList<EntityDef> all;
    // core (kong/db/schema/entities)
    all << entity("consumers", {id(), createdAt(), uniq("username"), uniq("custom_id"), tags()});
    all << entity("certificates", {id(), createdAt(), f("cert", T::String, true), f("key", T::String, true),
                                   f("cert_alt", T::String), f("key_alt", T::String), tags()});
    all << entity("services",
                  {id(), createdAt(), f("updated_at", T::TimestampS), uniq("name"), f("retries", T::Integer, false, "5"),
                   f("protocol", T::String, true, "\"http\""), f("host", T::String, true),
                   f("port", T::Integer, true, "80"), f("path", T::String),
                   f("connect_timeout", T::Integer, false, "60000"), f("write_timeout", T::Integer, false, "60000"),
                   f("read_timeout", T::Integer, false, "60000"), tags(), fk("client_certificate", "certificates"),
                   f("tls_verify", T::Boolean), f("tls_verify_depth", T::Integer), f("ca_certificates", T::UuidArray)});
    all << entity("routes",
                  {id(), createdAt(), f("updated_at", T::TimestampS), uniq("name"),
                   f("protocols", T::StringArray, true, R"(["http","https"])"), f("methods", T::StringArray),
                   f("hosts", T::StringArray), f("paths", T::StringArray), f("headers", T::Json),
                   f("https_redirect_status_code", T::Integer, true, "426"), f("regex_priority", T::Integer, false, "0"),
                   f("strip_path", T::Boolean, true, "true"), f("path_handling", T::String, false, "\"v0\""),
                   f("preserve_host", T::Boolean, true, "false"), f("request_buffering", T::Boolean, true, "true"),
                   f("response_buffering", T::Boolean, true, "true"), f("snis", T::StringArray),
                   f("sources", T::JsonArray), f("destinations", T::JsonArray), tags(), fk("service", "services")});
    all << entity("snis", {id(), f("name", T::String, true, "", true), createdAt(), tags(),
                           fk("certificate", "certificates", true)});
    all << entity("ca_certificates", {id(), createdAt(), f("cert", T::String, true), uniq("cert_digest"), tags()},
                  {}, false);
    all << entity("upstreams",
                  {id(), createdAt(), f("name", T::String, true, "", true),
                   f("algorithm", T::String, false, "\"round-robin\""), f("hash_on", T::String, false, "\"none\""),
                   f("hash_fallback", T::String, false, "\"none\""), f("hash_on_header", T::String),
                   f("hash_fallback_header", T::String), f("hash_on_cookie", T::String),
                   f("hash_on_cookie_path", T::String, false, "\"/\""), f("slots", T::Integer, false, "10000"),
                   f("healthchecks", T::Json), tags(), f("host_header", T::String),
                   fk("client_certificate", "certificates")});
    all << entity("targets", {id(), f("created_at", T::TimestampMs), fk("upstream", "upstreams", true),
                              f("target", T::String, true), f("weight", T::Integer, false, "100"), tags()});
    all << entity("plugins",
                  {id(), f("name", T::String, true), createdAt(), fk("route", "routes"), fk("service", "services"),
                   fk("consumer", "consumers"), f("config", T::Json, false, "{}"),
                   f("protocols", T::StringArray, false, R"(["grpc","grpcs","http","https"])"),
                   f("enabled", T::Boolean, true, "true"), tags()},
                  {QStringLiteral("name"), QStringLiteral("route"), QStringLiteral("service"), QStringLiteral("consumer")});
    EntityDef parameters = entity("parameters", {createdAt(), f("key", T::String, true, "", true),
                                                 f("value", T::String, true)}, {}, false);
    parameters.primaryKey = QStringLiteral("key");
    all << parameters;
    // bundled plugins' DAOs (kong/plugins/*/daos.lua, kong-plugin-acme, kong-plugin-session)
    all << entity("acls", {id(), createdAt(), fk("consumer", "consumers", true), f("group", T::String, true), tags()},
                  {QStringLiteral("consumer"), QStringLiteral("group")});
    all << entity("basicauth_credentials", {id(), createdAt(), fk("consumer", "consumers", true),
                                            uniq("username", true), f("password", T::String, true), tags()});
    all << entity("hmacauth_credentials", {id(), createdAt(), fk("consumer", "consumers", true),
                                           uniq("username", true), f("secret", T::String), tags()});
    all << entity("jwt_secrets", {id(), createdAt(), fk("consumer", "consumers", true), uniq("key"),
                                  f("secret", T::String), f("rsa_public_key", T::String),
                                  f("algorithm", T::String, false, "\"HS256\""), tags()});
    all << entity("keyauth_credentials", {id(), createdAt(), fk("consumer", "consumers", true), uniq("key"), tags()});
    all << entity("oauth2_credentials",
                  {id(), createdAt(), fk("consumer", "consumers", true), f("name", T::String, true), uniq("client_id"),
                   f("client_secret", T::String), f("hash_secret", T::Boolean, true, "false"),
                   f("redirect_uris", T::StringArray), tags(),
                   f("client_type", T::String, true, "\"confidential\"")});
    all << entity("oauth2_authorization_codes",
                  {id(), createdAt(), fk("service", "services"), fk("credential", "oauth2_credentials", true),
                   uniq("code"), f("authenticated_userid", T::String), f("scope", T::String),
                   f("challenge", T::String), f("challenge_method", T::String)});
    all << entity("oauth2_tokens",
                  {id(), createdAt(), fk("service", "services"), fk("credential", "oauth2_credentials", true),
                   f("token_type", T::String, true, "\"bearer\""), f("expires_in", T::Integer, true),
                   uniq("access_token"), uniq("refresh_token"), f("authenticated_userid", T::String),
                   f("scope", T::String)});
    all << entity("acme_storage", {id(), uniq("key", true), f("value", T::String, true), createdAt()}, {}, false);
    all << entity("sessions", {id(), uniq("session_id", true), f("expires", T::Integer), f("data", T::String),
                               createdAt()}, {}, false);
    return all;
}

/// kong/constants.lua CORE_ENTITIES: sorted after plugin entities when unrelated.
bool isCore(const QString &name)
{
    static const QSet<QString> core{"consumers", "certificates", "services", "routes", "snis", "upstreams",
                                    "targets", "plugins", "tags", "ca_certificates",
                                    "clustering_data_planes", "parameters"};
    return core.contains(name);
}

/// Kong's schema topological sort: pre-sort (plugin entities, then core; reverse alphabetical
/// because the depth-first sort appends neighbours first), then visit foreign keys first.
QList<EntityDef> kongOrder(QList<EntityDef> all)
{
    std::sort(all.begin(), all.end(), [](const EntityDef &a, const EntityDef &b) {
        if (isCore(a.name) != isCore(b.name))
            return !isCore(a.name);
        return a.name > b.name;
    });
    QHash<QString, const EntityDef *> byName;
    for (const EntityDef &e : all)
        byName.insert(e.name, &e);
    QList<EntityDef> sorted;
    QSet<QString> visited;
    std::function<void(const EntityDef &)> visit = [&](const EntityDef &e) {
        if (visited.contains(e.name))
            return;
        visited.insert(e.name);
        for (const FieldDef &fd : e.fields)
            if (fd.type == T::Foreign && byName.contains(fd.reference))
                visit(*byName.value(fd.reference));
        sorted << e;
    };
    for (const EntityDef &e : all)
        visit(e);
    return sorted;
}

} // namespace

const FieldDef *EntityDef::field(const QString &fieldName) const
{
    for (const FieldDef &fd : fields)
        if (fd.name == fieldName)
            return &fd;
    return nullptr;
}

const QList<EntityDef> &exportedEntities()
{
    static const QList<EntityDef> sorted = kongOrder(unsortedEntities());
    return sorted;
}

const EntityDef *findEntity(const QString &name)
{
    for (const EntityDef &e : exportedEntities())
        if (e.name == name)
            return &e;
    return nullptr;
}

const QStringList &skippedEntityNames()
{
    // db_export = false in Kong 2.5, or the workspaces Kong leaves out of db_export.
    static const QStringList names{QStringLiteral("workspaces"), QStringLiteral("tags"),
                                   QStringLiteral("clustering_data_planes"),
                                   QStringLiteral("ratelimiting_metrics")};
    return names;
}

} // namespace kuw::core::declarative
