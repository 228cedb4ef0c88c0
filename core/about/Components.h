// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace kuw::core {

/// A third-party component linked into the binaries, for the About dialog and `--version`.
struct Component
{
    QString name;
    QString version;   ///< the version in use at run time where it can be asked, else at build time
    QString licence;   ///< SPDX expression
    QString usedFor;   ///< why it is there (translatable text, English source)
    QString url;
};

/// The project's own version (CMake project version, the single source).
QString applicationVersion();
/// Every component of the distributed binaries with its licence (not test-only tools).
QList<Component> linkedComponents();

} // namespace kuw::core
