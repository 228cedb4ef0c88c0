// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestPostgres.h"

#include <QTemporaryDir>

namespace kuw::test {

/// Fixture for the paths between two datastores (declarative export/import, the parallel
/// path): the test database is the source; a second, randomly named, empty database is the
/// target, dropped afterwards; a temporary directory holds the files in between.
class TwoDatastoreTest : public DatabaseTest
{
protected:
    void SetUp() override;
    void TearDown() override;
    core::ConnectionSettings targetSettings() const { return TestPostgres::instance().settings(m_target); }

    /// The source: the real catalog bootstraps 2.3.3, the 2.3.3 seed (every entity type, as
    /// Kong 2.3 nodes write rows) goes in, the engine upgrades it to kSeedTarget.
    void seedSource();
    static const QString kSeedTarget; ///< "2.5.2"

    QTemporaryDir m_tmp;
    QString m_target;
};

} // namespace kuw::test
