// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "DataPlanes.h"
#include "LockSessions.h"
#include "Result.h"

#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

namespace kuw::core {

class Catalog;
class KongConfig;
class PgConnection;
class UpgradePath;

struct TableSize
{
    QString name;
    qint64 bytes = 0;          ///< pg_total_relation_size
    qint64 estimatedRows = 0;  ///< reltuples (-1 when never analyzed)
};

/// What a support engineer needs about a Kong datastore, collected read-only.
/** JSON shape (report_version 1) is documented in docs/diagnostic-report.md; Markdown and
 *  HTML are rendered from the JSON, so the three formats always hold the same facts. */
struct DiagnosticReport
{
    QString generatedAt;                         ///< ISO UTC
    QString connection;                          ///< ConnectionSettings::toString() (password masked)
    QList<QPair<QString, QString>> serverSettings;
    qint64 databaseBytes = 0;
    bool inRecovery = false;
    QList<TableSize> tables;                     ///< Kong schema, largest first
    QList<QPair<QString, qint64>> entityCounts;  ///< exact counts of Kong entity tables present
    QList<LockSession> lockSessions;
    QList<DataPlaneRow> dataPlanes;
    QList<QPair<QString, QString>> config;       ///< kong.conf values, secrets masked
    Assessment assessment;                       ///< status, schema level and findings

    /// The stable JSON form, passed through the Redactor.
    QJsonObject toJson() const;
};

/// Collects the report over a read-only session (see openReadOnlySession). Blocks.
Result<DiagnosticReport> collectDiagnostics(PgConnection &conn, const QString &connectionText, const KongConfig &config,
                                            const Catalog &catalog, const UpgradePath &paths,
                                            const AssessmentOptions &options);

enum class ReportFormat { Json, Markdown, Html };
std::optional<ReportFormat> parseReportFormat(const QString &text);

/// The report in one format; every string has gone through the Redactor.
QString renderReport(const DiagnosticReport &report, ReportFormat format);
QString renderMarkdown(const QJsonObject &report);   ///< ReportMarkdown.cpp
QString renderHtml(const QJsonObject &report);       ///< ReportHtml.cpp, self-contained

} // namespace kuw::core
