// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFuture>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace kuw::ui {
class UpgradeWizard;
}

namespace kuw::app {

/// `--tour DIR`: walks the demo through every page (connect, version, up, finish, summary),
/// then through the parallel-datastore path (new database, transfer, checkpoints, diff,
/// decommission), saving a PNG of each — for documentation, reviews and kiosks. Quits when done.
class PageTour : public QObject
{
    Q_OBJECT
public:
    PageTour(ui::UpgradeWizard &wizard, QString dir);
    void start();

private:
    struct Stop
    {
        QString name;
        std::function<bool()> ready; ///< polled until true
        std::function<void()> then;  ///< after the screenshot
        bool shot = true;            ///< false: a step between screenshots
    };
    /// The second pass: the parallel-datastore path into a new database of the demo server.
    QList<Stop> parallelStops();
    void poll();
    bool stageReady() const;
    void confirmStage();
    void showTab(int index);
    void shoot(const QString &name);

    ui::UpgradeWizard &m_wizard;
    QString m_dir;
    QList<Stop> m_stops;
    int m_index = 0;
    QTimer m_timer;
    QFuture<bool> m_sql; ///< the parallel pass's SQL on the demo server (on a worker)
};

} // namespace kuw::app
