// SPDX-License-Identifier: GPL-3.0-or-later
#include "KongConfig.h"

#include "ConfigDefaults.h"
#include "util/Log.h"
#include "util/Redactor.h"

#include <QFile>
#include <QFileInfo>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Config)
};
} // namespace
namespace {

/// Kong strips an unescaped `#` that follows another character, and turns `\#` into `#`.
QString stripInlineComment(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('\\') && i + 1 < value.size() && value.at(i + 1) == QLatin1Char('#')) {
            out += QLatin1Char('#');
            ++i;
        } else if (c == QLatin1Char('#')) {
            break;
        } else {
            out += c;
        }
    }
    return out.trimmed();
}

QString normalizeKey(const QString &key)
{
    QString k = key.trimmed().toLower();
    for (QChar &c : k) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('_');
    }
    return k;
}

Error configError(const QString &file, int line, const QString &key, const QString &what,
                  const QString &remedy)
{
    QString where = file.isEmpty() ? QStringLiteral("configuration") : file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    const QString msg = key.isEmpty() ? QStringLiteral("%1: %2").arg(where, what)
                                      : QStringLiteral("%1: %2: %3").arg(where, key, what);
    return Error::make(ErrorKind::Config, msg, remedy);
}

QString originName(ConfigOrigin o, const QString &file)
{
    switch (o) {
    case ConfigOrigin::Environment: return QStringLiteral("environment");
    case ConfigOrigin::Override: return QStringLiteral("command line");
    default: return file;
    }
}

} // namespace

QString ConfigWarning::toString() const
{
    QString where = file;
    if (line > 0)
        where += QStringLiteral(":%1").arg(line);
    return QStringLiteral("%1: %2: %3").arg(where, key, message);
}

KongConfig::KongConfig()
{
    for (const ConfigKeyInfo &info : configKeys()) {
        if (info.defaultValue) {
            m_values.insert(QLatin1String(info.key), QString::fromUtf8(info.defaultValue));
            m_origins.insert(QLatin1String(info.key), ConfigOrigin::Default);
        }
    }
}

Result<KongConfig> KongConfig::load(const LoadOptions &options)
{
    QString path = options.confPath;
    if (path.isEmpty()) {
        for (const QString &candidate : options.searchPaths) {
            if (QFileInfo::exists(candidate)) {
                path = candidate;
                break;
            }
        }
    } else if (!QFileInfo::exists(path)) {
        return configError(path, 0, {}, Text::tr("no file at this path"),
                           Text::tr("Check the path given with -c/--conf."));
    }

    QString text;
    if (!path.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
            return configError(path, 0, {}, Text::tr("cannot read: %1").arg(f.errorString()),
                               Text::tr("Make the file readable by this user (it holds "
                                              "secrets, so prefer group read over world read)."));
        text = QString::fromUtf8(f.readAll());
    }
    auto cfg = fromText(text, path, options.env, options.overrides);
    if (cfg)
        qCInfo(lcConfig) << "configuration:" << (path.isEmpty() ? QStringLiteral("defaults only") : path);
    return cfg;
}

Result<KongConfig> KongConfig::fromText(const QString &text, const QString &fileName,
                                        const QProcessEnvironment &env,
                                        const QHash<QString, QString> &overrides)
{
    KongConfig cfg;
    cfg.m_sourceFile = fileName;
    if (Status s = cfg.parseText(text, fileName); !s)
        return s.error();
    if (Status s = cfg.applyEnvironment(env); !s)
        return s.error();
    if (Status s = cfg.applyOverrides(overrides); !s)
        return s.error();
    return cfg;
}

Result<KongConfig> KongConfig::withOverrides(const QHash<QString, QString> &overrides) const
{
    KongConfig copy = *this;
    if (Status s = copy.applyOverrides(overrides); !s)
        return s.error();
    return copy;
}

Status KongConfig::parseText(const QString &text, const QString &fileName)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString pending;      // continued line
    int pendingStart = 0; // line number where it started
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (pending.isEmpty())
            pendingStart = i + 1;
        if (line.endsWith(QLatin1Char('\\')) && !line.endsWith(QLatin1String("\\\\"))) {
            pending += line.left(line.size() - 1);
            continue;
        }
        line = pending + line;
        pending.clear();
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))
            || trimmed.startsWith(QLatin1Char(';')))
            continue;
        const qsizetype eq = trimmed.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            return configError(fileName, pendingStart, {},
                               Text::tr("expected 'key = value', got '%1'")
                                   .arg(Redactor::redact(trimmed.left(60))),
                               Text::tr("Fix or comment out this line (comments start with #)."));
        }
        const QString key = normalizeKey(trimmed.left(eq));
        const QString value = stripInlineComment(trimmed.mid(eq + 1));
        if (Status s = set(key, value, ConfigOrigin::File, fileName, pendingStart); !s)
            return s;
    }
    return {};
}

Status KongConfig::applyEnvironment(const QProcessEnvironment &env)
{
    // Kong applies KONG_<KEY> to every key it knows plus keys named in the file.
    QSet<QString> keys;
    for (const ConfigKeyInfo &info : configKeys())
        keys.insert(QLatin1String(info.key));
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        keys.insert(it.key());
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("KONG_")))
            keys.insert(name.mid(5).toLower());
    }
    for (const QString &key : std::as_const(keys)) {
        const QString envName = QStringLiteral("KONG_") + key.toUpper();
        if (!env.contains(envName))
            continue;
        // Environment values are escaped by Kong: a '#' in them is literal.
        const QString value = env.value(envName).trimmed();
        if (Status s = set(key, value, ConfigOrigin::Environment, envName, 0); !s)
            return s;
    }
    return {};
}

Status KongConfig::applyOverrides(const QHash<QString, QString> &overrides)
{
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        if (Status s = set(it.key(), it.value(), ConfigOrigin::Override, QStringLiteral("command line"), 0); !s)
            return s;
    }
    return {};
}

Status KongConfig::set(const QString &key, const QString &rawValue, ConfigOrigin origin,
                       const QString &file, int line)
{
    const QString value = rawValue.trimmed();
    const ConfigKeyInfo *info = findConfigKey(key);
    if (!info && !isKnownKongKey(key) && origin == ConfigOrigin::File) {
        m_warnings.append({file, line, key,
                           Text::tr("unknown key (kept; check for a typo)")});
    }
    if (value.isEmpty() || value == QLatin1String("NONE")) {
        m_values.remove(key);
        m_origins.insert(key, origin);
        return {};
    }
    if (info) {
        switch (info->type) {
        case ConfigType::Boolean: {
            const QString v = value.toLower();
            if (v != QLatin1String("on") && v != QLatin1String("off") && v != QLatin1String("true")
                && v != QLatin1String("false")) {
                return configError(file, line, key,
                                   Text::tr("expected on/off or true/false, got '%1'").arg(value),
                                   Text::tr("Kong would silently read '%1' as off; write on or off.")
                                       .arg(value));
            }
            break;
        }
        case ConfigType::Number: {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0) {
                return configError(file, line, key,
                                   Text::tr("expected a whole number, got '%1'").arg(value),
                                   Text::tr("Write a non-negative integer."));
            }
            if (key.endsWith(QLatin1String("_port")) && (n < 1 || n > 65535)) {
                return configError(file, line, key,
                                   Text::tr("port %1 is outside 1–65535").arg(n),
                                   Text::tr("Use the port PostgreSQL listens on (usually 5432)."));
            }
            break;
        }
        case ConfigType::Enum: {
            const QStringList choices = QString::fromLatin1(info->choices).split(QLatin1Char(','));
            if (!choices.contains(value)) {
                return configError(file, line, key,
                                   Text::tr("invalid value '%1'").arg(value),
                                   Text::tr("Use one of: %1.").arg(choices.join(QStringLiteral(", "))));
            }
            break;
        }
        case ConfigType::String:
        case ConfigType::List:
            break;
        }
        if (info->sensitive)
            Redactor::addSecret(value);
    }
    m_values.insert(key, value);
    m_origins.insert(key, origin);
    qCDebug(lcConfig).noquote() << key << "set from" << originName(origin, file);
    return {};
}

std::optional<QString> KongConfig::get(const QString &key) const
{
    auto it = m_values.constFind(key);
    if (it == m_values.cend())
        return std::nullopt;
    return *it;
}

QString KongConfig::string(const QString &key, const QString &fallback) const
{
    return get(key).value_or(fallback);
}

bool KongConfig::boolean(const QString &key) const
{
    const QString v = string(key).toLower();
    return v == QLatin1String("on") || v == QLatin1String("true");
}

qint64 KongConfig::number(const QString &key, qint64 fallback) const
{
    bool ok = false;
    const qint64 n = string(key).toLongLong(&ok);
    return ok ? n : fallback;
}

QStringList KongConfig::list(const QString &key) const
{
    QStringList out;
    for (const QString &part : string(key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

ConfigOrigin KongConfig::origin(const QString &key) const
{
    return m_origins.value(key, ConfigOrigin::Default);
}

QList<QPair<QString, QString>> KongConfig::redactedEntries() const
{
    QList<QPair<QString, QString>> out;
    QStringList keys = m_values.keys();
    keys.sort();
    for (const QString &k : keys) {
        const ConfigKeyInfo *info = findConfigKey(k);
        const bool secret = (info && info->sensitive) || k.contains(QLatin1String("password"))
                            || k.endsWith(QLatin1String("_key"));
        out.append({k, secret ? QString::fromLatin1(Redactor::Mask) : m_values.value(k)});
    }
    return out;
}

} // namespace kuw::core
