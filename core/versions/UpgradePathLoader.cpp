// SPDX-License-Identifier: GPL-3.0-or-later
// Reads resources/paths/upgrade-paths.yaml into UpgradePath (yaml-cpp stays in this file).
#include "UpgradePath.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace kuw::core {

namespace {

struct PathFault
{
    Error error;
};

class PathLoader
{
public:
    explicit PathLoader(QString file) : m_file(std::move(file)) {}

    [[noreturn]] void fail(const YAML::Node &node, const QString &field, const QString &problem) const
    {
        QString where = m_file;
        if (node.IsDefined() && !node.Mark().is_null())
            where += QStringLiteral(":%1:%2").arg(node.Mark().line + 1).arg(node.Mark().column + 1);
        throw PathFault{Error::make(ErrorKind::Config, QStringLiteral("%1: %2: %3").arg(where, field, problem),
                                    QStringLiteral("see the format described at the top of upgrade-paths.yaml"))};
    }
    QString scalar(const YAML::Node &n, const QString &field) const
    {
        if (!n.IsDefined() || !n.IsScalar())
            fail(n, field, QStringLiteral("a text value is required"));
        return QString::fromStdString(n.Scalar());
    }
    QStringList list(const YAML::Node &n, const QString &field) const
    {
        QStringList out;
        if (!n.IsDefined())
            return out;
        if (!n.IsSequence())
            fail(n, field, QStringLiteral("must be a list"));
        for (std::size_t i = 0; i < n.size(); ++i)
            out << scalar(n[i], field + QStringLiteral("[%1]").arg(i));
        return out;
    }
    KongVersion version(const YAML::Node &n, const QString &field) const
    {
        const auto v = KongVersion::parse(scalar(n, field));
        if (!v)
            fail(n, field, QStringLiteral("not a version"));
        return *v;
    }
    PathStop stop(const YAML::Node &n, const QString &field) const
    {
        return PathStop{version(n, field), scalar(n, field)};
    }

    PathRule rule(const YAML::Node &n, const QString &field) const
    {
        if (!n.IsMap())
            fail(n, field, QStringLiteral("must be a mapping"));
        PathRule r;
        const QString targets = scalar(n["targets"], field + QStringLiteral(".targets"));
        const QStringList ends = targets.split(QLatin1Char('-'));
        const auto lo = KongVersion::parse(ends.value(0));
        const auto hi = KongVersion::parse(ends.value(ends.size() - 1));
        if (ends.size() > 2 || !lo || !hi || *hi < *lo)
            fail(n["targets"], field + QStringLiteral(".targets"), QStringLiteral("expected \"M.m\" or \"M.m-M.m\""));
        r.minMajor = lo->major();
        r.minMinor = lo->minor();
        r.maxMajor = hi->major();
        r.maxMinor = hi->minor();
        r.fromMin = version(n["from_min"], field + QStringLiteral(".from_min"));
        if (const YAML::Node below = n["below_min"]; below.IsDefined()) {
            r.belowVia = stop(below["via"], field + QStringLiteral(".below_min.via"));
            r.belowNote = below["note"].IsDefined() ? scalar(below["note"], field + QStringLiteral(".below_min.note")) : QString();
        }
        r.directFrom = list(n["direct_from"], field + QStringLiteral(".direct_from"));
        const YAML::Node stops = n["stops"];
        if (stops.IsDefined()) {
            if (!stops.IsSequence())
                fail(stops, field + QStringLiteral(".stops"), QStringLiteral("must be a list"));
            for (std::size_t i = 0; i < stops.size(); ++i)
                r.stops << stop(stops[i], field + QStringLiteral(".stops[%1]").arg(i));
        }
        r.notes = list(n["notes"], field + QStringLiteral(".notes"));
        r.link = n["link"].IsDefined() ? scalar(n["link"], field + QStringLiteral(".link")) : QString();
        return r;
    }

    EditionRules edition(const YAML::Node &n, const QString &field) const
    {
        if (!n.IsMap())
            fail(n, field, QStringLiteral("must be a mapping"));
        EditionRules e;
        if (n["patch_upgrades_direct"].IsDefined())
            e.patchDirect = scalar(n["patch_upgrades_direct"], field) == QLatin1String("true");
        if (n["patch_note"].IsDefined())
            e.patchNote = scalar(n["patch_note"], field + QStringLiteral(".patch_note"));
        const YAML::Node rules = n["rules"];
        if (!rules.IsSequence() || rules.size() == 0)
            fail(rules, field + QStringLiteral(".rules"), QStringLiteral("a non-empty list is required"));
        for (std::size_t i = 0; i < rules.size(); ++i)
            e.rules << rule(rules[i], field + QStringLiteral(".rules[%1]").arg(i));
        return e;
    }

    UpgradePath load(const QByteArray &text) const
    {
        YAML::Node doc;
        try {
            doc = YAML::Load(text.toStdString());
        } catch (const YAML::Exception &e) {
            throw PathFault{Error::make(ErrorKind::Config,
                                        QStringLiteral("%1:%2:%3: invalid YAML: %4")
                                            .arg(m_file).arg(e.mark.line + 1).arg(e.mark.column + 1)
                                            .arg(QString::fromStdString(e.msg)),
                                        QStringLiteral("fix the YAML syntax at that position"))};
        }
        if (!doc.IsMap())
            fail(doc, QStringLiteral("(document)"), QStringLiteral("must be a mapping"));
        UpgradePath p;
        p.m_oss = edition(doc["editions"]["oss"], QStringLiteral("editions.oss"));
        p.m_enterprise = edition(doc["editions"]["enterprise"], QStringLiteral("editions.enterprise"));
        const YAML::Node warnings = doc["major_warnings"];
        for (std::size_t i = 0; warnings.IsSequence() && i < warnings.size(); ++i) {
            const QString f = QStringLiteral("major_warnings[%1]").arg(i);
            bool okFrom = false, okTo = false;
            MajorWarning w{scalar(warnings[i]["from"], f + QStringLiteral(".from")).toInt(&okFrom),
                           scalar(warnings[i]["to"], f + QStringLiteral(".to")).toInt(&okTo),
                           scalar(warnings[i]["note"], f + QStringLiteral(".note"))};
            if (!okFrom || !okTo)
                fail(warnings[i], f, QStringLiteral("from/to must be major version numbers"));
            p.m_majorWarnings << w;
        }
        p.m_bundledPlugins = list(doc["bundled_plugins"], QStringLiteral("bundled_plugins"));
        return p;
    }

private:
    QString m_file;
};

} // namespace

Result<UpgradePath> UpgradePath::fromYaml(const QByteArray &yaml, const QString &fileName)
{
    try {
        return PathLoader(fileName).load(yaml);
    } catch (const PathFault &f) {
        return f.error;
    } catch (const YAML::Exception &e) {
        return Error::make(ErrorKind::Config, QStringLiteral("%1: %2").arg(fileName, QString::fromStdString(e.msg)));
    }
}

Result<UpgradePath> UpgradePath::loadEmbedded()
{
    const QString path = QStringLiteral(":/paths/upgrade-paths.yaml");
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::Internal, QStringLiteral("the embedded upgrade-path rules are missing (%1)").arg(path),
                           QStringLiteral("rebuild: resources/paths must be in core's qt_add_resources"));
    return fromYaml(f.readAll(), path);
}

} // namespace kuw::core
