// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentSetup.h"

#include "CliContext.h"
#include "assessment/ReadOnlySession.h"
#include "db/ConnectionSettings.h"

namespace kuw::cli {

void AssessmentSetup::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("to"), QStringLiteral("Target Kong version (default: the newest the catalog knows)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("from"),
                      QStringLiteral("The running Kong version (default: told from the schema)."), QStringLiteral("version")});
    parser.addOption({QStringLiteral("edition"), QStringLiteral("oss or enterprise."), QStringLiteral("edition")});
    parser.addOption({QStringLiteral("node"),
                      QStringLiteral("Admin API URL of a running Kong node (repeatable): its version is compared with "
                                     "the schema."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("node-timeout"), QStringLiteral("Admin API timeout in milliseconds (default 5000)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("helm-release"),
                      QStringLiteral("A kong/kong Helm release of this deployment, [namespace/]name (repeatable, in "
                                     "upgrade order): prints the helm upgrade commands."),
                      QStringLiteral("release")});
    parser.addOption({QStringLiteral("node-ca"), QStringLiteral("PEM CA file for https Admin API URLs."),
                      QStringLiteral("file")});
}

int AssessmentSetup::probeRunningNodes(CliContext &ctx, const QCommandLineParser &parser)
{
    QList<QUrl> urls;
    for (const QString &text : parser.values(QStringLiteral("node"))) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            ctx.err() << "Error: --node needs an Admin API URL such as http://kong-host:8001 (got '" << text << "')\n";
            return ExitUsage;
        }
        urls << url;
    }
    core::NodeProbeOptions probe;
    if (parser.isSet(QStringLiteral("node-timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("node-timeout")).toInt(&ok);
        if (!ok || ms <= 0) {
            ctx.err() << "Error: --node-timeout needs a positive number of milliseconds\n";
            return ExitUsage;
        }
        probe.timeout = std::chrono::milliseconds(ms);
    }
    probe.caFile = parser.value(QStringLiteral("node-ca"));
    if (ctx.verbosity() > 0 && !urls.isEmpty())
        ctx.err() << "asking " << urls.size() << " node(s) for their version\n";
    options.nodes = core::probeNodes(urls, probe);
    return ExitOk;
}

int AssessmentSetup::prepare(CliContext &ctx, const QCommandLineParser &parser)
{
    auto cfg = ctx.loadConfig();
    if (!cfg)
        return ctx.fail(cfg.error());
    for (const core::ConfigWarning &w : cfg->warnings())
        ctx.err() << "warning: " << w.toString() << "\n";
    config = *cfg;
    auto cat = core::Catalog::loadEmbedded();
    if (!cat)
        return ctx.fail(cat.error());
    catalog = *cat;
    auto rules = core::UpgradePath::loadEmbedded();
    if (!rules)
        return ctx.fail(rules.error());
    paths = *rules;

    if (parser.isSet(QStringLiteral("to"))) {
        const auto t = catalog->resolve(parser.value(QStringLiteral("to")));
        const auto parsed = core::KongVersion::parse(parser.value(QStringLiteral("to")));
        if (!t && !parsed) {
            ctx.err() << "Error: --to needs a Kong version such as 2.5.2\n";
            return ExitUsage;
        }
        options.target = t.value_or(*parsed);
    }
    if (parser.isSet(QStringLiteral("from"))) {
        options.from = core::KongVersion::parse(parser.value(QStringLiteral("from")));
        if (!options.from) {
            ctx.err() << "Error: --from needs a Kong version such as 2.1.4\n";
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("edition"))) {
        options.edition = core::parseEdition(parser.value(QStringLiteral("edition")));
        if (!options.edition) {
            ctx.err() << "Error: --edition must be oss or enterprise\n";
            return ExitUsage;
        }
    }
    options.helmReleases = parser.values(QStringLiteral("helm-release"));
    if (const int rc = probeRunningNodes(ctx, parser); rc != ExitOk)
        return rc;
    if (!core::assessmentNeedsConnection(*config))
        return ExitOk;
    auto settings = core::ConnectionSettings::fromConfig(*config);
    if (!settings)
        return ctx.fail(settings.error());
    connectionText = settings->toString();
    if (ctx.verbosity() > 0)
        ctx.err() << "connecting (read-only) to " << connectionText << "\n";
    auto c = core::openReadOnlySession(*settings);
    if (!c)
        return ctx.fail(c.error());
    conn = std::move(*c);
    return ExitOk;
}

} // namespace kuw::cli
