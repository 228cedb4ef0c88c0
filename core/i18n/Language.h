// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace kuw::core::i18n {

/// A language the binaries carry a translation for (plus English, the source language).
struct Language
{
    QString code;       ///< "en", "de", "ja", "zh_CN"
    QString nativeName; ///< "Deutsch", "日本語"
};

/// English first, then every kuw_<code>.qm embedded at :/i18n.
QList<Language> availableLanguages();

/// The value of `--lang CODE` / `--lang=CODE` in args (empty if absent); with `remove`, the
/// option is taken out of args so subcommand parsers never see it.
QString takeLanguageOption(QStringList &args, bool remove);

/// Chooses the language (requested code if not empty, else the system locale), installs the
/// application's and Qt's own translators into the running QCoreApplication and returns the
/// code in use ("en" when nothing matched). An unknown requested code falls back to English
/// and is reported in *warning.
QString install(const QString &requested, QString *warning = nullptr);

} // namespace kuw::core::i18n
