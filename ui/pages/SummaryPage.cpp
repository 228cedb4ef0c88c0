// SPDX-License-Identifier: GPL-3.0-or-later
#include "SummaryPage.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace kuw::ui {
namespace {
QString reportLine(const QString &what, const core::RunReport &r)
{
    qint64 ms = 0;
    for (const core::StepReport &s : r.steps)
        ms += s.durationMs;
    const QString outcome = r.ok() ? SummaryPage::tr("completed").toHtmlEscaped()
                                   : QStringLiteral("<b>%1</b>").arg(SummaryPage::tr("not completed").toHtmlEscaped());
    return QStringLiteral("<li>%1</li>")
        .arg(SummaryPage::tr("%1: %n step(s), %2 ms, %3", nullptr, int(r.steps.size()))
                 .arg(what.toHtmlEscaped())
                 .arg(ms)
                 .arg(outcome));
}
} // namespace

SummaryPage::SummaryPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Summary"));
    setFinalPage(true);
    m_view = new QTextBrowser(this);
    m_view->setAccessibleName(tr("Summary"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
}

void SummaryPage::initializePage()
{
    QString html = QStringLiteral("<p><b>%1</b></p><ul>")
                       .arg(tr("Datastore %1 — target Kong %2").arg(m_state.settings.toString(), m_state.target.toString()).toHtmlEscaped());
    if (m_state.upReport)
        html += reportLine(m_state.mode == WizardMode::FreshInstall ? tr("Bootstrap") : tr("Migrations up"), *m_state.upReport);
    if (m_state.finishReport)
        html += reportLine(tr("Finish"), *m_state.finishReport);
    html += QStringLiteral("</ul>");
    if (m_state.journal)
        html += QStringLiteral("<p>%1 <code>%2</code></p>").arg(tr("Journal:").toHtmlEscaped(), m_state.journal->path().toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p><pre>").arg(tr("Next steps").toHtmlEscaped());
    if (m_state.mode == WizardMode::FreshInstall)
        html += QStringLiteral("kong start -c /etc/kong/kong.conf\n");
    else if (m_state.parallel)
        html += tr("The new cluster runs Kong %1 on %2.\nKeep the old datastore until its retention period ends; drop it by hand.\n")
                    .arg(m_state.target.toString(), m_state.parallelTarget.toString()).toHtmlEscaped();
    else if (m_state.finishReport && m_state.finishReport->ok())
        html += tr("Every node now runs Kong %1; the previous version must not be started against this datastore again.\n"
                   "kong reload   # on nodes whose configuration changed\n").arg(m_state.target.toString()).toHtmlEscaped();
    else
        html += tr("Start Kong %1 nodes against this datastore (kong start -c /etc/kong/kong.conf),\n"
                   "divert traffic to them, then run finish once no old node is left.\n").arg(m_state.target.toString()).toHtmlEscaped();
    html += QStringLiteral("</pre>");
    m_view->setHtml(html);
    if (m_state.journal && (m_state.mode == WizardMode::FreshInstall || (m_state.finishReport && m_state.finishReport->ok())
                            || (m_state.parallel && m_state.journal->last(QStringLiteral("parallel"), QStringLiteral("decommissioned")))))
        m_state.closeJournal(QStringLiteral("finished"));
}

QString SummaryPage::text() const
{
    return m_view->toPlainText();
}

} // namespace kuw::ui
