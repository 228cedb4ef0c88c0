// SPDX-License-Identifier: GPL-3.0-or-later
// Support bundles: write (system tar), load back, compare.
#include "SupportBundle.h"

#include "DiagnosticReport.h"

#include "session/Journal.h"
#include "util/Redactor.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>
#include <QSaveFile>
#include <QTemporaryDir>

namespace kuw::core {

namespace {

Status writeFile(const QString &path, const QByteArray &data)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size() || !f.commit())
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot write %1: %2").arg(path, f.errorString()),
                           QStringLiteral("Check the directory exists and is writable"));
    return {};
}

Status runTar(const QStringList &args, const QString &archive)
{
    QProcess tar;
    tar.start(QStringLiteral("tar"), args);
    if (!tar.waitForStarted(10000))
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot run tar for %1").arg(archive),
                           QStringLiteral("Install tar (and gzip); the bundle is a tar.gz"));
    tar.waitForFinished(120000);
    if (tar.exitStatus() != QProcess::NormalExit || tar.exitCode() != 0)
        return Error::make(ErrorKind::Environment, QStringLiteral("tar failed on %1").arg(archive),
                           QStringLiteral("Check the file is a bundle written by 'kong-upgrade diagnose --bundle'"),
                           QString::fromLocal8Bit(tar.readAllStandardError()).trimmed());
    return {};
}

QJsonObject readJson(const QString &path, QString *problem)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("%1 is missing").arg(QFileInfo(path).fileName());
        return {};
    }
    QJsonParseError e;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &e);
    if (!doc.isObject())
        *problem = QStringLiteral("%1 is not a JSON object (%2 at offset %3)").arg(QFileInfo(path).fileName(), e.errorString()).arg(e.offset);
    return doc.object();
}

QString summaryLine(const QJsonObject &report)
{
    const QJsonObject a = report.value(QStringLiteral("assessment")).toObject();
    return QStringLiteral("%1 blocker(s), %2 warning(s), %3 info(s); schema level %4")
        .arg(a.value(QStringLiteral("blockers")).toInt())
        .arg(a.value(QStringLiteral("warnings")).toInt())
        .arg(a.value(QStringLiteral("infos")).toInt())
        .arg(report.value(QStringLiteral("schema")).toObject().value(QStringLiteral("level")).toString());
}

} // namespace

Result<SupportBundle> SupportBundle::write(const QString &archivePath, const DiagnosticReport &report,
                                           const QString &journalDir, const QString &datastore)
{
    SupportBundle b;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    b.createdAt = now.toString(Qt::ISODate);
    b.report = report.toJson();
    const QByteArray json = Redactor::redact(QString::fromUtf8(QJsonDocument(b.report).toJson(QJsonDocument::Indented))).toUtf8();
    const QByteArray digest = QCryptographicHash::hash(json + b.createdAt.toUtf8(), QCryptographicHash::Sha256).toHex();
    b.id = QStringLiteral("KUW-%1-%2").arg(now.toString(QStringLiteral("yyyyMMdd-HHmmss")), QString::fromLatin1(digest.left(6)));

    QTemporaryDir tmp;
    if (!tmp.isValid())
        return Error::make(ErrorKind::Environment, QStringLiteral("Cannot create a temporary directory for the bundle"),
                           QStringLiteral("Check TMPDIR is writable"));
    QDir root(tmp.path());
    root.mkpath(b.id + QStringLiteral("/journals"));
    const QString dir = root.filePath(b.id);
    QMap<QString, QByteArray> files{
        {QStringLiteral("report.json"), json},
        {QStringLiteral("report.md"), renderReport(report, ReportFormat::Markdown).toUtf8()},
        {QStringLiteral("report.html"), renderReport(report, ReportFormat::Html).toUtf8()},
    };
    if (!journalDir.isEmpty()) {
        for (const Journal &j : Journal::list(journalDir)) {
            if (!datastore.isEmpty() && j.datastore() != datastore)
                continue;
            QFile f(j.path());
            if (f.open(QIODevice::ReadOnly)) // journals hold no secrets; redacted once more anyway
                files.insert(QStringLiteral("journals/") + QFileInfo(j.path()).fileName(),
                             Redactor::redact(QString::fromUtf8(f.readAll())).toUtf8());
        }
    }
    QJsonArray list;
    for (auto it = files.begin(); it != files.end(); ++it) {
        if (Status s = writeFile(QDir(dir).filePath(it.key()), it.value()); !s)
            return s.error();
        list.append(it.key());
        b.files << it.key();
    }
    b.manifest = QJsonObject{{QStringLiteral("bundle_version"), 1},
                             {QStringLiteral("bundle_id"), b.id},
                             {QStringLiteral("created_at"), b.createdAt},
                             {QStringLiteral("tool"), b.report.value(QStringLiteral("tool"))},
                             {QStringLiteral("connection"), b.report.value(QStringLiteral("connection"))},
                             {QStringLiteral("summary"), summaryLine(b.report)},
                             {QStringLiteral("files"), list}};
    if (Status s = writeFile(QDir(dir).filePath(QStringLiteral("manifest.json")),
                             Redactor::redact(QString::fromUtf8(QJsonDocument(b.manifest).toJson())).toUtf8()); !s)
        return s.error();
    b.files.prepend(QStringLiteral("manifest.json"));
    const QString archive = QFileInfo(archivePath).absoluteFilePath();
    if (Status s = runTar({QStringLiteral("-czf"), archive, QStringLiteral("-C"), tmp.path(), b.id}, archive); !s)
        return s.error();
    return b;
}

Result<SupportBundle> SupportBundle::load(const QString &archivePath)
{
    const auto bad = [&](const QString &what) {
        return Error::make(ErrorKind::Config, QStringLiteral("%1 is not a readable support bundle: %2").arg(archivePath, what),
                           QStringLiteral("Give a .tar.gz written by 'kong-upgrade diagnose --bundle FILE'"));
    };
    if (!QFileInfo(archivePath).isFile())
        return bad(QStringLiteral("no such file"));
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return bad(QStringLiteral("no temporary directory"));
    if (Status s = runTar({QStringLiteral("-xzf"), QFileInfo(archivePath).absoluteFilePath(), QStringLiteral("-C"), tmp.path()},
                          archivePath); !s)
        return bad(s.error().message + QStringLiteral(" (") + s.error().detail + QLatin1Char(')'));
    const QStringList tops = QDir(tmp.path()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (tops.size() != 1)
        return bad(QStringLiteral("expected one top-level directory, found %1").arg(tops.size()));
    const QDir dir(QDir(tmp.path()).filePath(tops.first()));
    SupportBundle b;
    QString problem;
    b.manifest = readJson(dir.filePath(QStringLiteral("manifest.json")), &problem);
    if (problem.isEmpty())
        b.report = readJson(dir.filePath(QStringLiteral("report.json")), &problem);
    if (!problem.isEmpty())
        return bad(problem);
    if (b.manifest.value(QStringLiteral("bundle_version")).toInt() != 1)
        return bad(QStringLiteral("manifest.json: unknown bundle_version %1").arg(b.manifest.value(QStringLiteral("bundle_version")).toInt()));
    b.id = b.manifest.value(QStringLiteral("bundle_id")).toString();
    b.createdAt = b.manifest.value(QStringLiteral("created_at")).toString();
    for (const QJsonValue &f : b.manifest.value(QStringLiteral("files")).toArray())
        b.files << f.toString();
    b.files.prepend(QStringLiteral("manifest.json"));
    return b;
}

namespace {

QString at(const QJsonObject &o, const QStringList &path)
{
    QJsonValue v = o;
    for (const QString &k : path)
        v = v.toObject().value(k);
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("yes") : QStringLiteral("no");
    if (v.isArray()) {
        QStringList items;
        for (const QJsonValue &x : v.toArray())
            items << x.toString();
        return QLatin1Char('[') + items.join(QStringLiteral(", ")) + QLatin1Char(']');
    }
    return v.isNull() || v.isUndefined() ? QStringLiteral("—") : v.toString();
}

/// key → description of the rows of a JSON array of objects.
QMap<QString, QString> rows(const QJsonArray &a, const QString &key, const QStringList &fields)
{
    QMap<QString, QString> out;
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        QStringList parts;
        for (const QString &f : fields)
            parts << at(o, {f});
        out.insert(at(o, {key}), parts.join(QStringLiteral(" ")));
    }
    return out;
}

void diffMaps(const QString &what, const QMap<QString, QString> &a, const QMap<QString, QString> &b, QStringList &out,
              bool showChanged = true)
{
    for (auto it = b.begin(); it != b.end(); ++it) {
        if (!a.contains(it.key()))
            out << QStringLiteral("+ %1 %2: %3").arg(what, it.key(), it.value());
        else if (showChanged && a.value(it.key()) != it.value())
            out << QStringLiteral("~ %1 %2: %3 → %4").arg(what, it.key(), a.value(it.key()), it.value());
    }
    for (auto it = a.begin(); it != a.end(); ++it) {
        if (!b.contains(it.key()))
            out << QStringLiteral("- %1 %2: %3").arg(what, it.key(), it.value());
    }
}

} // namespace

QStringList compareBundles(const SupportBundle &a, const SupportBundle &b)
{
    QStringList out;
    const QList<QPair<QString, QStringList>> scalars = {
        {QStringLiteral("PostgreSQL version"), {QStringLiteral("environment"), QStringLiteral("server_version")}},
        {QStringLiteral("connection"), {QStringLiteral("connection")}},
        {QStringLiteral("target"), {QStringLiteral("assessment"), QStringLiteral("target")}},
        {QStringLiteral("edition"), {QStringLiteral("assessment"), QStringLiteral("edition")}},
        {QStringLiteral("schema level"), {QStringLiteral("schema"), QStringLiteral("level")}},
        {QStringLiteral("blockers"), {QStringLiteral("assessment"), QStringLiteral("blockers")}},
        {QStringLiteral("warnings"), {QStringLiteral("assessment"), QStringLiteral("warnings")}},
        {QStringLiteral("infos"), {QStringLiteral("assessment"), QStringLiteral("infos")}},
        {QStringLiteral("migration lock owner"), {QStringLiteral("lock"), QStringLiteral("migrations"), QStringLiteral("owner")}},
    };
    for (const auto &[label, path] : scalars) {
        const QString x = at(a.report, path), y = at(b.report, path);
        if (x != y)
            out << QStringLiteral("~ %1: %2 → %3").arg(label, x, y);
    }
    const auto findings = [](const QJsonObject &r) {
        return rows(r.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("findings")).toArray(),
                    QStringLiteral("id"), {QStringLiteral("severity"), QStringLiteral("title")});
    };
    diffMaps(QStringLiteral("finding"), findings(a.report), findings(b.report), out);
    const auto subsystems = [](const QJsonObject &r) {
        return rows(r.value(QStringLiteral("schema")).toObject().value(QStringLiteral("subsystems")).toArray(),
                    QStringLiteral("subsystem"), {QStringLiteral("last_executed"), QStringLiteral("pending")});
    };
    diffMaps(QStringLiteral("subsystem"), subsystems(a.report), subsystems(b.report), out);
    const auto entities = [](const QJsonObject &r) {
        return rows(r.value(QStringLiteral("entities")).toArray(), QStringLiteral("table"), {QStringLiteral("rows")});
    };
    diffMaps(QStringLiteral("rows of"), entities(a.report), entities(b.report), out);
    const auto nodes = [](const QJsonObject &r) {
        return rows(r.value(QStringLiteral("assessment")).toObject().value(QStringLiteral("nodes")).toArray(),
                    QStringLiteral("url"), {QStringLiteral("version"), QStringLiteral("role")});
    };
    diffMaps(QStringLiteral("node"), nodes(a.report), nodes(b.report), out);
    return out;
}

} // namespace kuw::core
