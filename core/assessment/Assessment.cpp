// SPDX-License-Identifier: GPL-3.0-or-later
#include "Assessment.h"

#include "CheckContext.h"
#include "HelmPlan.h"

#include "config/KongConfig.h"
#include "migrations/Catalog.h"
#include "schema/DatastoreProbe.h"

#include <QJsonArray>

namespace kuw::core {

bool assessmentNeedsConnection(const KongConfig &config)
{
    const QString db = config.string(QStringLiteral("database"), QStringLiteral("postgres")).toLower();
    return db == QLatin1String("postgres") || db.isEmpty();
}

Result<Assessment> runAssessment(PgConnection *conn, const KongConfig &config, const Catalog &catalog,
                                 const UpgradePath &paths, const AssessmentOptions &options)
{
    Assessment a;
    a.target = options.target.isValid() ? options.target : catalog.newest();
    a.edition = options.edition.value_or(
        anyEnterpriseNode(options.nodes) ? Edition::Enterprise
                                         : UpgradePath::guessEdition(options.from.value_or(a.target), a.target));
    a.nodes = options.nodes;
    CheckContext ctx{conn, config, catalog, paths, a.target, a.edition, options.from, {}, {}, {}};

    checkConfig(ctx, a.findings);
    if (conn && assessmentNeedsConnection(config)) {
        auto status = probeDatastore(*conn);
        if (!status)
            return status.error();
        a.connected = true;
        a.status = *status;
        a.level = SchemaLevel::derive(a.status, catalog);
        ctx.status = a.status;
        ctx.level = a.level;
        ctx.state = SchemaState::derive(a.status, catalog, a.target, config.list(QStringLiteral("plugins")));
        // Nodes that agree with the schema date the source better than the schema level does.
        if (const auto v = agreedNodeVersion(options.nodes); v && !ctx.from && a.status.schemaMetaPresent) {
            const SchemaState at = SchemaState::derive(a.status, catalog, *v, config.list(QStringLiteral("plugins")));
            if (!at.hasNew() && at.newerMigrations.isEmpty())
                ctx.from = v;
        }
        reconcileNodes(ctx, options.nodes, a.findings);
        checkSchema(ctx, a.findings);
        checkLock(ctx, a.findings);
        checkHybrid(ctx, a.findings);
        checkPlugins(ctx, a.findings);
        checkServer(ctx, a.findings);
        checkAuth(ctx, a.findings);
        checkData(ctx, a.findings);
        checkReplica(ctx, a.findings);
        checkPortal(ctx, a.findings);
    } else {
        ctx.conn = nullptr;
        reconcileNodes(ctx, options.nodes, a.findings);
        checkPlugins(ctx, a.findings);
    }
    if (auto helm = helmPlanFinding(options.helmReleases, a.target))
        a.findings << *helm;
    sortFindings(a.findings);
    return a;
}

const Finding *Assessment::finding(const QString &id) const
{
    for (const Finding &f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QJsonObject Assessment::toJson() const
{
    QJsonArray list;
    int counts[3] = {0, 0, 0};
    for (const Finding &f : findings) {
        list.append(f.toJson());
        ++counts[int(f.severity)];
    }
    return QJsonObject{
        {QStringLiteral("target"), target.toString()},
        {QStringLiteral("edition"), editionName(edition)},
        {QStringLiteral("connected"), connected},
        {QStringLiteral("schema_level"), level.known() ? QJsonValue(level.toString()) : QJsonValue()},
        {QStringLiteral("blockers"), counts[0]},
        {QStringLiteral("warnings"), counts[1]},
        {QStringLiteral("infos"), counts[2]},
        {QStringLiteral("findings"), list},
        {QStringLiteral("nodes"), nodesToJson(nodes)},
    };
}

QString Assessment::toText() const
{
    QString out = QStringLiteral("Preflight for an upgrade to Kong %1 (%2)\n").arg(target.toString(), editionName(edition));
    if (connected)
        out += QStringLiteral("Schema level: %1\n").arg(level.toString());
    if (findings.isEmpty())
        return out + QStringLiteral("\nNo findings: nothing blocks this upgrade.\n");
    for (const Finding &f : findings) {
        out += QStringLiteral("\n[%1] %2 (%3)\n").arg(severityName(f.severity).toUpper(), f.title, f.id);
        for (const QString &line : f.evidence.split(QLatin1Char('\n')))
            out += QStringLiteral("    %1\n").arg(line);
        out += QStringLiteral("  → %1\n").arg(f.remedy);
        if (!f.link.isEmpty())
            out += QStringLiteral("    %1\n").arg(f.link);
    }
    out += QStringLiteral("\n%1 finding(s); %2\n")
               .arg(findings.size())
               .arg(hasBlocker() ? QStringLiteral("blockers must be resolved before upgrading")
                                 : QStringLiteral("no blockers"));
    return out;
}

} // namespace kuw::core
