// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>

namespace kuw::core {

class PgConnection;

/// Options of the normalized dump (the arguments of the team's kong-dump.sh).
struct SchemaDumpOptions
{
    /// Replace what differs between two runs of the same migrations: the default workspace
    /// id, parameters.cluster_id, and timestamps in [tsCutoff, now() + 1 day] ("<ts>").
    bool normalize = true;
    /// Timestamps before this (e.g. in seeds) are kept verbatim.
    QString tsCutoff = QStringLiteral("2021-01-01 00:00:00+00");
    /// Append each column's physical position (" #N") to its schema line.
    bool columnOrder = false;
};

/// The random values normalization replaces (empty when absent or not normalizing).
struct SchemaDumpVolatiles
{
    QString defaultWorkspaceId;
    QString clusterId;
};

/// The same text as kong-dump.sh's schema.txt for `schema`: one line per object, sorted.
/** Byte-identical to the script when the script's psql session runs with the server's
 *  default search_path and time zone UTC. Blocks on the network: run on a worker thread. */
Result<QString> dumpSchemaText(PgConnection &conn, const QString &schema, const SchemaDumpOptions &opts = {});

/// The same text as kong-dump.sh's data.txt: per table `== name (N rows)`, then each row as
/// its to_jsonb text, rows sorted by that text (collation "C").
Result<QString> dumpDataText(PgConnection &conn, const QString &schema, const SchemaDumpOptions &opts = {});

/// What normalization would replace in `schema` (empty strings when opts.normalize is off).
Result<SchemaDumpVolatiles> readVolatiles(PgConnection &conn, const QString &schema,
                                          const SchemaDumpOptions &opts = {});

} // namespace kuw::core
