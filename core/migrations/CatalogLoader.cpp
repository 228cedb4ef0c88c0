// SPDX-License-Identifier: GPL-3.0-or-later
// Reads the catalog (resources/migrations layout) into Catalog. The only yaml-cpp user of the
// catalog: its exceptions and our validation failures all leave as Error{Config} naming
// file:line:column, the field and a remedy.
#include "Catalog.h"
#include "TeardownFunctions.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <yaml-cpp/yaml.h>

namespace kuw::core {

namespace {

const QString kFormatHint = QStringLiteral("see resources/migrations/README.md for the catalog format");

/// A validation failure; thrown inside the loader only and turned into an Error at its edge.
struct CatalogFault
{
    Error error;
};

class Loader
{
  public:
    explicit Loader(QString root) : m_root(std::move(root)) {}
    Catalog load();

  private:
    YAML::Node readFile(const QString &path);
    [[noreturn]] void fail(const YAML::Mark &mark, const QString &field, const QString &problem,
                           const QString &remedy = kFormatHint) const;
    void checkKeys(const YAML::Node &map, const QString &field, const QStringList &allowed) const;
    /// The value of `key` (undefined when absent and optional); a null value is an error.
    YAML::Node lookup(const YAML::Node &map, const char *key, const QString &field,
                      bool required = true) const;
    QString scalar(const YAML::Node &node, const QString &field) const;
    KongVersion knownVersion(const YAML::Node &node, const QString &field) const;

    void loadVersions();
    SubsystemEntry loadSubsystem(const QString &dirName);
    void loadMigration(MigrationEntry &m, const QString &path);
    MigrationRevision loadRevision(const YAML::Node &node, const QString &field);
    TeardownStep loadStep(const YAML::Node &node, const QString &field, bool first);
    void loadParts(const YAML::Node &node, const QString &field, bool first, TeardownStep &step) const;

    QString m_root;
    QString m_file;          // the file being read, for messages
    YAML::Mark m_parentMark; // where a missing key should have been
    Catalog m_cat;
};

QString at(const QString &field, const char *key)
{
    return field.isEmpty() ? QString::fromLatin1(key) : field + QLatin1Char('.') + QLatin1String(key);
}

QString at(const QString &field, std::size_t index)
{
    return field + QStringLiteral("[%1]").arg(index);
}

void Loader::fail(const YAML::Mark &mark, const QString &field, const QString &problem,
                  const QString &remedy) const
{
    const YAML::Mark &m = mark.is_null() ? m_parentMark : mark;
    QString where = m_file;
    if (!m.is_null())
        where += QStringLiteral(":%1:%2").arg(m.line + 1).arg(m.column + 1);
    QString message = where + QStringLiteral(": ");
    if (!field.isEmpty())
        message += field + QStringLiteral(": ");
    message += problem;
    throw CatalogFault{Error::make(ErrorKind::Config, message, remedy,
                                   QStringLiteral("in the migration catalog at %1").arg(m_root))};
}

YAML::Node Loader::readFile(const QString &path)
{
    m_file = path;
    m_parentMark = YAML::Mark::null_mark();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        fail(YAML::Mark::null_mark(), {}, QStringLiteral("cannot read the file: %1").arg(f.errorString()),
             QStringLiteral("restore the file or remove its entry from the catalog"));
    const QByteArray bytes = f.readAll();
    YAML::Node doc;
    try {
        doc = YAML::Load(bytes.toStdString());
    } catch (const YAML::Exception &e) {
        fail(e.mark, {}, QStringLiteral("invalid YAML: %1").arg(QString::fromStdString(e.msg)),
             QStringLiteral("fix the YAML syntax at that position"));
    }
    if (!doc.IsMap())
        fail(doc.Mark(), {}, QStringLiteral("the document must be a mapping"));
    m_parentMark = doc.Mark();
    return doc;
}

void Loader::checkKeys(const YAML::Node &map, const QString &field, const QStringList &allowed) const
{
    if (!map.IsMap())
        fail(map.Mark(), field, QStringLiteral("must be a mapping"));
    QSet<QString> seen;
    for (auto it = map.begin(); it != map.end(); ++it) {
        const QString key = it->first.IsScalar() ? QString::fromStdString(it->first.Scalar()) : QString();
        const QString where = field.isEmpty() ? key : field + QLatin1Char('.') + key;
        if (!allowed.contains(key))
            fail(it->first.Mark(), where, QStringLiteral("unknown key (allowed: %1)").arg(allowed.join(", ")),
                 QStringLiteral("remove or correct the key"));
        if (seen.contains(key))
            fail(it->first.Mark(), where, QStringLiteral("duplicate key"),
                 QStringLiteral("keep one of them"));
        seen.insert(key);
    }
}

YAML::Node Loader::lookup(const YAML::Node &map, const char *key, const QString &field, bool required) const
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it->first.IsScalar() || it->first.Scalar() != key)
            continue;
        // A null value's position is where the next token starts: point at the key instead.
        if (it->second.IsNull()) {
            QString hint = QStringLiteral("give it a value");
            if (qstrcmp(key, "up") == 0)
                hint = QStringLiteral("write `up: ''` when nothing runs");
            else if (qstrcmp(key, "teardown") == 0)
                hint = QStringLiteral("write `teardown: []` for a teardown that does nothing on PostgreSQL");
            fail(it->first.Mark(), at(field, key), QStringLiteral("has no value"), hint);
        }
        return it->second;
    }
    if (required) // a missing key has no position: point at the mapping that lacks it
        fail(map.Mark(), at(field, key), QStringLiteral("missing"),
             QStringLiteral("add `%1:` (%2)").arg(QLatin1String(key), kFormatHint));
    return YAML::Node(YAML::NodeType::Undefined);
}

QString Loader::scalar(const YAML::Node &node, const QString &field) const
{
    if (!node.IsScalar())
        fail(node.Mark(), field, QStringLiteral("must be a single value"));
    return QString::fromStdString(node.Scalar());
}

KongVersion Loader::knownVersion(const YAML::Node &node, const QString &field) const
{
    const QString text = scalar(node, field);
    const auto v = KongVersion::parse(text);
    if (!v)
        fail(node.Mark(), field, QStringLiteral("'%1' is not a Kong version").arg(text),
             QStringLiteral("write a release like 2.1.0"));
    if (!m_cat.m_versions.contains(*v))
        fail(node.Mark(), field, QStringLiteral("%1 is not a release listed in versions.yaml").arg(text),
             QStringLiteral("use a listed release, or add the release to versions.yaml"));
    return *v;
}

void Loader::loadVersions()
{
    const YAML::Node doc = readFile(m_root + QStringLiteral("/versions.yaml"));
    checkKeys(doc, {}, {QStringLiteral("oss")});
    const YAML::Node oss = lookup(doc, "oss", {});
    if (!oss.IsSequence() || oss.size() == 0)
        fail(oss.Mark(), QStringLiteral("oss"), QStringLiteral("must be a non-empty list of releases"));
    for (std::size_t i = 0; i < oss.size(); ++i) {
        const QString field = at(QStringLiteral("oss"), i);
        const QString text = scalar(oss[i], field);
        const auto v = KongVersion::parse(text);
        if (!v || v->givenParts() != 3 || !v->preRelease().isEmpty())
            fail(oss[i].Mark(), field, QStringLiteral("'%1' is not an OSS release (x.y.z)").arg(text),
                 QStringLiteral("write the release as Kong tags it, e.g. 2.1.0"));
        if (!m_cat.m_versions.isEmpty() && !(m_cat.m_versions.last() < *v))
            fail(oss[i].Mark(), field, QStringLiteral("%1 is not newer than the release before it").arg(text),
                 QStringLiteral("list each release once, oldest first"));
        m_cat.m_versions.append(*v);
    }
}

SubsystemEntry Loader::loadSubsystem(const QString &dirName)
{
    const QString dir = m_root + QLatin1Char('/') + dirName;
    const YAML::Node doc = readFile(dir + QStringLiteral("/subsystem.yaml"));
    checkKeys(doc, {},
              {QStringLiteral("subsystem"), QStringLiteral("bundled_since"), QStringLiteral("migrations")});

    SubsystemEntry s;
    const YAML::Node nameNode = lookup(doc, "subsystem", {});
    s.name = scalar(nameNode, QStringLiteral("subsystem"));
    if (s.name != dirName)
        fail(nameNode.Mark(), QStringLiteral("subsystem"),
             QStringLiteral("'%1' does not match its directory '%2'").arg(s.name, dirName),
             QStringLiteral("name the directory exactly as schema_meta names the subsystem"));
    if (const YAML::Node b = lookup(doc, "bundled_since", {}, false)) {
        if (s.isCore())
            fail(b.Mark(), QStringLiteral("bundled_since"), QStringLiteral("only plugins have it"),
                 QStringLiteral("remove the key"));
        s.bundledSince = knownVersion(b, QStringLiteral("bundled_since"));
    }

    const YAML::Node list = lookup(doc, "migrations", {});
    if (!list.IsSequence() || list.size() == 0)
        fail(list.Mark(), QStringLiteral("migrations"), QStringLiteral("must be a non-empty list"));
    static const QRegularExpression namePattern(QStringLiteral("^[A-Za-z0-9_.-]+$"));
    QStringList listedFiles;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString field = at(QStringLiteral("migrations"), i);
        const YAML::Node item = list[i];
        m_parentMark = item.Mark();
        checkKeys(item, field, {QStringLiteral("name"), QStringLiteral("since"), QStringLiteral("removed")});
        MigrationEntry m;
        m.subsystem = s.name;
        const YAML::Node n = lookup(item, "name", field);
        m.name = scalar(n, at(field, "name"));
        if (!namePattern.match(m.name).hasMatch())
            fail(n.Mark(), at(field, "name"), QStringLiteral("'%1' is not a file name").arg(m.name),
                 QStringLiteral("use the name Kong records in schema_meta"));
        if (s.migration(m.name))
            fail(n.Mark(), at(field, "name"), QStringLiteral("'%1' is listed twice").arg(m.name),
                 QStringLiteral("list each migration once"));
        m.since = knownVersion(lookup(item, "since", field), at(field, "since"));
        if (const YAML::Node r = lookup(item, "removed", field, false)) {
            m.removed = knownVersion(r, at(field, "removed"));
            if (!(m.since < *m.removed))
                fail(r.Mark(), at(field, "removed"), QStringLiteral("must be newer than `since`"),
                     QStringLiteral("give the first release whose index no longer lists the migration"));
        }
        m.sourceFile = dir + QLatin1Char('/') + m.name + QStringLiteral(".yaml");
        if (!QFile::exists(m.sourceFile))
            fail(n.Mark(), at(field, "name"),
                 QStringLiteral("no file %1.yaml for this migration").arg(m.name),
                 QStringLiteral("add %1 or remove the entry").arg(m.sourceFile));
        listedFiles << m.name + QStringLiteral(".yaml");
        s.migrations.append(m);
    }
    const QString subsystemFile = m_file;

    // A migration file nobody lists would silently never run.
    const QStringList files = QDir(dir).entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name);
    for (const QString &f : files) {
        if (f != QLatin1String("subsystem.yaml") && !listedFiles.contains(f)) {
            m_file = subsystemFile;
            fail(list.Mark(), QStringLiteral("migrations"), QStringLiteral("does not list %1").arg(f),
                 QStringLiteral("list the migration in subsystem.yaml or remove the file"));
        }
    }
    for (auto &m : s.migrations)
        loadMigration(m, m.sourceFile);
    return s;
}

void Loader::loadMigration(MigrationEntry &m, const QString &path)
{
    const YAML::Node doc = readFile(path);
    checkKeys(doc, {}, {QStringLiteral("revisions")});
    const YAML::Node list = lookup(doc, "revisions", {});
    if (!list.IsSequence() || list.size() == 0)
        fail(list.Mark(), QStringLiteral("revisions"), QStringLiteral("must be a non-empty list"));
    for (std::size_t i = 0; i < list.size(); ++i) {
        const QString field = at(QStringLiteral("revisions"), i);
        MigrationRevision r = loadRevision(list[i], field);
        const YAML::Mark sinceMark = list[i]["since"].Mark();
        if (!m.revisions.isEmpty() && !(m.revisions.last().since < r.since))
            fail(sinceMark, at(field, "since"),
                 QStringLiteral("revisions must be oldest first with distinct `since`"),
                 QStringLiteral("order the revisions by release"));
        if (i == 0 && m.since < r.since)
            fail(sinceMark, at(field, "since"),
                 QStringLiteral("the oldest revision is newer than the migration (listed since %1)")
                     .arg(m.since.toString()),
                 QStringLiteral("make the oldest revision's `since` match subsystem.yaml"));
        if (m.removed && !(r.since < *m.removed))
            fail(sinceMark, at(field, "since"),
                 QStringLiteral("no release lists the migration by then (removed in %1)")
                     .arg(m.removed->toString()),
                 QStringLiteral("drop the revision or correct `removed` in subsystem.yaml"));
        m.revisions.append(r);
    }
}

MigrationRevision Loader::loadRevision(const YAML::Node &node, const QString &field)
{
    m_parentMark = node.Mark();
    checkKeys(node, field, {QStringLiteral("since"), QStringLiteral("up"), QStringLiteral("teardown")});
    MigrationRevision r;
    r.since = knownVersion(lookup(node, "since", field), at(field, "since"));
    const YAML::Node up = lookup(node, "up", field);
    if (!up.IsScalar())
        fail(up.Mark(), at(field, "up"), QStringLiteral("must be SQL text"),
             QStringLiteral("write `up: ''` when the migration runs nothing"));
    r.up = QString::fromStdString(up.Scalar());
    if (const YAML::Node td = lookup(node, "teardown", field, false)) {
        // Present (even empty) means Kong records the migration pending after up.
        if (!td.IsSequence())
            fail(td.Mark(), at(field, "teardown"), QStringLiteral("must be a list of steps"),
                 QStringLiteral("write `teardown: []` for a teardown that does nothing on PostgreSQL"));
        r.hasTeardown = true;
        for (std::size_t i = 0; i < td.size(); ++i)
            r.teardown.append(loadStep(td[i], at(at(field, "teardown"), i), i == 0));
    }
    return r;
}

TeardownStep Loader::loadStep(const YAML::Node &node, const QString &field, bool first)
{
    m_parentMark = node.Mark();
    checkKeys(node, field,
              {QStringLiteral("description"), QStringLiteral("sql"), QStringLiteral("function"), QStringLiteral("parts")});
    TeardownStep step;
    const YAML::Node d = lookup(node, "description", field);
    step.description = scalar(d, at(field, "description")).trimmed();
    if (step.description.isEmpty() || step.description.contains(QLatin1Char('\n')))
        fail(d.Mark(), at(field, "description"), QStringLiteral("must be one non-empty line"),
             QStringLiteral("describe the step in one line (it is shown in plans)"));
    const YAML::Node sql = lookup(node, "sql", field, false);
    const YAML::Node fn = lookup(node, "function", field, false);
    if (bool(sql) == bool(fn))
        fail(node.Mark(), field, QStringLiteral("needs exactly one of `sql` and `function`"),
             QStringLiteral("split the step in two, or add the missing key"));
    if (sql) {
        step.sql = scalar(sql, at(field, "sql"));
        if (step.sql.trimmed().isEmpty())
            fail(sql.Mark(), at(field, "sql"), QStringLiteral("is empty"), QStringLiteral("remove the step"));
    } else {
        step.function = scalar(fn, at(field, "function"));
        if (!TeardownFunctions::find(step.function))
            fail(fn.Mark(), at(field, "function"),
                 QStringLiteral("no teardown function named '%1' (known: %2)")
                     .arg(step.function, TeardownFunctions::names().join(", ")),
                 QStringLiteral("correct the name, or register the function in TeardownFunctions"));
    }
    loadParts(node, field, first, step);
    return step;
}

void Loader::loadParts(const YAML::Node &node, const QString &field, bool first, TeardownStep &step) const
{
    static const QRegularExpression placeholder(QStringLiteral(R"(\{\{part:([a-z_][a-z0-9_]*)\}\})"));
    const YAML::Node parts = lookup(node, "parts", field, false);
    const int found = int(step.sql.count(placeholder));
    if (!parts) {
        if (found > 0 || step.sql.contains(QStringLiteral("{{part")))
            fail(node["sql"].Mark(), at(field, "sql"), QStringLiteral("has a {{part:…}} placeholder but no `parts`"),
                 QStringLiteral("add `parts: 2`, or remove the placeholder"));
        return;
    }
    bool ok = false;
    const int n = scalar(parts, at(field, "parts")).toInt(&ok);
    if (!ok || n < 2 || n > 8)
        fail(parts.Mark(), at(field, "parts"), QStringLiteral("must be a whole number from 2 to 8"),
             QStringLiteral("2 suits most servers; remove the key to run the step in one transaction"));
    if (!step.function.isEmpty())
        fail(parts.Mark(), at(field, "parts"), QStringLiteral("applies to SQL steps only"),
             QStringLiteral("remove `parts`, or write the step as SQL"));
    if (!first)
        fail(parts.Mark(), at(field, "parts"), QStringLiteral("is allowed on the first teardown step only"),
             QStringLiteral("its parts commit before the rest of the teardown runs: move the step first"));
    const auto m = placeholder.match(step.sql);
    if (found != 1 || step.sql.count(QStringLiteral("{{part")) != 1)
        fail(node["sql"].Mark(), at(field, "sql"), QStringLiteral("needs exactly one {{part:COLUMN}} placeholder"),
             QStringLiteral("add `AND {{part:id}}` to the WHERE clause (COLUMN: a uuid column, e.g. the primary key)"));
    step.parts = n;
    step.partKey = m.captured(1);
    step.partSql = step.sql;
    step.sql.replace(m.capturedStart(), m.capturedLength(), QStringLiteral("TRUE"));
}

Catalog Loader::load()
{
    loadVersions();
    QStringList dirs = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    // core first (Kong's order), the plugins after it.
    if (!dirs.removeOne(QStringLiteral("core"))) {
        m_file = m_root;
        fail(YAML::Mark::null_mark(), QStringLiteral("core"), QStringLiteral("no core/ subsystem directory"),
             QStringLiteral("point at a complete catalog directory"));
    }
    m_cat.m_subsystems.append(loadSubsystem(QStringLiteral("core")));
    for (const QString &d : dirs)
        m_cat.m_subsystems.append(loadSubsystem(d));
    return m_cat;
}

Result<Catalog> loadFrom(const QString &root)
{
    Loader loader(root);
    try {
        return loader.load();
    } catch (const CatalogFault &f) {
        return f.error;
    } catch (const YAML::Exception &e) { // conversions we did not guard against
        return Error::make(ErrorKind::Config,
                           QStringLiteral("%1: %2").arg(root, QString::fromStdString(e.what())), kFormatHint);
    }
}

} // namespace

Result<Catalog> Catalog::loadEmbedded()
{
    return loadFrom(QStringLiteral(":/migrations"));
}

Result<Catalog> Catalog::loadDirectory(const QString &dir)
{
    if (!QFileInfo(dir).isDir())
        return Error::make(ErrorKind::Config, QStringLiteral("%1: not a directory").arg(dir),
                           QStringLiteral("give the path of a catalog laid out like resources/migrations"));
    return loadFrom(QDir::cleanPath(QDir(dir).absolutePath()));
}

} // namespace kuw::core
