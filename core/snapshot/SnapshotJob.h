// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Snapshot.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace kuw::core {

/// The outcome of a SnapshotJob: `snapshot` after a create, `restore` after a restore.
struct SnapshotJobResult
{
    std::optional<SnapshotInfo> snapshot;
    std::optional<RestoreOutcome> restore;
    std::optional<Error> error;
    bool ok() const { return !error; }
};

/// Creates or restores a snapshot on a worker thread; reports through queued signals.
/** Cancel kills pg_dump / pg_restore (a cancelled restore rolls back its transaction). */
class SnapshotJob : public QObject
{
    Q_OBJECT
public:
    static SnapshotJob *create(ConnectionSettings settings, SnapshotOptions options, QObject *parent = nullptr);
    static SnapshotJob *restore(ConnectionSettings settings, QString snapshotPath, RestoreOptions options,
                                QObject *parent = nullptr);
    ~SnapshotJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    const SnapshotJobResult &result() const { return m_result; }

Q_SIGNALS:
    void logLine(const QString &line);
    void finished(const kuw::core::SnapshotJobResult &result);

private:
    explicit SnapshotJob(QObject *parent);
    std::function<SnapshotJobResult(std::shared_ptr<PgCancelToken>, SnapshotLog)> m_work;
    std::shared_ptr<PgCancelToken> m_cancel;
    QFutureWatcher<SnapshotJobResult> m_watcher;
    SnapshotJobResult m_result;
};

} // namespace kuw::core

Q_DECLARE_METATYPE(kuw::core::SnapshotJobResult)
