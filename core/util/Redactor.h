// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kuw::core {

/// Process-wide registry of secrets (passwords, keys) that must never be printed.
/** Every path to a log, report, journal or crash output passes text through redact().
 *  Thread-safe. Secrets are kept only in memory. */
class Redactor
{
public:
    static constexpr const char *Mask = "******";

    /// Remember a secret; empty or very short strings are ignored (they would mask noise).
    static void addSecret(const QString &secret);
    /// Replace every known secret and every `password=...` conninfo pair by the mask.
    static QString redact(QString text);
    /// Forget all secrets (tests).
    static void clear();
};

} // namespace kuw::core
