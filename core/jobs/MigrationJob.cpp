// SPDX-License-Identifier: GPL-3.0-or-later
#include "MigrationJob.h"

#include "db/PgCancelToken.h"

#include <QPointer>
#include <QtConcurrent>

namespace kuw::core {
namespace {

/// Forwards engine callbacks (worker thread) to the job's signals (its own thread).
class QueuedObserver : public EngineObserver
{
public:
    explicit QueuedObserver(MigrationJob *job) : m_job(job) {}
    void log(const QString &line) override
    {
        post([job = m_job, line] { Q_EMIT job->logLine(line); });
    }
    void stepStarted(int index, int total, const PlanStep &step) override
    {
        post([job = m_job, index, total, title = step.title()] { Q_EMIT job->progress(index, total, title); });
    }
    void stepFinished(int index, int total, const StepReport &) override
    {
        post([job = m_job, index, total] { Q_EMIT job->progress(index + 1, total, QString()); });
    }

private:
    template<typename F>
    void post(F &&f)
    {
        if (m_job)
            QMetaObject::invokeMethod(m_job, std::forward<F>(f), Qt::QueuedConnection);
    }
    QPointer<MigrationJob> m_job;
};

} // namespace

MigrationJob::MigrationJob(const Catalog &catalog, ConnectionSettings settings, Engine::Options options,
                           MigrationCommand command, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_settings(std::move(settings)), m_options(std::move(options)),
      m_command(command), m_cancel(std::make_shared<PgCancelToken>())
{
    qRegisterMetaType<kuw::core::RunReport>();
    connect(&m_watcher, &QFutureWatcher<RunReport>::finished, this, [this] {
        m_report = m_watcher.result();
        Q_EMIT finished(m_report);
    });
}

MigrationJob::~MigrationJob()
{
    // The worker keeps its own copies; cancelling lets it stop at the next safe point.
    m_cancel->cancel();
}

void MigrationJob::start()
{
    if (isRunning())
        return;
    auto observer = std::make_shared<QueuedObserver>(this);
    const Catalog &catalog = m_catalog;
    m_watcher.setFuture(QtConcurrent::run([&catalog, settings = m_settings, options = m_options,
                                           command = m_command, cancel = m_cancel, observer] {
        Engine engine(catalog, settings, options);
        return engine.run(command, observer.get(), cancel);
    }));
}

void MigrationJob::cancel()
{
    m_cancel->cancel();
}

bool MigrationJob::isRunning() const
{
    return m_watcher.isRunning();
}

} // namespace kuw::core
