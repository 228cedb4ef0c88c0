// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "migrations/Engine.h"
#include "migrations/RunReport.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace kuw::core {

class Catalog;
class PgCancelToken;

/// Runs one engine command on a worker thread and reports through queued signals, so a
/// GUI thread never waits on the database. Cancel is honoured between steps, or by
/// cancelling the running statement (its transaction rolls back; the lock is released).
class MigrationJob : public QObject
{
    Q_OBJECT
public:
    MigrationJob(const Catalog &catalog, ConnectionSettings settings, Engine::Options options,
                 MigrationCommand command, QObject *parent = nullptr);
    ~MigrationJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const RunReport &report() const { return m_report; }

Q_SIGNALS:
    void logLine(const QString &line);
    /// `done` of `total` steps finished; `current` is the step now running (empty at the end).
    void progress(int done, int total, const QString &current);
    void finished(const kuw::core::RunReport &report);

private:
    const Catalog &m_catalog;
    ConnectionSettings m_settings;
    Engine::Options m_options;
    MigrationCommand m_command;
    std::shared_ptr<PgCancelToken> m_cancel;
    QFutureWatcher<RunReport> m_watcher;
    RunReport m_report;
};

} // namespace kuw::core

Q_DECLARE_METATYPE(kuw::core::RunReport)
