// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "WizardState.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;
class QTreeWidget;

namespace kuw::ui {

/// Where the datastore stands (from schema_meta × catalog) and where it should go.
class VersionPage : public QWizardPage
{
    Q_OBJECT
public:
    VersionPage(WizardState &state, QWidget *parent = nullptr);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    QComboBox *targetBox() const { return m_target; }
    QComboBox *deploymentBox() const { return m_deployment; }
    QSpinBox *helmReleasesBox() const { return m_helmReleases; }
    QComboBox *pathBox() const { return m_path; }
    bool isInspecting() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void inspected(bool ok);

private:
    struct Inspection
    {
        std::optional<core::SchemaState> state;
        std::optional<core::Error> error;
    };
    void inspect();
    void showState();

    WizardState &m_state;
    QLabel *m_summary = nullptr;
    QComboBox *m_target = nullptr;
    QTreeWidget *m_subsystems = nullptr;
    QComboBox *m_deployment = nullptr; ///< decides the cutover checkpoints
    QSpinBox *m_helmReleases = nullptr;
    QComboBox *m_path = nullptr;        ///< in place (shared datastore) or parallel datastore
    QLabel *m_pathNote = nullptr;       ///< the trade-off of the chosen path
    QFutureWatcher<Inspection> m_watcher;
};

} // namespace kuw::ui
