// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentSetup.h"

#include "CliContext.h"
#include "assessment/ReadOnlySession.h"
#include "db/ConnectionSettings.h"

#include <QCoreApplication>

namespace kuw::cli {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::cli::Cli)
};
} // namespace

void AssessmentSetup::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("to"), Text::tr("Target Kong version (default: the newest the catalog knows)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("from"),
                      Text::tr("The running Kong version (default: told from the schema)."), QStringLiteral("version")});
    parser.addOption({QStringLiteral("edition"), Text::tr("oss or enterprise."), QStringLiteral("edition")});
    parser.addOption({QStringLiteral("node"),
                      Text::tr("Admin API URL of a running Kong node (repeatable): its version is compared with "
                                     "the schema."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("node-timeout"), Text::tr("Admin API timeout in milliseconds (default 5000)."),
                      QStringLiteral("ms")});
    parser.addOption({QStringLiteral("helm-release"),
                      Text::tr("A kong/kong Helm release of this deployment, [namespace/]name (repeatable, in "
                                     "upgrade order): prints the helm upgrade commands."),
                      QStringLiteral("release")});
    parser.addOption({QStringLiteral("node-ca"), Text::tr("PEM CA file for https Admin API URLs."),
                      QStringLiteral("file")});
}

int AssessmentSetup::probeRunningNodes(CliContext &ctx, const QCommandLineParser &parser)
{
    QList<QUrl> urls;
    for (const QString &text : parser.values(QStringLiteral("node"))) {
        const QUrl url = QUrl::fromUserInput(text);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
            ctx.err() << Text::tr("Error: --node needs an Admin API URL such as http://kong-host:8001 (got '%1')\n").arg(text);
            return ExitUsage;
        }
        urls << url;
    }
    core::NodeProbeOptions probe;
    if (parser.isSet(QStringLiteral("node-timeout"))) {
        bool ok = false;
        const int ms = parser.value(QStringLiteral("node-timeout")).toInt(&ok);
        if (!ok || ms <= 0) {
            ctx.err() << Text::tr("Error: --node-timeout needs a positive number of milliseconds\n");
            return ExitUsage;
        }
        probe.timeout = std::chrono::milliseconds(ms);
    }
    probe.caFile = parser.value(QStringLiteral("node-ca"));
    if (ctx.verbosity() > 0 && !urls.isEmpty())
        ctx.err() << Text::tr("asking %n node(s) for their version\n", nullptr, int(urls.size()));
    options.nodes = core::probeNodes(urls, probe);
    return ExitOk;
}

int AssessmentSetup::prepare(CliContext &ctx, const QCommandLineParser &parser)
{
    auto cfg = ctx.loadConfig();
    if (!cfg)
        return ctx.fail(cfg.error());
    for (const core::ConfigWarning &w : cfg->warnings())
        ctx.err() << Text::tr("warning: ") << w.toString() << "\n";
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
            ctx.err() << Text::tr("Error: --to needs a Kong version such as 2.5.2\n");
            return ExitUsage;
        }
        options.target = t.value_or(*parsed);
    }
    if (parser.isSet(QStringLiteral("from"))) {
        options.from = core::KongVersion::parse(parser.value(QStringLiteral("from")));
        if (!options.from) {
            ctx.err() << Text::tr("Error: --from needs a Kong version such as 2.1.4\n");
            return ExitUsage;
        }
    }
    if (parser.isSet(QStringLiteral("edition"))) {
        options.edition = core::parseEdition(parser.value(QStringLiteral("edition")));
        if (!options.edition) {
            ctx.err() << Text::tr("Error: --edition must be oss or enterprise\n");
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
        ctx.err() << Text::tr("connecting (read-only) to %1\n").arg(connectionText);
    auto c = core::openReadOnlySession(*settings);
    if (!c)
        return ctx.fail(c.error());
    conn = std::move(*c);
    return ExitOk;
}

} // namespace kuw::cli
