// SPDX-License-Identifier: GPL-3.0-or-later
#include "WelcomePage.h"

#include "session/Checkpoints.h"

#include "UpgradeWizard.h"
#include "pages/ConnectionPage.h"
#include "session/SessionResume.h"

#include <QButtonGroup>
#include <QtConcurrent/QtConcurrentRun>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kuw::ui {
namespace {
QString journalDir(const WizardState &state)
{
    return state.journalDir.isEmpty() ? core::Journal::defaultDirectory() : state.journalDir;
}
} // namespace

WelcomePage::WelcomePage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Welcome"));
    setSubTitle(tr("Kong Upgrade Wizard takes a Kong Gateway datastore through an upgrade safely: "
                   "path check, assessment, snapshot, rehearsal, migrations up, blue-green cutover, finish."));
    m_modes = new QButtonGroup(this);
    auto *box = new QGroupBox(tr("What do you want to do?"), this);
    auto *boxLayout = new QVBoxLayout(box);
    const QList<QPair<WizardMode, QString>> modes = {
        {WizardMode::GuidedUpgrade, tr("&Guided upgrade of an existing datastore")},
        {WizardMode::FreshInstall, tr("&Fresh install: bootstrap a new datastore")},
        {WizardMode::Diagnose, tr("&Diagnose a datastore (read-only)")},
        {WizardMode::Restore, tr("Restore a &snapshot (in place or into a new database)")},
        {WizardMode::Demo, tr("D&emo: an embedded, throwaway PostgreSQL and simulated Kong nodes (training)")},
    };
    for (const auto &[mode, label] : modes) {
        auto *b = new QRadioButton(label, box);
        b->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        m_modes->addButton(b, int(mode));
        boxLayout->addWidget(b);
    }
    m_modes->button(int(WizardMode::GuidedUpgrade))->setChecked(true);

    // Offered on startup when an unfinished session exists: one key press resumes it.
    m_banner = new QLabel(this);
    m_banner->setWordWrap(true);
    m_resumeLatest = new QPushButton(tr("Res&ume the latest session"), this);
    m_resumeLatest->setAccessibleName(tr("Resume the latest unfinished session"));
    connect(m_resumeLatest, &QPushButton::clicked, this, [this] {
        m_resume->setCurrentRow(0);
        if (wizard())
            wizard()->next();
    });
    auto *bannerRow = new QHBoxLayout;
    bannerRow->addWidget(m_banner, 1);
    bannerRow->addWidget(m_resumeLatest, 0, Qt::AlignTop);

    m_resume = new QListWidget(this);
    m_resume->setAccessibleName(tr("Recent sessions"));
    m_resume->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *listLabel = new QLabel(tr("&Recent sessions (select an unfinished one to resume it; the datastore state is re-checked):"), this);
    listLabel->setWordWrap(true);
    listLabel->setBuddy(m_resume);
    m_newSession = new QPushButton(tr("Start a ne&w session instead"), this);
    m_newSession->setAccessibleName(tr("Clear the selection and start a new session"));
    connect(m_newSession, &QPushButton::clicked, m_resume, &QListWidget::clearSelection);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(box);
    layout->addLayout(bannerRow);
    layout->addWidget(listLabel);
    layout->addWidget(m_resume, 1);
    layout->addWidget(m_newSession, 0, Qt::AlignLeft);
    connect(&m_listing, &QFutureWatcher<QList<core::Journal>>::finished, this, [this] {
        showSessions(m_listing.result());
        Q_EMIT sessionsListed();
    });
}

void WelcomePage::initializePage()
{
    // Reading every journal is disk work: a worker does it, the page fills in when it is done.
    m_resume->clear();
    m_resume->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_newSession), static_cast<QWidget *>(m_resumeLatest), static_cast<QWidget *>(m_banner)})
        w->setVisible(false);
    m_listing.setFuture(QtConcurrent::run([dir = journalDir(m_state)] { return core::Journal::list(dir).mid(0, 20); }));
}

void WelcomePage::showSessions(const QList<core::Journal> &journals)
{
    m_resume->clear();
    int unfinished = 0;
    for (const core::Journal &j : journals) {
        const QString when = j.created().toLocalTime().toString(Qt::ISODate);
        auto *item = new QListWidgetItem(j.isClosed() ? tr("%1 — %2, %3 (%4)").arg(when, j.datastore(), j.mode(), j.outcome())
                                                      : tr("%1 — %2, last step: %3")
                                                            .arg(when, j.datastore(), j.lastStep().isEmpty() ? tr("none") : j.lastStep()),
                                         m_resume);
        item->setData(Qt::UserRole, j.path());
        if (j.isClosed()) {
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled)); // finished: nothing to resume
        } else if (unfinished++ == 0 && m_resume->row(item) != 0) {
            m_resume->takeItem(m_resume->row(item)); // the newest unfinished session first
            m_resume->insertItem(0, item);
        }
    }
    m_resume->setEnabled(m_resume->count() > 0);
    if (unfinished > 0)
        m_banner->setText(tr("<b>%n unfinished session(s) found.</b> The latest: %1.", nullptr, unfinished)
                              .arg(m_resume->item(0)->text().toHtmlEscaped()));
    m_newSession->setVisible(unfinished > 0);
    m_resumeLatest->setVisible(unfinished > 0);
    m_banner->setVisible(unfinished > 0);
    // The page is already laid out: the wrapped banner's height must be worked out again now
    // that the button beside it narrows it.
    if (layout())
        layout()->activate();
    m_banner->updateGeometry();
}

void WelcomePage::setMode(WizardMode mode)
{
    if (auto *b = m_modes->button(int(mode)))
        b->setChecked(true);
}

WizardMode WelcomePage::mode() const
{
    return WizardMode(m_modes->checkedId());
}

QString WelcomePage::resumePath() const
{
    const QListWidgetItem *item = m_resume->currentItem();
    return item && item->isSelected() ? item->data(Qt::UserRole).toString() : QString();
}

bool WelcomePage::validatePage()
{
    if (m_state.mode != WizardMode::Demo)
        m_state.mode = mode();
    if (mode() == WizardMode::Demo) {
        // Prepared on a worker; the Connection page shows the progress, then connects.
        if (auto *w = qobject_cast<UpgradeWizard *>(wizard()))
            w->startDemo();
        m_resume->clearSelection(); // a demo never resumes a real session
    }
    if (m_state.resuming) { // back on Welcome after choosing a session: start from scratch
        m_state.journal.reset();
        m_state.resuming = false;
    }
    if (resumePath().isEmpty())
        return true;
    auto j = core::Journal::load(resumePath());
    if (!j)
        return false;
    m_state.journal = *j;
    m_state.resuming = true;
    m_state.snapshotPath = core::journaledSnapshot(*j);
    // The cutover continues where it stopped (e.g. checkpoints 2 of 4), as journaled.
    m_state.checkpoints = core::Checkpoints::restore(j->events());
    m_state.deployment = m_state.checkpoints.kind();
    m_state.helmReleases = m_state.checkpoints.helmReleases();
    if (m_state.mode != WizardMode::Demo)
        m_state.mode = j->mode() == QLatin1String("fresh-install") ? WizardMode::FreshInstall : WizardMode::GuidedUpgrade;
    // Prefill the connection (the password was never journaled; keep one already entered).
    auto *w = qobject_cast<UpgradeWizard *>(wizard());
    const auto journaled = core::journaledConnection(*j);
    if (w && journaled) {
        const core::ConnectionSettings now = w->connectionPage()->settings();
        if (now.host != journaled->host || now.port != journaled->port || now.database != journaled->database
            || now.user != journaled->user || now.schema != journaled->schema)
            w->connectionPage()->applySettings(*journaled, tr("From the resumed session's journal (enter the password)"));
    }
    return true;
}

int WelcomePage::nextId() const
{
    return UpgradeWizard::ConnectionPageId;
}

} // namespace kuw::ui
