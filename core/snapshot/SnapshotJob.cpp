// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotJob.h"

#include "db/PgCancelToken.h"

#include <QPointer>
#include <QtConcurrent>

namespace kuw::core {

SnapshotJob::SnapshotJob(QObject *parent) : QObject(parent), m_cancel(std::make_shared<PgCancelToken>())
{
    qRegisterMetaType<kuw::core::SnapshotJobResult>();
    connect(&m_watcher, &QFutureWatcher<SnapshotJobResult>::finished, this, [this] {
        m_result = m_watcher.result();
        Q_EMIT finished(m_result);
    });
}

SnapshotJob *SnapshotJob::create(ConnectionSettings settings, SnapshotOptions options, QObject *parent)
{
    auto *job = new SnapshotJob(parent);
    job->m_work = [settings = std::move(settings), options = std::move(options)](auto cancel, auto log) {
        SnapshotJobResult r;
        auto info = createSnapshot(settings, options, cancel, log);
        if (info)
            r.snapshot = *info;
        else
            r.error = info.error();
        return r;
    };
    return job;
}

SnapshotJob *SnapshotJob::restore(ConnectionSettings settings, QString snapshotPath, RestoreOptions options, QObject *parent)
{
    auto *job = new SnapshotJob(parent);
    job->m_work = [settings = std::move(settings), path = std::move(snapshotPath), options = std::move(options)](auto cancel, auto log) {
        SnapshotJobResult r;
        r.restore = restoreSnapshot(settings, path, options, cancel, log);
        r.error = r.restore->error;
        return r;
    };
    return job;
}

SnapshotJob::~SnapshotJob()
{
    // The worker holds its own copies; cancelling kills the tool so it ends promptly.
    m_cancel->cancel();
}

void SnapshotJob::start()
{
    if (isRunning())
        return;
    QPointer<SnapshotJob> self(this);
    SnapshotLog log = [self](const QString &line) {
        if (SnapshotJob *job = self.data())
            QMetaObject::invokeMethod(job, [self, line] { if (self) Q_EMIT self->logLine(line); }, Qt::QueuedConnection);
    };
    m_watcher.setFuture(QtConcurrent::run([work = m_work, cancel = m_cancel, log] { return work(cancel, log); }));
}

void SnapshotJob::cancel()
{
    m_cancel->cancel();
}

bool SnapshotJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace kuw::core
