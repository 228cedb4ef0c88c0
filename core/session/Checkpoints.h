// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "session/Journal.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace kuw::core {

/// How the Kong nodes are run: decides which cutover checkpoints apply.
enum class DeploymentKind { Traditional, Hybrid, KubernetesHelm };

QString deploymentKindId(DeploymentKind kind); ///< "traditional", "hybrid", "kubernetes-helm"
std::optional<DeploymentKind> parseDeploymentKind(const QString &id);

/// One step of the blue-green cutover between `up` and `finish`.
struct Checkpoint
{
    QString id;     ///< stable, journaled: "configured", "verified", "traffic", "decommissioned",
                    ///< "control-plane", "data-planes", "release-<n>"
    bool done = false;
    QString detail; ///< why it passed (one line)
};

/// An Admin API URL of one node of the old or the new cluster.
struct CutoverNode
{
    QUrl url;
    bool isNew = false;
};

/// The cutover checkpoints of the Postgres blue-green path, in the order they must pass.
/** Traditional: new nodes configured against the same datastore → provisioned and verified →
 *  traffic diverted in stages → old nodes decommissioned. Hybrid: configured → Control Plane
 *  → Data Planes → old Control Plane decommissioned. Kubernetes/Helm: one checkpoint per
 *  release, upgraded in order. Every change is a journal event of step "checkpoints", so a
 *  resumed session replays them with restore(). */
class Checkpoints
{
  public:
    static constexpr const char *Step = "checkpoints";

    /// The journal event a change produces (the caller appends it: the wizard through its state).
    struct Event
    {
        QString event;
        QString detail;
        QMap<QString, QString> data;
    };

    explicit Checkpoints(DeploymentKind kind = DeploymentKind::Traditional, int helmReleases = 1);

    DeploymentKind kind() const { return m_kind; }
    int helmReleases() const { return m_helmReleases; }
    const QList<Checkpoint> &items() const { return m_items; }
    const Checkpoint *find(const QString &id) const;
    bool isDone(const QString &id) const;
    int doneCount() const;
    int count() const { return int(m_items.size()); }
    bool allDone() const { return doneCount() == count(); }
    /// The first checkpoint not yet done (nullptr when all are).
    const Checkpoint *next() const;

    /// Passes `id`; refused (Error naming the missing one) while an earlier checkpoint is open.
    Result<Event> pass(const QString &id, const QString &detail);
    /// Opens `id` and every later checkpoint again (e.g. a re-verification failed).
    Event reopen(const QString &id, const QString &why);

    /// Traffic stages the user picked (percent on the new cluster), and how many are confirmed.
    const QList<int> &stages() const { return m_stages; }
    int stagesConfirmed() const { return m_stagesConfirmed; }
    Event setStages(const QList<int> &stages);
    /// Confirms the next stage at the observed share; the last one passes "traffic".
    Result<Event> confirmStage(double observedSharePercent);

    const QList<CutoverNode> &nodes() const { return m_nodes; }
    /// Records the node list (URLs only: user info is dropped, it may hold a password).
    Event setNodes(const QList<CutoverNode> &nodes);
    Event describeKind() const; ///< the "deployment" event (kind, releases)

    /// Replays the "checkpoints" events of `events` (a journal): kind, nodes, stages, passes.
    static Checkpoints restore(const QList<JournalEvent> &events,
                               DeploymentKind fallback = DeploymentKind::Traditional, int helmReleases = 1);

    /// Parses "10, 50, 100" (or "10 → 50 → 100"): strictly increasing, 1..100, ending at 100.
    static Result<QList<int>> parseStages(const QString &text);

  private:
    void apply(const JournalEvent &event);
    int indexOf(const QString &id) const;

    DeploymentKind m_kind;
    int m_helmReleases;
    QList<Checkpoint> m_items;
    QList<CutoverNode> m_nodes;
    QList<int> m_stages{10, 50, 100};
    int m_stagesConfirmed = 0;
};

} // namespace kuw::core
