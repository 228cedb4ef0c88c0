// SPDX-License-Identifier: GPL-3.0-or-later
// Private to core/declarative: includes yaml-cpp, never include it from a public header.
#pragma once

#include <QString>

#include <optional>

namespace YAML {
class Emitter;
}

namespace kuw::core::declarative {

/// Block style, two-space indent, null as `~` (what lyaml writes for Kong).
void configureEmitter(YAML::Emitter &out);
/// A string value; quoted whenever a plain scalar would read back as another type.
void emitString(YAML::Emitter &out, const QString &value);

/// YAML 1.1 plain-scalar resolution as lyaml does it for Kong (plain = unquoted).
bool isNullScalar(const QString &text);
std::optional<bool> boolScalar(const QString &text);
std::optional<qint64> integerScalar(const QString &text);
std::optional<double> numberScalar(const QString &text);

} // namespace kuw::core::declarative
