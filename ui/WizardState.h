// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config/KongConfig.h"
#include "db/ConnectionSettings.h"
#include "migrations/Catalog.h"
#include "migrations/RunReport.h"
#include "migrations/SchemaState.h"
#include "session/Checkpoints.h"
#include "session/Journal.h"
#include "session/JournalWriter.h"
#include "snapshot/Rehearsal.h"

#include <QDateTime>
#include <QStringList>

#include <memory>
#include <optional>

namespace kuw::ui {

/// What the user chose on the Welcome page.
enum class WizardMode { GuidedUpgrade, FreshInstall, Diagnose, Demo, Restore };

/// State shared by the wizard's pages (owned by UpgradeWizard, used on the UI thread only).
struct WizardState
{
    WizardMode mode = WizardMode::GuidedUpgrade;
    std::optional<core::Catalog> catalog;
    core::ConnectionSettings settings;
    QStringList plugins = {QStringLiteral("bundled")};
    core::KongVersion target;
    std::optional<core::SchemaState> state;     ///< as last inspected
    std::optional<core::RunReport> upReport;
    std::optional<core::RunReport> finishReport;
    std::optional<core::Journal> journal;
    QString journalDir;                         ///< empty = Journal::defaultDirectory()
    std::optional<core::KongConfig> config;     ///< the kong.conf the user loaded, if any
    QString snapshotPath;                       ///< the verified snapshot of this session, if any
    QString snapshotDir;                        ///< where snapshots go; empty = defaultSnapshotDirectory() (demo: its own directory)
    std::optional<core::RehearsalReport> rehearsal; ///< the last rehearsal (its estimate feeds Up)
    bool resuming = false;                      ///< a journal was chosen on Welcome: re-check, then jump
    core::DeploymentKind deployment = core::DeploymentKind::Traditional; ///< chosen on the Version page
    int helmReleases = 1;                       ///< Kubernetes/Helm: releases sharing the datastore
    core::Checkpoints checkpoints;              ///< blue-green cutover (Checkpoints::restore() on resume)
    bool parallel = false;                      ///< the parallel-datastore path (chosen on the Version page)
    core::ConnectionSettings parallelTarget;    ///< its new datastore (the old one stays `settings`)
    QDateTime exportedAt;                       ///< its export: later changes on the old side are not carried over
    /// The datastore the new nodes use: the parallel target, or the shared one.
    const core::ConnectionSettings &newDatastore() const { return parallel ? parallelTarget : settings; }
    /// Saves `journal` on a worker thread, in order; flushes when the state is destroyed.
    std::unique_ptr<core::JournalWriter> journalWriter = std::make_unique<core::JournalWriter>();

    /// The configuration the checks see: the loaded kong.conf (or Kong's defaults) with the
    /// datastore fields as entered on the Connection page.
    core::KongConfig kongConfig() const;
    /// Records an event in the journal when one is open (never fails the UI).
    void record(const QString &step, const QString &event, const QString &detail,
                const QMap<QString, QString> &data = {});
    /// Marks the journal finished (see Journal::close), saved like record().
    void closeJournal(const QString &outcome);
    /// Waits until the journal is on disk. Blocks: only at shutdown or in tests.
    bool flushJournal(int timeoutMs = -1);
};

} // namespace kuw::ui
