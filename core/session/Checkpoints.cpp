// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/Checkpoints.h"

#include <QRegularExpression>

#include <algorithm>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Cutover)
};
} // namespace
namespace {

const QString NodesOld = QStringLiteral("old");
const QString NodesNew = QStringLiteral("new");

QString joinUrls(const QList<CutoverNode> &nodes, bool isNew)
{
    QStringList out;
    for (const CutoverNode &n : nodes)
        if (n.isNew == isNew)
            out << n.url.toString(QUrl::RemoveUserInfo);
    return out.join(QLatin1Char(' '));
}

} // namespace

QString deploymentKindId(DeploymentKind kind)
{
    switch (kind) {
    case DeploymentKind::Traditional: return QStringLiteral("traditional");
    case DeploymentKind::Hybrid: return QStringLiteral("hybrid");
    case DeploymentKind::KubernetesHelm: return QStringLiteral("kubernetes-helm");
    }
    return {};
}

std::optional<DeploymentKind> parseDeploymentKind(const QString &id)
{
    for (DeploymentKind k : {DeploymentKind::Traditional, DeploymentKind::Hybrid, DeploymentKind::KubernetesHelm})
        if (deploymentKindId(k) == id)
            return k;
    return std::nullopt;
}

Checkpoints::Checkpoints(DeploymentKind kind, int helmReleases) : m_kind(kind), m_helmReleases(qMax(1, helmReleases))
{
    QStringList ids;
    switch (kind) {
    case DeploymentKind::Traditional:
        ids = {QStringLiteral("configured"), QStringLiteral("verified"), QStringLiteral("traffic"), QStringLiteral("decommissioned")};
        break;
    case DeploymentKind::Hybrid:
        ids = {QStringLiteral("configured"), QStringLiteral("control-plane"), QStringLiteral("data-planes"),
               QStringLiteral("decommissioned")};
        break;
    case DeploymentKind::KubernetesHelm:
        for (int i = 1; i <= m_helmReleases; ++i)
            ids << QStringLiteral("release-%1").arg(i);
        break;
    }
    for (const QString &id : ids)
        m_items.append({id, false, {}});
}

int Checkpoints::indexOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == id)
            return i;
    return -1;
}

const Checkpoint *Checkpoints::find(const QString &id) const
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_items.at(i);
}

bool Checkpoints::isDone(const QString &id) const
{
    const Checkpoint *c = find(id);
    return c && c->done;
}

int Checkpoints::doneCount() const
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [](const Checkpoint &c) { return c.done; }));
}

const Checkpoint *Checkpoints::next() const
{
    for (const Checkpoint &c : m_items)
        if (!c.done)
            return &c;
    return nullptr;
}

Result<Checkpoints::Event> Checkpoints::pass(const QString &id, const QString &detail)
{
    const int i = indexOf(id);
    if (i < 0)
        return Error::make(ErrorKind::Internal, Text::tr("Unknown checkpoint \"%1\" for a %2 deployment")
                                                    .arg(id, deploymentKindId(m_kind)));
    for (int k = 0; k < i; ++k)
        if (!m_items.at(k).done)
            return Error::make(ErrorKind::Config,
                               Text::tr("Checkpoint \"%1\" cannot pass before \"%2\"").arg(id, m_items.at(k).id),
                               Text::tr("Complete the checkpoints in order."));
    m_items[i].done = true;
    m_items[i].detail = detail;
    return Event{QStringLiteral("passed"), detail, {{QStringLiteral("checkpoint"), id}}};
}

Checkpoints::Event Checkpoints::reopen(const QString &id, const QString &why)
{
    const int i = indexOf(id);
    for (int k = qMax(0, i); i >= 0 && k < m_items.size(); ++k) {
        m_items[k].done = false;
        m_items[k].detail.clear();
    }
    if (id == QLatin1String("traffic") || (i >= 0 && i <= indexOf(QStringLiteral("traffic"))))
        m_stagesConfirmed = 0;
    return {QStringLiteral("reopened"), why, {{QStringLiteral("checkpoint"), id}}};
}

Checkpoints::Event Checkpoints::setStages(const QList<int> &stages)
{
    m_stages = stages;
    m_stagesConfirmed = 0;
    QStringList text;
    for (int s : stages)
        text << QString::number(s);
    return {QStringLiteral("stages"), text.join(QStringLiteral(" → ")) + QStringLiteral(" %"),
            {{QStringLiteral("stages"), text.join(QLatin1Char(','))}}};
}

Result<Checkpoints::Event> Checkpoints::confirmStage(double observedSharePercent)
{
    if (m_stagesConfirmed >= m_stages.size())
        return Error::make(ErrorKind::Config, Text::tr("Every traffic stage is already confirmed"));
    const int traffic = indexOf(QStringLiteral("traffic"));
    if (traffic < 0)
        return Error::make(ErrorKind::Internal, Text::tr("A %1 deployment has no traffic stages").arg(deploymentKindId(m_kind)));
    for (int k = 0; k < traffic; ++k)
        if (!m_items.at(k).done)
            return Error::make(ErrorKind::Config, Text::tr("Traffic cannot move before \"%1\"").arg(m_items.at(k).id),
                               Text::tr("Verify the new nodes first."));
    const int stage = m_stages.at(m_stagesConfirmed);
    const QString detail = QStringLiteral("stage %1 %: %2 % observed on the new cluster")
                               .arg(stage).arg(observedSharePercent, 0, 'f', 1);
    if (m_stagesConfirmed + 1 == m_stages.size()) {
        auto passed = pass(QStringLiteral("traffic"), detail);
        if (!passed)
            return passed.error();
    }
    ++m_stagesConfirmed;
    return Event{QStringLiteral("stage"), detail,
                 {{QStringLiteral("percent"), QString::number(stage)},
                  {QStringLiteral("observed"), QString::number(observedSharePercent, 'f', 1)}}};
}

Checkpoints::Event Checkpoints::setNodes(const QList<CutoverNode> &nodes)
{
    m_nodes.clear();
    for (CutoverNode n : nodes) {
        n.url.setUserInfo({});
        m_nodes.append(n);
    }
    const QString oldUrls = joinUrls(m_nodes, false), newUrls = joinUrls(m_nodes, true);
    return {QStringLiteral("nodes"),
            QStringLiteral("%1 old, %2 new node(s)").arg(m_nodes.size() - std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const CutoverNode &n) { return n.isNew; }))
                .arg(std::count_if(m_nodes.cbegin(), m_nodes.cend(), [](const CutoverNode &n) { return n.isNew; })),
            {{NodesOld, oldUrls}, {NodesNew, newUrls}}};
}

Checkpoints::Event Checkpoints::describeKind() const
{
    return {QStringLiteral("deployment"), deploymentKindId(m_kind),
            {{QStringLiteral("kind"), deploymentKindId(m_kind)}, {QStringLiteral("releases"), QString::number(m_helmReleases)}}};
}

void Checkpoints::apply(const JournalEvent &e)
{
    const QString id = e.data.value(QStringLiteral("checkpoint"));
    if (e.event == QLatin1String("deployment")) {
        const auto kind = parseDeploymentKind(e.data.value(QStringLiteral("kind")));
        *this = Checkpoints(kind.value_or(m_kind), e.data.value(QStringLiteral("releases")).toInt());
    } else if (e.event == QLatin1String("nodes")) {
        QList<CutoverNode> nodes;
        for (const bool isNew : {false, true})
            for (const QString &u : e.data.value(isNew ? NodesNew : NodesOld).split(QLatin1Char(' '), Qt::SkipEmptyParts))
                nodes.append({QUrl(u), isNew});
        setNodes(nodes);
    } else if (e.event == QLatin1String("stages")) {
        QList<int> stages;
        for (const QString &s : e.data.value(QStringLiteral("stages")).split(QLatin1Char(','), Qt::SkipEmptyParts))
            stages << s.toInt();
        setStages(stages);
    } else if (e.event == QLatin1String("stage")) {
        confirmStage(e.data.value(QStringLiteral("observed")).toDouble());
    } else if (e.event == QLatin1String("passed") && !isDone(id)) {
        pass(id, e.detail);
    } else if (e.event == QLatin1String("reopened")) {
        reopen(id, e.detail);
    }
}

Checkpoints Checkpoints::restore(const QList<JournalEvent> &events, DeploymentKind fallback, int helmReleases)
{
    Checkpoints out(fallback, helmReleases);
    for (const JournalEvent &e : events)
        if (e.step == QLatin1String(Step))
            out.apply(e);
    return out;
}

Result<QList<int>> Checkpoints::parseStages(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;%→>\\-]+"));
    QList<int> out;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        bool ok = false;
        const int v = part.toInt(&ok);
        if (!ok || v < 1 || v > 100)
            return Error::make(ErrorKind::Config, Text::tr("Traffic stages: \"%1\" is not a percentage from 1 to 100").arg(part),
                               Text::tr("Write the stages as percentages, e.g. 10, 50, 100."));
        if (!out.isEmpty() && v <= out.last())
            return Error::make(ErrorKind::Config, Text::tr("Traffic stages: %1 does not follow %2").arg(v).arg(out.last()),
                               Text::tr("Each stage must move more traffic than the one before, e.g. 10, 50, 100."));
        out << v;
    }
    if (out.isEmpty() || out.last() != 100)
        return Error::make(ErrorKind::Config, Text::tr("Traffic stages must end at 100 %"),
                           Text::tr("Add 100 as the last stage: all traffic on the new cluster before finish."));
    return out;
}

} // namespace kuw::core
