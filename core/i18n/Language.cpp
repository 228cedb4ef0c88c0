// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kuw::core::i18n {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("kuw_");

QString nativeNameOf(const QString &code)
{
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (code.contains(QLatin1Char('_')) && locale.territory() != QLocale::AnyTerritory)
        name += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    return name.isEmpty() ? code : name;
}

/// Tries kuw_<code>.qm for each UI language of `locale` (de_AT → de), as QTranslator does.
bool loadApp(QTranslator &t, const QLocale &locale)
{
    return t.load(locale, QStringLiteral("kuw"), QStringLiteral("_"), kResourceDir);
}

} // namespace

QList<Language> availableLanguages()
{
    QList<Language> out{{QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        out.append({code, nativeNameOf(code)});
    }
    return out;
}

QString takeLanguageOption(QStringList &args, bool remove)
{
    QString value;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--"))
            break;
        if (a == QLatin1String("--lang") && i + 1 < args.size()) {
            value = args.at(i + 1);
            if (remove) {
                args.remove(i, 2);
                --i;
            }
        } else if (a.startsWith(QLatin1String("--lang="))) {
            value = a.mid(7);
            if (remove) {
                args.removeAt(i);
                --i;
            }
        }
    }
    return value;
}

QString install(const QString &requested, QString *warning)
{
    // Both translators live as long as the application; they are parented to it.
    auto *app = QCoreApplication::instance();
    const bool explicitChoice = !requested.isEmpty() && requested != QLatin1String("system");
    QLocale locale = explicitChoice ? QLocale(requested) : QLocale::system();
    if (explicitChoice && (requested == QLatin1String("en") || requested == QLatin1String("C"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    auto *own = new QTranslator(app);
    if (!loadApp(*own, locale)) {
        delete own;
        if (explicitChoice && warning)
            *warning = QStringLiteral("No translation for language '%1'; using English.").arg(requested);
        return QStringLiteral("en");
    }
    QCoreApplication::installTranslator(own);
    if (explicitChoice)
        QLocale::setDefault(locale); // numbers and dates follow the chosen language too
    // Qt's own strings (QWizard's Back/Next, standard dialogs) come from qt6-translations-l10n.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    const QString file = own->filePath();
    return QFileInfo(file).completeBaseName().mid(kPrefix.size());
}

} // namespace kuw::core::i18n
