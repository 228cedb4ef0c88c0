// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace kuw::core {

struct DiagnosticReport;

/// A support bundle: one tar.gz (made by the system `tar`) holding `<id>/manifest.json`,
/// the report as report.json / report.md / report.html, and `journals/*.yaml` — every file
/// through the Redactor. The bundle id ("KUW-20261126-1630-3fa9c2") is what a ticket quotes.
struct SupportBundle
{
    QString id;
    QString createdAt;            ///< ISO UTC
    QJsonObject manifest;
    QJsonObject report;           ///< report.json (report_version 1)
    QStringList files;            ///< paths inside the bundle

    /// Writes the bundle for `report` to `archivePath`, with the upgrade journals in
    /// `journalDir` whose datastore is `datastore` (none when journalDir is empty).
    static Result<SupportBundle> write(const QString &archivePath, const DiagnosticReport &report,
                                       const QString &journalDir, const QString &datastore);
    /// Reads a bundle back (names the file and what is wrong with it on failure).
    static Result<SupportBundle> load(const QString &archivePath);
};

/// What changed from bundle `a` to bundle `b`: findings added/removed, severity counts,
/// schema level and per-subsystem state, server and target versions, entity counts, lock
/// owner and running nodes. Human-readable lines; empty when nothing changed.
QStringList compareBundles(const SupportBundle &a, const SupportBundle &b);

} // namespace kuw::core
