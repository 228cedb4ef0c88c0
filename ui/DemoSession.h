// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoEnvironment.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <memory>

namespace kuw::ui {

class UpgradeWizard;

/// The wizard's demo mode (`--demo` or the Welcome page's Demo choice): prepares the embedded
/// datastore on a worker thread, then starts the SIMULATED Kong nodes and points the wizard at
/// them — the normal wizard then runs unchanged against a real PostgreSQL.
/** Preparing starts in the constructor, so `--demo` can overlap it with building the window.
 *  Destruction tears everything down (nodes, server, its directory with the snapshots) unless
 *  the options asked to keep the datastore; a datastore still being prepared is waited for. */
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(const core::DemoOptions &options, QObject *parent = nullptr);
    ~DemoSession() override;

    /// Shows the progress on the wizard's Connection page; once ready, fills that page in,
    /// tests the connection, sends snapshots into the demo's directory and wires the cutover.
    void attach(UpgradeWizard &wizard);
    bool isPreparing() const { return m_watcher.isRunning(); }
    /// The running demo once ready, else null.
    core::DemoEnvironment *environment() const { return m_env.get(); }
    /// Phase → milliseconds of the preparation (catalog, initdb or template copy, …), once ready.
    const QList<QPair<QString, qint64>> &timings() const { return m_timings; }
    QString lastProgress() const { return m_lastProgress; }

Q_SIGNALS:
    /// A progress line (emitted on the worker thread: connect queued or auto).
    void progress(const QString &line);
    void ready();
    void failed(const kuw::core::Error &error);

private:
    void onPrepared();
    void applyTo(UpgradeWizard &wizard);

    QFutureWatcher<core::DemoEnvironment::Prepared> m_watcher;
    std::unique_ptr<core::DemoEnvironment> m_env;
    QPointer<UpgradeWizard> m_wizard;
    QList<QPair<QString, qint64>> m_timings;
    QString m_lastProgress;
};

} // namespace kuw::ui
