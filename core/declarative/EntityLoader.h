// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: validates entities and spools them as COPY rows.
#pragma once

#include "EntitySchema.h"
#include "Importer.h"
#include "YamlStream.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QUuid>

#include <memory>
#include <optional>
#include <vector>

namespace kuw::core::declarative {

/// Turns entity nodes into COPY text rows of their table, one spool file per table, and
/// collects every issue. References are checked in finish(), once all ids are known.
class EntityLoader
{
public:
    EntityLoader(QString file, QString spoolDir, QString workspaceId, QList<ImportIssue> &issues, int maxIssues);
    ~EntityLoader();

    void setTransform(bool transform) { m_transform = transform; }
    /// One entity of type `e` (a top-level list item, or nested with `parentField` = parent id).
    void load(const EntityDef &e, const YNode &node, const FieldDef *parentField = nullptr,
              const QString &parentId = {});
    /// Checks references; flushes spool files. Call once after the last load().
    void finish();

    void issue(int line, int column, const QString &entity, const QString &field, const QString &message);
    bool full() const { return m_issues.size() >= m_maxIssues; }

    /// Table columns of a spool file, in row order.
    static QStringList columns(const EntityDef &e);
    QString spoolPath(const QString &entity) const;
    qint64 rows(const QString &entity) const;
    qint64 totalRows() const { return m_totalRows; }

private:
    struct Table;
    struct Ref
    {
        QUuid id;
        int line, column;
        const EntityDef *entity;
        const FieldDef *field;
    };

    Table &table(const EntityDef &e);
    std::optional<QString> convert(const EntityDef &e, const FieldDef &fd, const YNode &v, bool *ok);

    QString m_file;
    QString m_spoolDir;
    QString m_wsId;
    QList<ImportIssue> &m_issues;
    int m_maxIssues;
    bool m_transform = true;
    qint64 m_totalRows = 0;
    QHash<QString, std::shared_ptr<Table>> m_tables;
    std::vector<Ref> m_refs;
};

} // namespace kuw::core::declarative
