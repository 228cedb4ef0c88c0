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
