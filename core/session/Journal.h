// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kuw::core {

/// One thing that happened during an upgrade session (never a secret).
struct JournalEvent
{
    QDateTime at;                      ///< UTC
    QString step;                      ///< wizard step id, e.g. "connection", "up", "finish"
    QString event;                     ///< e.g. "tested", "acknowledged", "skipped", "done", "failed"
    QString detail;                    ///< one human line
    QMap<QString, QString> data;       ///< small facts (durations, counts, reasons)
};

/// The upgrade journal: a YAML file per session, rewritten atomically on every event, so a
/// crash or a closed window can be resumed. Every text passes through the Redactor.
class Journal
{
public:
    /// Starts a new journal in `dir` (created if needed) for `datastore` (e.g. "kong@db:5432/kong").
    static Result<Journal> create(const QString &dir, const QString &datastore, const QString &mode);
    /// The same journal in memory only: nothing touches the disk until the first save (the UI
    /// starts journals this way and lets JournalWriter save them off the UI thread).
    static Journal begin(const QString &dir, const QString &datastore, const QString &mode);
    static Result<Journal> load(const QString &path);
    /// Journals in `dir`, newest first.
    static QList<Journal> list(const QString &dir);
    /// QStandardPaths' app data location + "/journals".
    static QString defaultDirectory();

    Status append(const QString &step, const QString &event, const QString &detail,
                  const QMap<QString, QString> &data = {});
    /// Marks the session as finished (no longer offered for resume).
    Status close(const QString &outcome);
    /// append() and close() without writing the file: the UI records in memory and hands a
    /// copy to a JournalWriter, which calls save() on its worker thread.
    void addEvent(const QString &step, const QString &event, const QString &detail,
                  const QMap<QString, QString> &data = {});
    void setOutcome(const QString &outcome) { m_outcome = outcome; }
    /// Rewrites the whole file atomically (QSaveFile: fsync, then rename).
    Status save() const;

    QString path() const { return m_path; }
    QString id() const { return m_id; }
    QString datastore() const { return m_datastore; }
    QString mode() const { return m_mode; }
    QDateTime created() const { return m_created; }
    bool isClosed() const { return !m_outcome.isEmpty(); }
    QString outcome() const { return m_outcome; }
    const QList<JournalEvent> &events() const { return m_events; }
    /// The latest event of `step` with `event`, if any.
    const JournalEvent *last(const QString &step, const QString &event = {}) const;
    /// Where a resumed wizard should continue: the step of the last event.
    QString lastStep() const;

private:
    QString m_path;
    QString m_id;
    QString m_datastore;
    QString m_mode;
    QDateTime m_created;
    QString m_outcome;
    QList<JournalEvent> m_events;
};

} // namespace kuw::core
