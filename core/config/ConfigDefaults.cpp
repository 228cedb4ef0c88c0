// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConfigDefaults.h"

#include <QSet>

namespace kuw::core {

const QList<ConfigKeyInfo> &configKeys()
{
    using T = ConfigType;
    static const QList<ConfigKeyInfo> keys = {
        {"prefix", "/usr/local/kong/", T::String, nullptr, false},
        {"plugins", "bundled", T::List, nullptr, false},
        {"role", "traditional", T::Enum, "traditional,control_plane,data_plane", false},
        {"database", "postgres", T::Enum, "postgres,cassandra,off", false},
        {"pg_host", "127.0.0.1", T::String, nullptr, false},
        {"pg_port", "5432", T::Number, nullptr, false},
        {"pg_database", "kong", T::String, nullptr, false},
        {"pg_schema", nullptr, T::String, nullptr, false},
        {"pg_timeout", "5000", T::Number, nullptr, false},
        {"pg_user", "kong", T::String, nullptr, false},
        {"pg_password", nullptr, T::String, nullptr, true},
        {"pg_ssl", "off", T::Boolean, nullptr, false},
        {"pg_ssl_verify", "off", T::Boolean, nullptr, false},
        {"pg_max_concurrent_queries", "0", T::Number, nullptr, false},
        {"pg_semaphore_timeout", "60000", T::Number, nullptr, false},
        {"pg_ro_host", nullptr, T::String, nullptr, false},
        {"pg_ro_port", nullptr, T::Number, nullptr, false},
        {"pg_ro_database", nullptr, T::String, nullptr, false},
        {"pg_ro_schema", nullptr, T::String, nullptr, false},
        {"pg_ro_timeout", nullptr, T::Number, nullptr, false},
        {"pg_ro_user", nullptr, T::String, nullptr, false},
        {"pg_ro_password", nullptr, T::String, nullptr, true},
        {"pg_ro_ssl", nullptr, T::Boolean, nullptr, false},
        {"pg_ro_ssl_verify", nullptr, T::Boolean, nullptr, false},
        {"cassandra_contact_points", "127.0.0.1", T::List, nullptr, false},
        {"cassandra_port", "9042", T::Number, nullptr, false},
        {"cassandra_keyspace", "kong", T::String, nullptr, false},
        {"cassandra_timeout", "5000", T::Number, nullptr, false},
        {"cassandra_ssl", "off", T::Boolean, nullptr, false},
        {"cassandra_ssl_verify", "off", T::Boolean, nullptr, false},
        {"cassandra_username", "kong", T::String, nullptr, false},
        {"cassandra_password", nullptr, T::String, nullptr, true},
        {"lua_ssl_trusted_certificate", nullptr, T::List, nullptr, false},
        {"lua_package_path", "./?.lua;./?/init.lua;", T::String, nullptr, false},
        {"admin_listen", "127.0.0.1:8001 reuseport backlog=16384, 127.0.0.1:8444 http2 ssl reuseport backlog=16384", T::List, nullptr, false},
        {"cluster_cert_key", nullptr, T::String, nullptr, false},
        {"ssl_cert_key", nullptr, T::String, nullptr, false},
    };
    return keys;
}

const ConfigKeyInfo *findConfigKey(const QString &key)
{
    for (const ConfigKeyInfo &info : configKeys()) {
        if (key == QLatin1String(info.key))
            return &info;
    }
    return nullptr;
}

bool isKnownKongKey(const QString &key)
{
    // Names of Kong 2.5's kong.conf keys (facts, not values). nginx_* keys are dynamic.
    static const QSet<QString> known = [] {
        const char *names =
            "prefix log_level proxy_access_log proxy_error_log proxy_stream_access_log "
            "proxy_stream_error_log admin_access_log admin_error_log status_access_log "
            "status_error_log plugins port_maps host_ports anonymous_reports go_pluginserver_exe "
            "go_plugins_dir proxy_listen stream_listen admin_listen status_listen cluster_listen "
            "cluster_control_plane cluster_cert cluster_cert_key cluster_mtls cluster_ca_cert "
            "cluster_server_name cluster_data_plane_purge_delay cluster_ocsp cluster_v2 "
            "mem_cache_size ssl_cert ssl_cert_key client_ssl client_ssl_cert client_ssl_cert_key "
            "ssl_cipher_suite ssl_ciphers ssl_protocols ssl_prefer_server_ciphers ssl_dhparam "
            "ssl_session_tickets ssl_session_timeout admin_ssl_cert admin_ssl_cert_key "
            "status_ssl_cert status_ssl_cert_key headers trusted_ips error_default_type "
            "upstream_keepalive upstream_keepalive_pool_size upstream_keepalive_max_requests "
            "upstream_keepalive_idle_timeout client_max_body_size client_body_buffer_size "
            "real_ip_header real_ip_recursive database pg_host pg_port pg_database pg_schema "
            "pg_timeout pg_user pg_password pg_ssl pg_ssl_verify pg_max_concurrent_queries "
            "pg_semaphore_timeout pg_ro_host pg_ro_port pg_ro_database pg_ro_schema pg_ro_timeout "
            "pg_ro_user pg_ro_password pg_ro_ssl pg_ro_ssl_verify pg_ro_max_concurrent_queries "
            "pg_ro_semaphore_timeout cassandra_contact_points cassandra_port cassandra_keyspace "
            "cassandra_timeout cassandra_ssl cassandra_ssl_verify cassandra_username "
            "cassandra_password cassandra_consistency cassandra_write_consistency "
            "cassandra_read_consistency cassandra_lb_policy cassandra_local_datacenter "
            "cassandra_refresh_frequency cassandra_repl_strategy cassandra_repl_factor "
            "cassandra_data_centers cassandra_schema_consensus_timeout declarative_config "
            "declarative_config_string db_update_frequency db_update_propagation db_cache_ttl "
            "db_cache_neg_ttl db_resurrect_ttl db_cache_warmup_entities dns_resolver "
            "dns_hostsfile dns_order dns_valid_ttl dns_stale_ttl dns_not_found_ttl dns_error_ttl "
            "dns_no_sync worker_consistency worker_state_update_frequency lua_socket_pool_size "
            "lua_ssl_trusted_certificate lua_ssl_verify_depth lua_ssl_protocols lua_package_path "
            "lua_package_cpath role kic pluginserver_names untrusted_lua "
            "untrusted_lua_sandbox_requires untrusted_lua_sandbox_environment";
        QSet<QString> s;
        for (const QString &n : QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            s.insert(n);
        return s;
    }();
    return known.contains(key) || key.startsWith(QLatin1String("nginx_"))
           || key.startsWith(QLatin1String("pluginserver_"));
}

} // namespace kuw::core
