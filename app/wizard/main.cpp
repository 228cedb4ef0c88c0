// SPDX-License-Identifier: GPL-3.0-or-later
// kong-upgrade-wizard: the guided upgrade (Qt Widgets) over the core library.
#include "DemoCluster.h"
#include "DemoDatastore.h"
#include "PageTour.h"
#include "UpgradeWizard.h"
#include "config/KongConfig.h"
#include "pages/CheckpointsPage.h"
#include "pages/ConnectionPage.h"
#include "util/Log.h"
#include "widgets/StatusView.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFutureWatcher>
#include <QTimer>

using namespace kuw;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("kong-upgrade-wizard"));
    QApplication::setApplicationDisplayName(QObject::tr("Kong Upgrade Wizard"));
    QApplication::setApplicationVersion(QStringLiteral(KUW_VERSION));
    core::installRedactingMessageHandler();

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("Guided, Kong-compatible datastore upgrades for Kong Gateway."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({{QStringLiteral("c"), QStringLiteral("conf")}, QObject::tr("Kong configuration file."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("demo"), QObject::tr("Run against an embedded, throwaway PostgreSQL.")});
    parser.addOption({QStringLiteral("demo-version"), QObject::tr("Kong version the demo datastore starts at (default 2.0.5)."),
                      QStringLiteral("version"), QStringLiteral("2.0.5")});
    parser.addOption({QStringLiteral("screenshot"),
                      QObject::tr("Save a PNG of the window once the first connection test ends, then quit."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tour"),
                      QObject::tr("Demo only: walk through every page, saving a PNG of each into DIR, then quit."),
                      QStringLiteral("dir")});
    parser.process(app);

    ui::UpgradeWizard wizard;
    ui::ConnectionPage *page = wizard.connectionPage();
    if (parser.isSet(QStringLiteral("demo")) || !parser.value(QStringLiteral("screenshot")).isEmpty())
        wizard.startInDemoMode(); // straight to the Connection page
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
        QObject::connect(page, &ui::ConnectionPage::probeFinished, &wizard, [&wizard, shot] {
            QTimer::singleShot(200, &wizard, [&wizard, shot] {
                wizard.grab().save(shot);
                QApplication::quit();
            });
        });
        QTimer::singleShot(60000, &app, &QApplication::quit); // never hang a headless run
    }

    // The demo server is started off the UI thread; it is stopped when `demo` goes away.
    std::shared_ptr<core::ScratchPostgres> demo;
    app::DemoCluster demoCluster; // simulated old/new Kong nodes for the cutover page
    QFutureWatcher<app::DemoDatastore::Started> demoWatcher;
    if (parser.isSet(QStringLiteral("demo"))) {
        page->statusView()->showMessage(QObject::tr("Starting the embedded demo PostgreSQL and bootstrapping Kong %1…")
                                            .arg(parser.value(QStringLiteral("demo-version"))));
        QObject::connect(&demoWatcher, &QFutureWatcher<app::DemoDatastore::Started>::finished, page, [&] {
            const auto started = demoWatcher.result();
            if (started.error) {
                page->statusView()->showError(*started.error);
                return;
            }
            demo = started.server;
            page->applySettings(demo->settings(QStringLiteral("kong")),
                                QObject::tr("Demo: embedded PostgreSQL in %1 (deleted on exit)").arg(demo->directory()));
            page->testConnection();
            const QString newest = wizard.state().catalog ? wizard.state().catalog->newest().toString() : QStringLiteral("2.5.2");
            if (!demoCluster.start(parser.value(QStringLiteral("demo-version")), newest, demo->settings(QStringLiteral("kong")),
                                   wizard.checkpointsPage()))
                page->statusView()->showMessage(QObject::tr("The simulated Kong nodes could not start: the cutover page has no nodes."));
        });
        demoWatcher.setFuture(app::DemoDatastore::start(parser.value(QStringLiteral("demo-version"))));
    } else if (!shot.isEmpty()) {
        page->testConnection();
    }

    wizard.show();
    const int rc = app.exec();
    demoWatcher.waitForFinished(); // a demo server still starting must be stopped, not leaked
    if (!demo && demoWatcher.future().isValid() && demoWatcher.future().resultCount() > 0)
        demo = demoWatcher.result().server;
    return rc;
}
