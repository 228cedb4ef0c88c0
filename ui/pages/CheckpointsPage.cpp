// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointsPage.h"
#include "widgets/ThemeColors.h"

#include "UpgradeWizard.h"
#include "cluster/TrafficMonitor.h"
#include "widgets/DataPlanesView.h"
#include "widgets/HelmCommandsView.h"
#include "widgets/TrafficChart.h"

#include <QColor>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace kuw::ui {
namespace {

const QString Step = QString::fromLatin1(core::Checkpoints::Step);

QPlainTextEdit *urlEdit(const QString &name, QWidget *parent)
{
    auto *e = new QPlainTextEdit(parent);
    e->setAccessibleName(name);
    e->setPlaceholderText(QStringLiteral("http://10.0.0.5:8001"));
    e->setTabChangesFocus(true);
    e->setMaximumHeight(64);
    return e;
}

QLabel *wrapped(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return l;
}

QString percent(std::optional<double> fraction)
{
    return fraction ? QStringLiteral("%1 %").arg(*fraction * 100.0, 0, 'f', 1) : QStringLiteral("–");
}

} // namespace

CheckpointsPage::CheckpointsPage(WizardState &state, QWidget *parent) : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Blue-green cutover"));
    setSubTitle(tr("Both versions now share the datastore. Bring up the new nodes, move traffic to them in stages "
                   "and retire the old ones; finish only when every checkpoint has passed."));
    auto *reminder = new QLabel(tr("<b>Do not make Admin API changes on the new cluster until finish.</b> Entities "
                                   "written through the new nodes' Admin API before finish can break the old nodes. "
                                   "Changes since up are listed under “Changed since up”."), this);
    reminder->setWordWrap(true);
    reminder->setAccessibleName(tr("Reminder: no Admin API changes on the new cluster until finish"));
    m_reminder = reminder;
    reminder->setStyleSheet(cautionStyleSheet(palette()));
    m_list = new QListWidget(this);
    m_list->setAccessibleName(tr("Cutover checkpoints"));
    m_list->setMaximumHeight(96);
    m_progress = new QLabel(this);

    // Nodes
    m_nodesTab = new QWidget(this);
    m_oldNodes = urlEdit(tr("Admin API URLs of the old nodes, one per line"), m_nodesTab);
    m_newNodes = urlEdit(tr("Admin API URLs of the new nodes, one per line"), m_nodesTab);
    m_oldVersion = new QLineEdit(m_nodesTab);
    m_oldVersion->setAccessibleName(tr("Kong version of the old nodes"));
    m_targetLabel = new QLabel(m_nodesTab);
    m_verify = new QPushButton(tr("&Verify nodes"), m_nodesTab);
    m_verify->setAccessibleName(tr("Verify the old and new nodes"));
    m_results = new QTreeWidget(m_nodesTab);
    m_results->setAccessibleName(tr("Node verification results"));
    m_results->setHeaderLabels({tr("Node"), tr("Cluster"), tr("Version"), tr("Database"), tr("Result")});
    m_results->setRootIsDecorated(false);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->header()->setStretchLastSection(true);
    m_results->setWordWrap(true);
    m_nodeMessage = wrapped(m_nodesTab);
    auto *nodesForm = new QFormLayout;
    nodesForm->addRow(tr("&Old nodes:"), m_oldNodes);
    nodesForm->addRow(tr("&New nodes:"), m_newNodes);
    auto *versions = new QHBoxLayout;
    versions->addWidget(m_oldVersion);
    versions->addWidget(m_targetLabel, 1);
    auto *oldVersionLabel = new QLabel(tr("Old &version:"), m_nodesTab);
    oldVersionLabel->setBuddy(m_oldVersion); // a layout has no buddy: name the field itself
    nodesForm->addRow(oldVersionLabel, versions);
    auto *nodesLayout = new QVBoxLayout(m_nodesTab);
    nodesLayout->addLayout(nodesForm);
    nodesLayout->addWidget(m_verify, 0, Qt::AlignLeft);
    nodesLayout->addWidget(m_results, 1);
    nodesLayout->addWidget(m_nodeMessage);

    // Traffic
    m_trafficTab = new QWidget(this);
    m_stages = new QLineEdit(QStringLiteral("10, 50, 100"), m_trafficTab);
    m_stages->setAccessibleName(tr("Traffic stages in percent on the new cluster"));
    m_stageLabel = wrapped(m_trafficTab);
    m_confirmStage = new QPushButton(tr("&Confirm stage"), m_trafficTab);
    m_confirmStage->setAccessibleName(tr("Confirm the current traffic stage"));
    m_confirmStage->setEnabled(false);
    m_rates = wrapped(m_trafficTab);
    m_errorRates = wrapped(m_trafficTab);
    m_errorRates->setAccessibleName(tr("5xx rate per cluster"));
    m_chart = new TrafficChart(m_trafficTab);
    auto *stageRow = new QHBoxLayout;
    auto *stagesLabel = new QLabel(tr("&Stages (% on new):"), m_trafficTab);
    stagesLabel->setBuddy(m_stages);
    stageRow->addWidget(stagesLabel);
    stageRow->addWidget(m_stages, 1);
    stageRow->addWidget(m_confirmStage);
    auto *trafficLayout = new QVBoxLayout(m_trafficTab);
    trafficLayout->addLayout(stageRow);
    trafficLayout->addWidget(m_stageLabel);
    trafficLayout->addWidget(m_rates);
    trafficLayout->addWidget(m_errorRates);
    trafficLayout->addWidget(m_chart, 1);

    // Decommission
    m_decomTab = new QWidget(this);
    m_period = new QSpinBox(m_decomTab);
    m_period->setRange(1, 24 * 3600);
    m_period->setValue(300);
    m_period->setSuffix(tr(" s"));
    m_period->setAccessibleName(tr("How long the old nodes must stay quiet"));
    m_decommission = wrapped(m_decomTab);
    m_decommission->setAccessibleName(tr("Decommission status"));
    auto *decomForm = new QFormLayout;
    decomForm->addRow(tr("&Quiet for at least:"), m_period);
    auto *decomLayout = new QVBoxLayout(m_decomTab);
    auto *decomNote = wrapped(m_decomTab);
    decomNote->setText(tr("Stop the old nodes or take them out of the load balancer. They count as decommissioned once "
                          "each is unreachable or serves no traffic for the whole period."));
    decomLayout->addWidget(decomNote);
    decomLayout->addLayout(decomForm);
    decomLayout->addWidget(m_decommission);
    decomLayout->addStretch(1);

    // Changed entities
    m_entitiesTab = new QWidget(this);
    m_entitiesLabel = wrapped(m_entitiesTab);
    m_refresh = new QPushButton(tr("&Refresh"), m_entitiesTab);
    m_refresh->setAccessibleName(tr("Refresh the entities changed since up"));
    m_entities = new QTreeWidget(m_entitiesTab);
    m_entities->setAccessibleName(tr("Entities created or changed since up"));
    m_entities->setHeaderLabels({tr("Table"), tr("Name"), tr("Id"), tr("Change"), tr("When (UTC)")});
    m_entities->setRootIsDecorated(false);
    m_entities->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *entitiesLayout = new QVBoxLayout(m_entitiesTab);
    auto *entitiesRow = new QHBoxLayout;
    entitiesRow->addWidget(m_entitiesLabel, 1);
    entitiesRow->addWidget(m_refresh, 0, Qt::AlignTop);
    entitiesLayout->addLayout(entitiesRow);
    entitiesLayout->addWidget(m_entities, 1);

    m_helm = new HelmCommandsView(this);
    m_helmTab = m_helm;
    m_dataPlanes = new DataPlanesView(this);

    m_tabs = new QTabWidget(this);
    m_tabs->setAccessibleName(tr("Cutover steps"));
    // every tab lives in the tab widget from the start; syncKind() shows those of the deployment
    for (QWidget *w : {m_nodesTab, m_trafficTab, m_decomTab, m_entitiesTab, m_helmTab, static_cast<QWidget *>(m_dataPlanes)})
        m_tabs->addTab(w, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(reminder);
    layout->addWidget(m_progress);
    layout->addWidget(m_list);
    layout->addWidget(m_tabs, 1);

    m_verifier = new core::NodeVerifier(this);
    m_monitor = new core::TrafficMonitor(this);
    connect(m_verify, &QPushButton::clicked, this, &CheckpointsPage::startVerify);
    connect(m_verifier, &core::NodeVerifier::nodeChecked, this, &CheckpointsPage::onNodeChecked);
    connect(m_verifier, &core::NodeVerifier::finished, this, &CheckpointsPage::onVerified);
    connect(m_verifier, &core::NodeVerifier::dataPlanesChecked, this, &CheckpointsPage::onDataPlanes);
    connect(&m_storedPlanes, &QFutureWatcher<core::StoredDataPlanes>::finished, this, &CheckpointsPage::onStoredDataPlanes);
    connect(m_monitor, &core::TrafficMonitor::sampleReady, this, &CheckpointsPage::onSample);
    connect(m_stages, &QLineEdit::editingFinished, this, &CheckpointsPage::applyStages);
    connect(m_confirmStage, &QPushButton::clicked, this, &CheckpointsPage::confirmStage);
    connect(m_period, &QSpinBox::valueChanged, this, [this](int s) { m_watch.setPeriodSeconds(s); });
    m_watch.setPeriodSeconds(m_period->value());
    connect(m_refresh, &QPushButton::clicked, this, &CheckpointsPage::scanEntities);
    connect(&m_scanTimer, &QTimer::timeout, this, &CheckpointsPage::scanEntities);
    connect(&m_scan, &QFutureWatcher<core::ChangedEntitiesReport>::finished, this, &CheckpointsPage::showEntities);
    m_scanTimer.setInterval(15000);
    connect(m_helm, &HelmCommandsView::generated, this, [this](int releases) {
        // the listed releases decide the checkpoints, as long as none has been confirmed yet
        core::Checkpoints &cp = m_state.checkpoints;
        if (cp.kind() != core::DeploymentKind::KubernetesHelm || cp.helmReleases() == releases || cp.doneCount() > 0)
            return;
        m_state.helmReleases = releases;
        cp = core::Checkpoints(core::DeploymentKind::KubernetesHelm, releases);
        record(cp.describeKind());
        refreshList();
    });
    connect(m_helm, &HelmCommandsView::releaseUpgraded, this, [this](int index, const QString &release) {
        if (pass(QStringLiteral("release-%1").arg(index + 1), tr("helm upgrade %1 done").arg(release)))
            m_helm->setConfirmed(index + 1);
    });
}

CheckpointsPage::~CheckpointsPage()
{
    m_scan.waitForFinished(); // the scan holds its own connection; let it end before the page goes
}

QString CheckpointsPage::title(const QString &id) const
{
    if (id == QLatin1String("configured") && m_state.parallel)
        return tr("New nodes configured against the new datastore");
    if (id == QLatin1String("configured"))
        return tr("New nodes configured against the same datastore");
    if (id == QLatin1String("verified"))
        return tr("New nodes provisioned and verified");
    if (id == QLatin1String("traffic"))
        return tr("Traffic moved to the new cluster in stages");
    if (id == QLatin1String("decommissioned"))
        return tr("Old nodes decommissioned");
    if (id == QLatin1String("control-plane"))
        return tr("New Control Plane verified");
    if (id == QLatin1String("data-planes"))
        return tr("Data Planes on the new version");
    if (id.startsWith(QLatin1String("release-")))
        return tr("Helm release %1 upgraded").arg(id.mid(8));
    return id;
}

void CheckpointsPage::record(const core::Checkpoints::Event &event)
{
    m_state.record(Step, event.event, event.detail, event.data);
}

bool CheckpointsPage::pass(const QString &id, const QString &detail)
{
    if (m_state.checkpoints.isDone(id))
        return true;
    auto event = m_state.checkpoints.pass(id, detail);
    if (!event)
        return false;
    record(*event);
    refreshList();
    return true;
}

void CheckpointsPage::syncKind()
{
    core::Checkpoints &cp = m_state.checkpoints;
    const bool kindChanged = cp.kind() != m_state.deployment ||
                             (cp.kind() == core::DeploymentKind::KubernetesHelm && cp.helmReleases() != m_state.helmReleases);
    const bool fresh = !m_state.journal || !m_state.journal->last(Step, QStringLiteral("deployment"));
    if (kindChanged || fresh) {
        // a new deployment kind starts the cutover over (nothing passed can carry across kinds)
        if (kindChanged)
            cp = core::Checkpoints(m_state.deployment, m_state.helmReleases);
        record(cp.describeKind());
    }
    const bool helm = cp.kind() == core::DeploymentKind::KubernetesHelm;
    const bool hybrid = cp.kind() == core::DeploymentKind::Hybrid;
    m_tabs->clear();
    if (helm) {
        m_tabs->addTab(m_helmTab, tr("&Helm releases"));
    } else {
        m_tabs->addTab(m_nodesTab, hybrid ? tr("&Control Plane") : tr("N&odes"));
        if (!hybrid)
            m_tabs->addTab(m_trafficTab, tr("&Traffic"));
        else
            m_tabs->addTab(m_dataPlanes, tr("D&ata Planes"));
        m_tabs->addTab(m_decomTab, tr("&Decommission"));
    }
    if (!m_state.parallel) // the parallel path compares both datastores on its own page
        m_tabs->addTab(m_entitiesTab, tr("Changed since &up"));
}

void CheckpointsPage::initializePage()
{
    if (m_state.parallel) {
        setSubTitle(tr("The new cluster runs on its own datastore. Bring up the new nodes, move traffic to them in stages "
                       "and retire the old ones."));
        m_reminder->setText(tr("<b>Admin API changes on the old cluster are not carried over.</b> Make them on the new "
                               "cluster only; the next page lists what changed on the old datastore since the export."));
    }
    syncKind();
    const core::Checkpoints &cp = m_state.checkpoints;
    if (!cp.nodes().isEmpty() && m_oldNodes->toPlainText().isEmpty() && m_newNodes->toPlainText().isEmpty())
        setNodes(cp.nodes());
    if (m_oldVersion->text().isEmpty() && m_state.state && m_state.catalog) {
        const core::KongVersion old = core::inferOldVersion(*m_state.state, *m_state.catalog);
        if (old.isValid())
            m_oldVersion->setText(QStringLiteral("%1.%2").arg(old.major()).arg(old.minor()));
    }
    m_targetLabel->setText(tr("new nodes must run %1.%2.x").arg(m_state.target.major()).arg(m_state.target.minor()));
    QStringList stages;
    for (int s : cp.stages())
        stages << QString::number(s);
    m_stages->setText(stages.join(QStringLiteral(", ")));
    if (cp.kind() == core::DeploymentKind::KubernetesHelm && m_helm->commands().isEmpty()) {
        QStringList releases;
        for (int i = 1; i <= cp.helmReleases(); ++i)
            releases << (cp.helmReleases() == 1 ? QStringLiteral("kong") : QStringLiteral("kong-%1").arg(i));
        m_helm->setReleasesText(releases.join(QLatin1Char('\n')));
        m_helm->setImageTag(QStringLiteral("%1.%2").arg(m_state.target.major()).arg(m_state.target.minor()));
        m_helm->generate();
    }
    m_helm->setConfirmed(cp.doneCount());
    refreshList();
    m_scanTimer.start();
    scanEntities();
}

void CheckpointsPage::cleanupPage()
{
    stopWatching();
}

bool CheckpointsPage::validatePage()
{
    stopWatching();
    m_state.record(Step, QStringLiteral("left"),
                   tr("%1 of %2 checkpoints passed").arg(m_state.checkpoints.doneCount()).arg(m_state.checkpoints.count()));
    return true; // Finish itself is gated (FinishGate): the override is offered there
}

int CheckpointsPage::nextId() const
{
    return UpgradeWizard::FinishPageId;
}

void CheckpointsPage::stopWatching()
{
    m_monitor->stop();
    m_scanTimer.stop();
}

void CheckpointsPage::setMonitorInterval(std::chrono::milliseconds interval)
{
    m_monitor->setInterval(interval);
}

void CheckpointsPage::refreshList()
{
    const core::Checkpoints &cp = m_state.checkpoints;
    m_list->clear();
    for (const core::Checkpoint &c : cp.items()) {
        auto *item = new QListWidgetItem(c.done ? QStringLiteral("%1 — %2").arg(title(c.id), c.detail) : title(c.id), m_list);
        item->setFlags(Qt::ItemIsEnabled); // shows the state; only the checks below change it
        item->setCheckState(c.done ? Qt::Checked : Qt::Unchecked);
    }
    const core::Checkpoint *next = cp.next();
    m_progress->setText(next ? tr("%1 of %2 checkpoints passed. Next: %3").arg(cp.doneCount()).arg(cp.count()).arg(title(next->id))
                        : m_state.parallel ? tr("All %1 checkpoints passed: next, the changes made on the old datastore since the export.").arg(cp.count())
                                           : tr("All %1 checkpoints passed: the datastore is ready for finish.").arg(cp.count()));
    Q_EMIT checkpointsChanged();
}

void CheckpointsPage::setNodes(const QList<core::CutoverNode> &nodes)
{
    QStringList oldUrls, newUrls;
    for (const core::CutoverNode &n : nodes)
        (n.isNew ? newUrls : oldUrls) << n.url.toString();
    m_oldNodes->setPlainText(oldUrls.join(QLatin1Char('\n')));
    m_newNodes->setPlainText(newUrls.join(QLatin1Char('\n')));
}

std::optional<QList<core::CutoverNode>> CheckpointsPage::parseNodes()
{
    QList<core::CutoverNode> out;
    for (const bool isNew : {false, true}) {
        const QStringList lines = (isNew ? m_newNodes : m_oldNodes)->toPlainText().split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString text = lines.at(i).trimmed();
            if (text.isEmpty())
                continue;
            const QUrl url(text, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty() ||
                (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
                m_nodeMessage->setText(errorHtml(palette(), tr("%1 nodes, line %2: “%3” is not an Admin API URL. "
                                                               "Write it as http(s)://host:port, e.g. http://10.0.0.5:8001.")
                                                                .arg(isNew ? tr("New") : tr("Old")).arg(i + 1).arg(text.toHtmlEscaped())));
                return std::nullopt;
            }
            out.append({url, isNew});
        }
    }
    const bool hasOld = std::any_of(out.cbegin(), out.cend(), [](const core::CutoverNode &n) { return !n.isNew; });
    const bool hasNew = std::any_of(out.cbegin(), out.cend(), [](const core::CutoverNode &n) { return n.isNew; });
    if (!hasNew || (!hasOld && m_state.checkpoints.kind() == core::DeploymentKind::Traditional)) {
        m_nodeMessage->setText(errorHtml(palette(), tr("List at least one old and one new node's Admin API URL.")));
        return std::nullopt;
    }
    return out;
}

void CheckpointsPage::startVerify()
{
    const auto nodes = parseNodes();
    if (!nodes) {
        Q_EMIT verified(false);
        return;
    }
    const auto oldVersion = core::KongVersion::parse(m_oldVersion->text().trimmed());
    if (!oldVersion) {
        m_nodeMessage->setText(errorHtml(palette(), tr("Old version: “%1” is not a Kong version, e.g. 2.0.")
                                                        .arg(m_oldVersion->text().toHtmlEscaped())));
        Q_EMIT verified(false);
        return;
    }
    record(m_state.checkpoints.setNodes(*nodes));
    m_results->clear();
    for (const core::CutoverNode &n : *nodes) {
        auto *item = new QTreeWidgetItem(m_results, {n.url.toDisplayString(QUrl::RemoveUserInfo),
                                                     n.isNew ? tr("new") : tr("old"), {}, {}, tr("checking…")});
        item->setData(0, Qt::UserRole, n.isNew);
    }
    m_nodeMessage->setText(tr("Asking each node's Admin API (GET / and GET /status)…"));
    m_verify->setEnabled(false);
    core::NodeExpectations expect;
    expect.oldVersion = *oldVersion;
    expect.targetVersion = m_state.target;
    expect.database = m_state.newDatastore().database;
    expect.host = m_state.newDatastore().host;
    expect.port = m_state.newDatastore().port;
    expect.kind = m_state.checkpoints.kind();
    m_verifier->verify(*nodes, expect);
    // the monitor follows the same list (it only reads /status and /metrics)
    QList<core::MonitoredNode> monitored;
    for (const core::CutoverNode &n : *nodes)
        monitored.append({n.url, n.isNew ? core::ClusterSide::New : core::ClusterSide::Old, {}});
    m_monitor->setNodes(monitored);
    m_tracker.reset();
    m_watch.reset();
    m_chart->clear();
}

void CheckpointsPage::onNodeChecked(int index, const core::NodeCheck &check)
{
    QTreeWidgetItem *item = m_results->topLevelItem(index);
    if (!item)
        return;
    if (check.info) {
        item->setText(2, check.info->version);
        item->setText(3, check.info->database == QLatin1String("postgres")
                             ? QStringLiteral("%1@%2").arg(check.info->pgDatabase, check.info->pgHost) : check.info->database);
    }
    QStringList lines = check.ok() ? QStringList{tr("OK: version, database reachable")} : check.problems;
    lines += check.notes;
    item->setText(4, lines.join(QLatin1Char('\n')));
    item->setToolTip(4, lines.join(QLatin1Char('\n')));
    item->setForeground(4, check.ok() ? okColor(palette()) : errorColor(palette()));
}

void CheckpointsPage::onVerified(const QList<core::NodeCheck> &checks)
{
    m_verify->setEnabled(true);
    const bool allOk = !checks.isEmpty() && std::all_of(checks.cbegin(), checks.cend(), [](const core::NodeCheck &c) { return c.ok(); });
    qsizetype newCount = 0, oldCount = 0;
    bool configured = true;
    for (const core::NodeCheck &c : checks) {
        (c.node.isNew ? newCount : oldCount) += 1;
        if (c.node.isNew)
            configured = configured && c.sameDatastore;
    }
    configured = configured && newCount > 0;
    const bool hybrid = m_state.checkpoints.kind() == core::DeploymentKind::Hybrid;
    if (configured)
        pass(QStringLiteral("configured"), tr("%n new node(s) use database %1", nullptr, int(newCount)).arg(m_state.newDatastore().database));
    if (allOk && configured) {
        if (hybrid) {
            pass(QStringLiteral("control-plane"), tr("%n new Control Plane(s) verified", nullptr, int(newCount)));
            for (const core::NodeCheck &c : checks)
                if (c.node.isNew) {
                    m_nodeMessage->setText(tr("Asking the new Control Plane for its Data Planes…"));
                    m_controlPlane = c.node.url; // polled from now on with every traffic sample
                    m_polling = false;
                    pollDataPlanes();
                    break;
                }
        } else {
            pass(QStringLiteral("verified"), tr("%1 old and %2 new node(s) verified").arg(oldCount).arg(newCount));
            m_nodeMessage->setText(tr("Every node answered as expected. Move traffic on the Traffic tab."));
        }
        m_monitor->start();
        announceStage();
    } else {
        m_nodeMessage->setText(errorHtml(palette(), tr("Some nodes did not pass: see the Result column, fix them and "
                                                       "verify again.")));
    }
    m_state.record(Step, QStringLiteral("verified"), allOk ? tr("all nodes passed") : tr("some nodes failed"),
                   {{QStringLiteral("nodes"), QString::number(checks.size())}, {QStringLiteral("ok"), allOk ? QStringLiteral("yes") : QStringLiteral("no")}});
    Q_EMIT verified(allOk);
}

void CheckpointsPage::pollDataPlanes()
{
    if (m_polling || m_controlPlane.isEmpty())
        return;
    m_polling = true;
    m_verifier->verifyDataPlanes(m_controlPlane, m_state.target);
}

void CheckpointsPage::onDataPlanes(const core::DataPlaneCheck &check)
{
    if (check.controlPlane != m_controlPlane) {
        m_polling = false;
        return; // an answer from before a re-verification
    }
    if (check.error) {
        // The Control Plane records every Data Plane that pings it in the datastore: read that
        // table instead (on a worker), as its Admin API would have listed it.
        m_apiFailure = check;
        m_storedPlanes.setFuture(core::startStoredDataPlanesRead(m_state.newDatastore()));
        return; // still polling until the read ends
    }
    m_polling = false;
    showDataPlanes(check);
}

void CheckpointsPage::onStoredDataPlanes()
{
    m_polling = false;
    if (!m_apiFailure || m_apiFailure->controlPlane != m_controlPlane)
        return;
    const core::StoredDataPlanes stored = m_storedPlanes.result();
    core::DataPlaneCheck check = *m_apiFailure;
    if (!stored.error && stored.tableExists) {
        check = core::evaluateDataPlanes(m_controlPlane, stored.dataPlanes, m_state.target);
        check.fromDatastore = true;
        check.notes << tr("Read from the datastore's clustering_data_planes table: the Control Plane's Admin API did "
                          "not list its Data Planes (%1).")
                           .arg(m_apiFailure->error->message);
    } else if (stored.error) {
        check.notes << tr("The datastore's clustering_data_planes table could not be read either: %1").arg(stored.error->message);
    }
    showDataPlanes(check);
}

void CheckpointsPage::showDataPlanes(const core::DataPlaneCheck &check)
{
    m_dataPlanes->showCheck(check, m_state.target, QDateTime::currentDateTime());
    QStringList lines;
    for (const core::DataPlane &dp : check.dataPlanes)
        lines << tr("Data Plane %1: %2 (%3)").arg(dp.hostname, dp.version, dp.syncStatus);
    lines += check.problems;
    lines += check.notes;
    m_nodeMessage->setText(lines.join(QLatin1Char('\n')).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    core::Checkpoints &cp = m_state.checkpoints;
    // Checkpoints pass in order and the old Control Plane's retirement is the only one after
    // "data-planes": while not all are done, a Data Plane dropping back (an old version
    // rejoined, or none is left) means the checkpoint no longer holds.
    if (!check.ok() && !check.error && cp.isDone(QStringLiteral("data-planes")) && !cp.allDone()) {
        record(cp.reopen(QStringLiteral("data-planes"), check.problems.join(QLatin1Char(' '))));
        refreshList();
        return;
    }
    if (check.ok())
        pass(QStringLiteral("data-planes"), check.fromDatastore ? tr("%n Data Plane(s) on %1 (read from clustering_data_planes)", nullptr,
                                                                     int(check.dataPlanes.size()))
                                                                      .arg(m_state.target.toString())
                                                                : tr("%n Data Plane(s) on %1", nullptr, int(check.dataPlanes.size()))
                                                                      .arg(m_state.target.toString()));
}

void CheckpointsPage::applyStages()
{
    core::Checkpoints &cp = m_state.checkpoints;
    auto stages = core::Checkpoints::parseStages(m_stages->text());
    if (!stages) {
        m_stageLabel->setText(errorHtml(palette(), QStringLiteral("%1 %2").arg(stages.error().message.toHtmlEscaped(),
                                                                               stages.error().remedy.toHtmlEscaped())));
        return;
    }
    if (*stages == cp.stages())
        return;
    if (cp.stagesConfirmed() > 0) {
        m_stageLabel->setText(errorHtml(palette(), tr("Stages cannot change once one is confirmed.")));
        return;
    }
    record(cp.setStages(*stages));
    m_announcedStage = -1;
    announceStage();
}

void CheckpointsPage::announceStage()
{
    const core::Checkpoints &cp = m_state.checkpoints;
    if (cp.kind() != core::DeploymentKind::Traditional || !cp.isDone(QStringLiteral("verified")) || cp.isDone(QStringLiteral("traffic"))) {
        m_confirmStage->setEnabled(false);
        return;
    }
    const int stage = cp.stages().at(cp.stagesConfirmed());
    m_tracker.setTarget(stage);
    m_stageLabel->setText(tr("Stage %1 of %2: send %3 % of the traffic to the new cluster, then confirm once the chart "
                             "shows it.").arg(cp.stagesConfirmed() + 1).arg(cp.stages().size()).arg(stage));
    if (m_announcedStage != stage) {
        m_announcedStage = stage;
        Q_EMIT stageStarted(stage);
    }
}

void CheckpointsPage::onSample(const core::TrafficSample &sample)
{
    m_lastSample = sample;
    m_chart->addSample(sample);
    m_rates->setText(tr("Old cluster: %1 req/s (%2 up, %3 down) · New cluster: %4 req/s (%5 up, %6 down) · Share on new: %7")
                         .arg(sample.oldRate, 0, 'f', 1).arg(sample.oldUp).arg(sample.oldDown)
                         .arg(sample.newRate, 0, 'f', 1).arg(sample.newUp).arg(sample.newDown).arg(percent(sample.newShare)));
    const bool worse = m_monitor->warningActive();
    m_errorRates->setText((worse ? errorHtml(palette(), tr("Warning: the new cluster answers more 5xx than the old one "
                                                           "— hold the stage and check its logs."), true) + QLatin1Char(' ') : QString())
                          + tr("5xx: old %1, new %2").arg(percent(sample.old5xx), percent(sample.new5xx)));

    const core::Checkpoints &cp = m_state.checkpoints;
    if (cp.kind() == core::DeploymentKind::Hybrid && cp.isDone(QStringLiteral("control-plane")))
        pollDataPlanes(); // Data Planes are replaced one by one: follow their versions
    if (cp.kind() == core::DeploymentKind::Traditional && cp.isDone(QStringLiteral("verified")) && !cp.isDone(QStringLiteral("traffic"))) {
        m_tracker.add(sample);
        m_confirmStage->setEnabled(m_tracker.reached() && !worse);
    }
    // the old side may only be retired once traffic (or the Data Planes) have moved
    const QString before = cp.kind() == core::DeploymentKind::Hybrid ? QStringLiteral("data-planes") : QStringLiteral("traffic");
    if (cp.isDone(before) && !cp.isDone(QStringLiteral("decommissioned"))) {
        m_watch.add(sample);
        const qint64 quietS = m_watch.quietForMs(sample.timestamp) / 1000;
        m_decommission->setText(m_watch.quietSince()
                                    ? tr("Old nodes quiet for %1 s of %2 s.").arg(quietS).arg(m_watch.periodSeconds())
                                    : tr("Old nodes still serve traffic: %1 req/s.").arg(sample.oldRate, 0, 'f', 1));
        if (m_watch.satisfied(sample.timestamp))
            pass(QStringLiteral("decommissioned"),
                 tr("every old node unreachable or idle for %1 s").arg(m_watch.periodSeconds()));
    } else if (cp.isDone(QStringLiteral("decommissioned"))) {
        m_decommission->setText(tr("The old nodes are decommissioned."));
    } else {
        m_decommission->setText(tr("Waiting for the previous checkpoints."));
    }
}

void CheckpointsPage::confirmStage()
{
    const double share = m_tracker.lastSharePercent().value_or(0);
    auto event = m_state.checkpoints.confirmStage(share);
    if (!event) {
        m_stageLabel->setText(event.error().message.toHtmlEscaped());
        return;
    }
    record(*event);
    if (const core::Checkpoint *traffic = m_state.checkpoints.find(QStringLiteral("traffic")); traffic && traffic->done)
        record({QStringLiteral("passed"), traffic->detail, {{QStringLiteral("checkpoint"), traffic->id}}});
    m_confirmStage->setEnabled(false);
    refreshList();
    if (m_state.checkpoints.isDone(QStringLiteral("traffic")))
        m_stageLabel->setText(tr("All traffic is on the new cluster. Now retire the old nodes (Decommission tab)."));
    else
        announceStage();
}

QDateTime CheckpointsPage::upTime() const
{
    if (m_state.upReport && m_state.upReport->finished.isValid())
        return m_state.upReport->finished;
    if (m_state.journal)
        if (const core::JournalEvent *e = m_state.journal->last(QStringLiteral("up"), QStringLiteral("done")))
            return e->at;
    return {};
}

void CheckpointsPage::scanEntities()
{
    const QDateTime since = upTime();
    if (m_state.parallel)
        return;
    if (!since.isValid()) {
        m_entitiesLabel->setText(tr("No completed up in this session: nothing to compare with."));
        return;
    }
    if (m_scan.isRunning()) {
        m_rescan = true; // the running scan may predate what the user wants to see
        return;
    }
    m_scan.setFuture(core::startChangedEntitiesScan(m_state.settings, since));
}

void CheckpointsPage::showEntities()
{
    const core::ChangedEntitiesReport r = m_scan.result();
    if (std::exchange(m_rescan, false))
        scanEntities();
    if (r.error) {
        m_entitiesLabel->setText(errorHtml(palette(), tr("Could not read the datastore: %1 %2")
                                                          .arg(r.error->message.toHtmlEscaped(), r.error->remedy.toHtmlEscaped())));
        return;
    }
    m_entities->clear();
    for (const core::ChangedEntity &e : r.entities) {
        const QDateTime when = e.created ? e.createdAt : e.updatedAt;
        new QTreeWidgetItem(m_entities, {e.table, e.label, e.id, e.created ? tr("created") : tr("updated"),
                                         when.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))});
    }
    const QString since = r.since.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    m_entitiesLabel->setText(r.total == 0
        ? tr("No entity created or changed since up (%1 UTC); checked %2 tables at %3.").arg(since).arg(r.tablesScanned)
              .arg(r.scannedAt.toString(QStringLiteral("HH:mm:ss")))
        : tr("<b>%n entity(ies) created or changed since up</b> (%1 UTC). Make sure none was written through the new "
             "cluster's Admin API: the old nodes may not understand them.", nullptr, int(r.total)).arg(since));
    Q_EMIT entitiesScanned(r.total);
}

} // namespace kuw::ui
