// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionPage.h"
#include "widgets/ThemeColors.h"

#include "UpgradeWizard.h"
#include "db/PgConnection.h"
#include "migrations/Engine.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace kuw::ui {

VersionPage::VersionPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Version and path"));
    setSubTitle(tr("What the datastore holds, read from schema_meta, and the Kong version to reach."));
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_target = new QComboBox(this);
    m_target->setAccessibleName(tr("Target Kong version"));
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_watcher.isRunning() && m_target->count() > 0)
            inspect();
    });
    m_subsystems = new QTreeWidget(this);
    m_subsystems->setAccessibleName(tr("Subsystems"));
    m_subsystems->setHeaderLabels({tr("Subsystem"), tr("Executed"), tr("Pending"), tr("New")});
    m_subsystems->setRootIsDecorated(false);
    m_subsystems->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_deployment = new QComboBox(this);
    m_deployment->setAccessibleName(tr("Deployment kind"));
    m_deployment->addItem(tr("Traditional nodes"), QVariant::fromValue(int(core::DeploymentKind::Traditional)));
    m_deployment->addItem(tr("Hybrid (Control Plane / Data Planes)"), QVariant::fromValue(int(core::DeploymentKind::Hybrid)));
    m_deployment->addItem(tr("Kubernetes (Helm)"), QVariant::fromValue(int(core::DeploymentKind::KubernetesHelm)));
    m_helmReleases = new QSpinBox(this);
    m_helmReleases->setRange(1, 20);
    m_helmReleases->setAccessibleName(tr("Number of Helm releases sharing the datastore"));
    m_helmReleases->setEnabled(false);
    connect(m_deployment, &QComboBox::currentIndexChanged, this, [this] {
        m_helmReleases->setEnabled(m_deployment->currentData().toInt() == int(core::DeploymentKind::KubernetesHelm));
    });
    m_path = new QComboBox(this);
    m_path->setAccessibleName(tr("Upgrade path"));
    m_path->addItem(tr("In place: both versions share the datastore (up, cutover, finish)"), false);
    m_path->addItem(tr("Parallel datastore: export, then import into a new database"), true);
    m_pathNote = new QLabel(this);
    m_pathNote->setWordWrap(true);
    auto explainPath = [this] {
        m_pathNote->setText(m_path->currentData().toBool()
                                ? tr("The new cluster gets its own database or schema, bootstrapped at the target version and "
                                     "filled from an export of this one. Nothing is shared and there is no 'finish': the old "
                                     "cluster and its datastore stay untouched as the way back. But Admin API changes made on "
                                     "the old cluster after the export are not carried over: before the final cutover the "
                                     "wizard compares both datastores and lists them.")
                                : tr("The new nodes run against this datastore after 'up'; the old ones keep working until "
                                     "'finish', which is the point of no return. Admin API changes must wait until finish."));
    };
    connect(m_path, &QComboBox::currentIndexChanged, this, explainPath);
    explainPath();
    auto *form = new QFormLayout;
    form->addRow(tr("&Target version:"), m_target);
    form->addRow(tr("&Deployment:"), m_deployment);
    form->addRow(tr("Helm &releases:"), m_helmReleases);
    form->addRow(tr("&Path:"), m_path);
    form->addRow(QString(), m_pathNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_summary);
    layout->addWidget(m_subsystems, 1);
    connect(&m_watcher, &QFutureWatcher<Inspection>::finished, this, &VersionPage::showState);
}

void VersionPage::initializePage()
{
    m_path->setEnabled(m_state.mode != WizardMode::FreshInstall);
    const QSignalBlocker block(m_target);
    m_target->clear();
    if (!m_state.catalog)
        return;
    const QList<core::KongVersion> &versions = m_state.catalog->versions();
    for (auto it = versions.crbegin(); it != versions.crend(); ++it)
        m_target->addItem(it->toString());
    m_target->setCurrentIndex(0); // newest known
    inspect();
}

void VersionPage::inspect()
{
    m_state.state.reset();
    m_summary->setText(tr("Reading schema_meta…"));
    Q_EMIT completeChanged();
    const auto target = m_state.catalog->resolve(m_target->currentText());
    m_state.target = target.value_or(m_state.catalog->newest());
    core::Engine::Options opts;
    opts.target = m_state.target;
    opts.plugins = m_state.plugins;
    const core::Catalog &catalog = *m_state.catalog;
    m_watcher.setFuture(QtConcurrent::run([&catalog, settings = m_state.settings, opts] {
        Inspection out;
        auto conn = core::PgConnection::open(settings);
        if (!conn) {
            out.error = conn.error();
            return out;
        }
        core::Engine engine(catalog, settings, opts);
        auto st = engine.inspect(**conn);
        if (st)
            out.state = *st;
        else
            out.error = st.error();
        return out;
    }));
}

void VersionPage::showState()
{
    const Inspection result = m_watcher.result();
    m_subsystems->clear();
    if (result.error) {
        m_summary->setText(QStringLiteral("<b style='color:%3'>%1</b><br>%2")
                               .arg(result.error->message.toHtmlEscaped(), result.error->remedy.toHtmlEscaped(), errorColor(palette()).name()));
        Q_EMIT completeChanged();
        Q_EMIT inspected(false);
        return;
    }
    m_state.state = result.state;
    const core::SchemaState &st = *result.state;
    for (const core::SubsystemState &s : st.subsystems) {
        auto *item = new QTreeWidgetItem(m_subsystems, {s.name, QString::number(s.executed.size()),
                                                        s.pending.join(QStringLiteral(", ")),
                                                        s.fresh.join(QStringLiteral(", "))});
        if (!s.pending.isEmpty())
            item->setForeground(2, errorColor(palette()));
    }
    QString text;
    switch (st.kind()) {
    case core::SchemaState::Kind::NeedsBootstrap:
        text = m_state.mode == WizardMode::FreshInstall
                   ? tr("The database is empty: it will be bootstrapped at Kong %1.").arg(st.target.toString())
                   : tr("The database holds no Kong schema (or one older than Kong 1.0). Use Fresh install to bootstrap it.");
        break;
    case core::SchemaState::Kind::PendingMigrations:
        text = tr("Pending migrations from an earlier 'up' are waiting for 'finish'. ") + st.summary();
        break;
    case core::SchemaState::Kind::NewMigrations:
        text = tr("New migrations bring this datastore to Kong %1.").arg(st.target.toString());
        break;
    case core::SchemaState::Kind::UpToDate:
        text = tr("The datastore is already at the Kong %1 level.").arg(st.target.toString());
        break;
    }
    if (st.hasUnknown())
        text += QStringLiteral("<br><b>") + tr("Unknown to this catalog (Enterprise or custom plugins): %1 — use the external Kong CLI executor.")
                                                 .arg((st.unknownSubsystems + st.unknownMigrations).join(QStringLiteral(", ")).toHtmlEscaped())
                + QStringLiteral("</b>");
    if (!st.newerMigrations.isEmpty())
        text += QStringLiteral("<br><b>") + tr("The datastore is newer than Kong %1; choose a newer target.").arg(st.target.toString()) + QStringLiteral("</b>");
    m_summary->setText(text);
    m_state.record(QStringLiteral("version"), QStringLiteral("inspected"),
                   QStringLiteral("target %1: %2").arg(st.target.toString(), st.summary().section(QLatin1Char('\n'), 0, 0)));
    Q_EMIT completeChanged();
    Q_EMIT inspected(true);
}

bool VersionPage::isComplete() const
{
    if (!m_state.state || m_watcher.isRunning())
        return false;
    const core::SchemaState &st = *m_state.state;
    if (st.hasUnknown() || !st.newerMigrations.isEmpty())
        return false;
    if (m_state.mode == WizardMode::FreshInstall)
        return st.needsBootstrap;
    return !st.needsBootstrap;
}

bool VersionPage::validatePage()
{
    m_state.deployment = core::DeploymentKind(m_deployment->currentData().toInt());
    m_state.helmReleases = m_helmReleases->value();
    m_state.record(QStringLiteral("version"), QStringLiteral("chosen"), m_state.target.toString(),
                   {{QStringLiteral("deployment"), core::deploymentKindId(m_state.deployment)},
                    {QStringLiteral("helm_releases"), QString::number(m_state.helmReleases)}});
    m_state.parallel = m_state.mode != WizardMode::FreshInstall && m_path->currentData().toBool();
    m_state.record(QStringLiteral("version"), QStringLiteral("path"),
                   m_state.parallel ? QStringLiteral("parallel-datastore") : QStringLiteral("in-place"));
    return true;
}

int VersionPage::nextId() const
{
    if (m_state.mode == WizardMode::FreshInstall)
        return UpgradeWizard::BootstrapPageId;
    if (m_path->currentData().toBool())
        return UpgradeWizard::ParallelTargetPageId;
    return UpgradeWizard::AssessmentPageId;
}

} // namespace kuw::ui
