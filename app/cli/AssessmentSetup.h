// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "assessment/Assessment.h"
#include "config/KongConfig.h"
#include "db/PgConnection.h"
#include "migrations/Catalog.h"
#include "versions/UpgradePath.h"

#include <QCommandLineParser>

#include <memory>
#include <optional>

namespace kuw::cli {

class CliContext;

/// What `check` and `diagnose` share: config, catalog, path rules, options, a read-only session.
struct AssessmentSetup
{
    std::optional<core::KongConfig> config;
    std::optional<core::Catalog> catalog;
    std::optional<core::UpgradePath> paths;
    core::AssessmentOptions options;
    std::unique_ptr<core::PgConnection> conn; ///< null for Cassandra / DB-less configurations
    QString connectionText;

    /// Adds --to, --from, --edition, --node, --node-timeout, --node-ca.
    static void addOptions(QCommandLineParser &parser);
    /// Loads everything and connects read-only; returns an exit code (ExitOk = ready).
    int prepare(CliContext &ctx, const QCommandLineParser &parser);
    /// --node URLs → options.nodes (Admin API GET /, in parallel).
    int probeRunningNodes(CliContext &ctx, const QCommandLineParser &parser);
};

} // namespace kuw::cli
