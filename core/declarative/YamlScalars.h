// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: YAML scalar rules shared by the exporter and the importer.
#pragma once

#include <QString>

#include <optional>

namespace kuw::core::declarative {


/// YAML 1.1 plain-scalar resolution as lyaml does it for Kong (plain = unquoted).
bool isNullScalar(const QString &text);
std::optional<bool> boolScalar(const QString &text);
std::optional<qint64> integerScalar(const QString &text);
std::optional<double> numberScalar(const QString &text);

} // namespace kuw::core::declarative
