// SPDX-License-Identifier: GPL-3.0-or-later
#include "FinishGate.h"

#include "WizardState.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace kuw::ui {
namespace {
constexpr int MinReasonLength = 10; // a sentence, not "x" (same bar as skipping the snapshot)
}

FinishGate::FinishGate(WizardState &state, QWidget *parent) : QGroupBox(tr("Cutover checkpoints"), parent), m_state(state)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_override = new QCheckBox(tr("&Override: finish without every checkpoint"), this);
    m_override->setAccessibleName(tr("Override the cutover checkpoints"));
    m_reason = new QLineEdit(this);
    m_reason->setAccessibleName(tr("Reason for the override"));
    m_reason->setPlaceholderText(tr("Why finish now, e.g. old nodes shut down by the platform team at 14:10"));
    m_reason->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_override);
    layout->addWidget(m_reason);
    connect(m_override, &QCheckBox::toggled, this, [this](bool on) {
        m_reason->setEnabled(on);
        Q_EMIT changed();
    });
    connect(m_reason, &QLineEdit::textChanged, this, &FinishGate::changed);
    refresh();
}

void FinishGate::refresh()
{
    const core::Checkpoints &cp = m_state.checkpoints;
    const bool done = cp.allDone();
    if (done) {
        m_status->setText(tr("All %1 cutover checkpoints passed: the old nodes no longer use the datastore.").arg(cp.count()));
    } else {
        QStringList open;
        for (const core::Checkpoint &c : cp.items())
            if (!c.done)
                open << c.id;
        m_status->setText(tr("<b>%1 of %2 cutover checkpoints passed</b> (open: %3). Finish removes what the old version "
                             "needs: old nodes still running will fail. Go back to complete them, or override with a reason.")
                              .arg(cp.doneCount()).arg(cp.count()).arg(open.join(QStringLiteral(", "))));
    }
    m_override->setVisible(!done);
    m_reason->setVisible(!done);
    Q_EMIT changed();
}

bool FinishGate::overrideInUse() const
{
    return !m_state.checkpoints.allDone() && m_override->isChecked()
           && m_reason->text().trimmed().size() >= MinReasonLength;
}

bool FinishGate::allowsFinish() const
{
    return m_state.checkpoints.allDone() || overrideInUse();
}

void FinishGate::recordIfOverridden()
{
    if (!overrideInUse())
        return;
    const core::Checkpoints &cp = m_state.checkpoints;
    m_state.record(QStringLiteral("finish"), QStringLiteral("override"), m_reason->text().trimmed(),
                   {{QStringLiteral("checkpoints_passed"), QString::number(cp.doneCount())},
                    {QStringLiteral("checkpoints_total"), QString::number(cp.count())}});
}

} // namespace kuw::ui
