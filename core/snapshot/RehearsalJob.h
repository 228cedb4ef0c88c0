// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Rehearsal.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace kuw::core {

/// Runs rehearse() on a worker thread and reports through queued signals.
/** Cancel stops the engine at the next safe point (or the running statement); the scratch
 *  copy is torn down either way before finished() is emitted. */
class RehearsalJob : public QObject
{
    Q_OBJECT
public:
    RehearsalJob(const Catalog &catalog, QString snapshotPath, RehearsalOptions options, QObject *parent = nullptr);
    ~RehearsalJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const RehearsalReport &report() const { return m_report; }

Q_SIGNALS:
    void logLine(const QString &line);
    /// `done` of `total` steps of the current command finished; `current` is the running step.
    void progress(int done, int total, const QString &current);
    void finished(const kuw::core::RehearsalReport &report);

private:
    const Catalog &m_catalog;
    QString m_path;
    RehearsalOptions m_options;
    std::shared_ptr<PgCancelToken> m_cancel;
    QFutureWatcher<RehearsalReport> m_watcher;
    RehearsalReport m_report;
};

} // namespace kuw::core

Q_DECLARE_METATYPE(kuw::core::RehearsalReport)
