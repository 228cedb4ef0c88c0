// SPDX-License-Identifier: GPL-3.0-or-later
// kong-upgrade-wizard: the guided upgrade (Qt Widgets) over the core library.
#include "DarkPalette.h"
#include "PageTour.h"
#include "UpgradeWizard.h"
#include "DesktopIntegration.h"
#include "i18n/Language.h"
#include "config/KongConfig.h"
#include "DemoSession.h"
#include "pages/ConnectionPage.h"
#include "util/Log.h"
#include "widgets/StatusView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace kuw;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kong-upgrade-wizard"));
    // Language before the first tr(): --lang, else the Settings choice, else the system locale.
    auto desktopSettings = std::make_unique<ui::DesktopSettings>();
    QStringList rawArgs = QApplication::arguments();
    const QString lang = core::i18n::takeLanguageOption(rawArgs, false);
    QString langWarning;
    core::i18n::install(lang.isEmpty() ? desktopSettings->language() : lang, &langWarning);
    if (!langWarning.isEmpty())
        qWarning("%s", qPrintable(langWarning));
    QApplication::setApplicationDisplayName(QObject::tr("Kong Upgrade Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(KUW_VERSION));
    core::installRedactingMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Guided, Kong-compatible datastore upgrades for Kong Gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("c"), QStringLiteral("conf")}, QObject::tr("Kong configuration file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("demo"), QObject::tr("Run against an embedded, throwaway PostgreSQL.")});
    parser.addOption({QStringLiteral("demo-version"),
                      QObject::tr("Kong version the demo datastore starts at (1.5, 2.0, 2.1, 2.3 …; default: the newest "
                                  "schema level before the target's, 2.2.2 for 2.5)."),
                      QStringLiteral("version")});
    parser.addOption({QStringLiteral("scenario"), QObject::tr("Demo only: a training scenario (kong-upgrade demo --list-scenarios)."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("size"), QObject::tr("Demo only: seed size, small or large (100k+ rows)."),
                      QStringLiteral("size"), QStringLiteral("small")});
    parser.addOption({QStringLiteral("keep"), QObject::tr("Demo only: leave the datastore running on exit and print how to connect.")});
    parser.addOption({QStringLiteral("screenshot"),
                      QObject::tr("Save a PNG of the window once the first connection test ends, then quit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tour"),
                      QObject::tr("Demo only: walk through every page, saving a PNG of each into DIR, then quit."),
                      QStringLiteral("dir")});
    parser.addOption({QStringLiteral("lang"), QObject::tr("Interface language (en, de, ja, zh_CN); overrides the setting."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("dark"), QObject::tr("Use a dark palette (Fusion style). For 200 % scaling set QT_SCALE_FACTOR=2.")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark")))
        app::applyDarkPalette(app);

    // --demo: preparing the datastore (worker thread) starts before the window is built.
    ui::DemoSession *demo = nullptr;
    if (parser.isSet(QStringLiteral("demo"))) {
        core::DemoOptions options;
        options.startVersion = parser.value(QStringLiteral("demo-version"));
        options.scenario = parser.value(QStringLiteral("scenario"));
        options.size = parser.value(QStringLiteral("size"));
        options.keep = parser.isSet(QStringLiteral("keep"));
        demo = new ui::DemoSession(options); // owned by the wizard below
    }
    ui::UpgradeWizard wizard;
    const bool headless = parser.isSet(QStringLiteral("tour")) || parser.isSet(QStringLiteral("screenshot"));
    new ui::DesktopIntegration(wizard, std::move(desktopSettings), {/*restoreGeometry=*/!headless}); // owned by wizard
    ui::ConnectionPage *page = wizard.connectionPage();
    if (parser.isSet(QStringLiteral("demo")) || !parser.value(QStringLiteral("screenshot")).isEmpty())
        wizard.startInDemoMode(); // straight to the Connection page
    if (demo)
        wizard.startDemo(demo); // torn down with the wizard: nodes, server, directory
    std::unique_ptr<app::PageTour> tour;
    if (parser.isSet(QStringLiteral("tour")) && parser.isSet(QStringLiteral("demo"))) {
        tour = std::make_unique<app::PageTour>(wizard, parser.value(QStringLiteral("tour")));
        tour->start();
        QTimer::singleShot(240000, &app, &QApplication::quit); // never hang a headless run
    }

    if (!parser.isSet(QStringLiteral("demo"))) {
        core::KongConfig::LoadOptions opts;
        opts.confPath = parser.value(QStringLiteral("conf"));
        auto cfg = core::KongConfig::load(opts);
        if (cfg)
            page->applyConfig(*cfg, cfg->sourceFile().isEmpty()
                                        ? QObject::tr("Kong defaults and KONG_* environment variables")
                                        : QObject::tr("From %1 (KONG_* environment variables take precedence)").arg(cfg->sourceFile()));
        else
            page->statusView()->showError(cfg.error());
    }

    const QString shot = parser.value(QStringLiteral("screenshot"));
    if (!shot.isEmpty()) {
        QObject::connect(page, &ui::ConnectionPage::probeFinished, &wizard, [&wizard, shot, demo] {
            if (demo) { // for bench_demo_startup
                QStringList phases;
                for (const auto &[name, ms] : demo->timings())
                    phases << QStringLiteral("%1 %2").arg(name).arg(ms);
                std::printf("demo phases (ms): %s\n", qPrintable(phases.join(QStringLiteral(", "))));
                std::fflush(stdout);
            }
            QTimer::singleShot(200, &wizard, [&wizard, shot] {
                wizard.grab().save(shot);
                QApplication::quit();
            });
        });
        QTimer::singleShot(60000, &app, &QApplication::quit); // never hang a headless run
    }

    if (!demo && !shot.isEmpty())
        page->testConnection();

    wizard.show();
    const int rc = app.exec();
    if (demo && demo->environment() && demo->environment()->datastore().kept())
        std::fputs(qPrintable(demo->environment()->datastore().connectHint()), stdout);
    return rc;
}
