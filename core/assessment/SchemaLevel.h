// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "versions/KongVersion.h"

#include <QString>

#include <optional>

namespace kuw::core {

class Catalog;
struct DatastoreStatus;

/// Which Kong releases list exactly the migrations a datastore has recorded: the catalog's
/// releases V where every migration V lists (core, and each plugin with a schema_meta row)
/// is recorded and nothing recorded is newer than V. Pending names count as recorded.
struct SchemaLevel
{
    std::optional<KongVersion> lowest;
    std::optional<KongVersion> highest;
    bool beyondCatalog = false; ///< names newer than every release the catalog knows

    bool known() const { return lowest.has_value(); }
    /// "2.3.0–2.5.2", "2.5.2", or a sentence when unknown.
    QString toString() const;

    static SchemaLevel derive(const DatastoreStatus &status, const Catalog &catalog);
};

} // namespace kuw::core
