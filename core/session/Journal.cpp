// SPDX-License-Identifier: GPL-3.0-or-later
#include "Journal.h"

#include "util/Redactor.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>

#include <yaml-cpp/yaml.h>

#include <algorithm>

#include <QCoreApplication>

namespace kuw::core {
namespace {
/// lupdate context of this file's user-visible texts (translations/README.md).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kuw::core::Session)
};
} // namespace
namespace {

std::string s(const QString &q) { return Redactor::redact(q).toStdString(); }
QString journalRemedy()
{
    return Text::tr("Free disk space or fix the permissions of the journal's folder; until then this "
                    "session cannot be resumed after a crash.");
}
QString q(const YAML::Node &n) { return n ? QString::fromStdString(n.as<std::string>("")) : QString(); }

} // namespace

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journals");
}

Journal Journal::begin(const QString &dir, const QString &datastore, const QString &mode)
{
    Journal j;
    j.m_created = QDateTime::currentDateTimeUtc();
    j.m_id = j.m_created.toString(QStringLiteral("yyyyMMdd-HHmmss-")) +
             QString::number(QRandomGenerator::global()->bounded(0x10000), 16);
    j.m_path = QDir(dir).filePath(QStringLiteral("upgrade-%1.yaml").arg(j.m_id));
    j.m_datastore = datastore;
    j.m_mode = mode;
    return j;
}

Result<Journal> Journal::create(const QString &dir, const QString &datastore, const QString &mode)
{
    Journal j = begin(dir, datastore, mode);
    if (Status st = j.save(); !st)
        return st.error();
    return j;
}

Result<Journal> Journal::load(const QString &path)
{
    try {
        const YAML::Node root = YAML::LoadFile(path.toStdString());
        Journal j;
        j.m_path = path;
        j.m_id = q(root["id"]);
        j.m_datastore = q(root["datastore"]);
        j.m_mode = q(root["mode"]);
        j.m_created = QDateTime::fromString(q(root["created"]), Qt::ISODate);
        j.m_outcome = q(root["outcome"]);
        for (const YAML::Node &e : root["events"]) {
            JournalEvent ev;
            ev.at = QDateTime::fromString(q(e["at"]), Qt::ISODateWithMs);
            ev.step = q(e["step"]);
            ev.event = q(e["event"]);
            ev.detail = q(e["detail"]);
            for (const auto &kv : e["data"])
                ev.data.insert(QString::fromStdString(kv.first.as<std::string>()), QString::fromStdString(kv.second.as<std::string>("")));
            j.m_events.append(ev);
        }
        if (j.m_id.isEmpty())
            return Error::make(ErrorKind::Config, Text::tr("%1: not an upgrade journal (no id)").arg(path));
        return j;
    } catch (const YAML::Exception &e) {
        return Error::make(ErrorKind::Config,
                           QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.mark.line + 1).arg(e.mark.column + 1)
                               .arg(QString::fromStdString(e.msg)),
                           Text::tr("The journal is damaged; start a new session (the datastore state is re-checked anyway)."));
    }
}

QList<Journal> Journal::list(const QString &dir)
{
    QList<Journal> out;
    const QStringList files = QDir(dir).entryList({QStringLiteral("upgrade-*.yaml")}, QDir::Files);
    for (const QString &f : files) {
        auto j = load(QDir(dir).filePath(f));
        if (j)
            out.append(*j);
    }
    std::sort(out.begin(), out.end(), [](const Journal &a, const Journal &b) { return a.m_created > b.m_created; });
    return out;
}

Status Journal::append(const QString &step, const QString &event, const QString &detail,
                       const QMap<QString, QString> &data)
{
    addEvent(step, event, detail, data);
    return save();
}

void Journal::addEvent(const QString &step, const QString &event, const QString &detail,
                       const QMap<QString, QString> &data)
{
    m_events.append({QDateTime::currentDateTimeUtc(), step, event, detail, data});
}

Status Journal::close(const QString &outcome)
{
    setOutcome(outcome);
    return save();
}

const JournalEvent *Journal::last(const QString &step, const QString &event) const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->step == step && (event.isEmpty() || it->event == event))
            return &*it;
    }
    return nullptr;
}

QString Journal::lastStep() const
{
    return m_events.isEmpty() ? QString() : m_events.last().step;
}

Status Journal::save() const
{
    YAML::Emitter out;
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << s(m_id);
    out << YAML::Key << "created" << YAML::Value << s(m_created.toString(Qt::ISODate));
    out << YAML::Key << "datastore" << YAML::Value << s(m_datastore);
    out << YAML::Key << "mode" << YAML::Value << s(m_mode);
    if (!m_outcome.isEmpty())
        out << YAML::Key << "outcome" << YAML::Value << s(m_outcome);
    out << YAML::Key << "events" << YAML::Value << YAML::BeginSeq;
    for (const JournalEvent &e : m_events) {
        out << YAML::BeginMap;
        out << YAML::Key << "at" << YAML::Value << s(e.at.toString(Qt::ISODateWithMs));
        out << YAML::Key << "step" << YAML::Value << s(e.step);
        out << YAML::Key << "event" << YAML::Value << s(e.event);
        out << YAML::Key << "detail" << YAML::Value << s(e.detail);
        if (!e.data.isEmpty()) {
            out << YAML::Key << "data" << YAML::Value << YAML::BeginMap;
            for (auto it = e.data.cbegin(); it != e.data.cend(); ++it)
                out << YAML::Key << s(it.key()) << YAML::Value << s(it.value());
            out << YAML::EndMap;
        }
        out << YAML::EndMap;
    }
    out << YAML::EndSeq << YAML::EndMap;

    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error::make(ErrorKind::Environment,
                           Text::tr("Cannot write the journal %1: %2")
                               .arg(m_path, Text::tr("Cannot create the journal directory %1").arg(dir)),
                           Text::tr("Check permissions of the application data directory."));
    QSaveFile f(m_path); // atomic: a crash never leaves half a journal
    if (!f.open(QIODevice::WriteOnly))
        return Error::make(ErrorKind::Environment, Text::tr("Cannot write the journal %1: %2").arg(m_path, f.errorString()),
                           journalRemedy());
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(out.c_str());
    f.write("\n");
    if (!f.commit())
        return Error::make(ErrorKind::Environment, Text::tr("Cannot write the journal %1: %2").arg(m_path, f.errorString()),
                           journalRemedy());
    return {};
}

} // namespace kuw::core
