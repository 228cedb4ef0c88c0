// SPDX-License-Identifier: GPL-3.0-or-later
#include "RehearsalJob.h"

#include "db/PgCancelToken.h"

#include <QPointer>
#include <QtConcurrent>

namespace kuw::core {
namespace {

/// Forwards engine callbacks (worker thread) to the job's signals (its own thread).
class QueuedObserver : public EngineObserver
{
public:
    explicit QueuedObserver(RehearsalJob *job) : m_job(job) {}
    void log(const QString &line) override
    {
        post([job = m_job, line] { if (job) Q_EMIT job->logLine(line); });
    }
    void stepStarted(int index, int total, const PlanStep &step) override
    {
        post([job = m_job, index, total, title = step.title()] { if (job) Q_EMIT job->progress(index, total, title); });
    }
    void stepFinished(int index, int total, const StepReport &) override
    {
        post([job = m_job, index, total] { if (job) Q_EMIT job->progress(index + 1, total, QString()); });
    }

private:
    template<typename F>
    void post(F &&f)
    {
        if (RehearsalJob *job = m_job.data())
            QMetaObject::invokeMethod(job, std::forward<F>(f), Qt::QueuedConnection);
    }
    QPointer<RehearsalJob> m_job;
};

} // namespace

RehearsalJob::RehearsalJob(const Catalog &catalog, QString snapshotPath, RehearsalOptions options, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_path(std::move(snapshotPath)), m_options(std::move(options)),
      m_cancel(std::make_shared<PgCancelToken>())
{
    qRegisterMetaType<kuw::core::RehearsalReport>();
    connect(&m_watcher, &QFutureWatcher<RehearsalReport>::finished, this, [this] {
        m_report = m_watcher.result();
        Q_EMIT finished(m_report);
    });
}

RehearsalJob::~RehearsalJob()
{
    m_cancel->cancel(); // the worker still tears its scratch copy down
}

void RehearsalJob::start()
{
    if (isRunning())
        return;
    auto observer = std::make_shared<QueuedObserver>(this);
    const Catalog &catalog = m_catalog;
    m_watcher.setFuture(QtConcurrent::run([&catalog, path = m_path, options = m_options, cancel = m_cancel, observer] {
        return rehearse(catalog, path, options, observer.get(), cancel);
    }));
}

void RehearsalJob::cancel()
{
    m_cancel->cancel();
}

bool RehearsalJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace kuw::core
