// SPDX-License-Identifier: GPL-3.0-or-later
#include "TsCheck.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <algorithm>

namespace kuw::test {

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QSet<QString> out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out.insert(QLatin1Char('%') + it.next().captured(1));
    return out;
}

namespace {

QString joined(QSet<QString> set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return list.join(QLatin1Char(' '));
}

struct Message
{
    qint64 line = 0;
    QString source;
    QString type;                ///< translation type attribute: "", unfinished, obsolete, vanished
    QStringList translations;    ///< one, or each numerusform
};

} // namespace

QStringList checkTsFile(const QString &path, bool requireComplete)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {QStringLiteral("%1: cannot open: %2").arg(path, file.errorString())};
    QStringList problems;
    QXmlStreamReader xml(&file);
    QString context;
    auto report = [&](const Message &m, const QString &what) {
        problems << QStringLiteral("%1:%2: %3: \"%4\": %5").arg(path).arg(m.line).arg(context, m.source.left(70), what);
    };
    auto checkMessage = [&](const Message &msg) {
        if (msg.type == QLatin1String("obsolete") || msg.type == QLatin1String("vanished")) {
            report(msg, QStringLiteral("%1 entry (run lupdate -no-obsolete)").arg(msg.type));
            return;
        }
        const bool empty = std::all_of(msg.translations.cbegin(), msg.translations.cend(),
                                       [](const QString &t) { return t.trimmed().isEmpty(); });
        if (requireComplete && (msg.type == QLatin1String("unfinished") || empty))
            report(msg, QStringLiteral("unfinished translation"));
        const QSet<QString> want = placeholders(msg.source);
        for (const QString &t : msg.translations) {
            const QSet<QString> got = placeholders(t);
            if (!t.isEmpty() && got != want)
                report(msg, QStringLiteral("placeholders differ: source has [%1], translation \"%2\" has [%3]")
                                .arg(joined(want), t.left(70), joined(got)));
        }
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue; // <TS> and <context> are descended into
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message msg{xml.lineNumber(), {}, {}, {}};
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("source")) {
                    msg.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    msg.type = xml.attributes().value(QLatin1String("type")).toString();
                    QString text;
                    while (!xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                            msg.translations << xml.readElementText();
                        else if (xml.isEndElement() && xml.name() == QLatin1String("translation"))
                            break;
                    }
                    if (msg.translations.isEmpty())
                        msg.translations << text;
                } else {
                    xml.skipCurrentElement(); // comment, extracomment, location, ...
                }
            }
            checkMessage(msg);
        }
    }
    if (xml.hasError())
        problems << QStringLiteral("%1:%2: invalid XML: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return problems;
}

} // namespace kuw::test
