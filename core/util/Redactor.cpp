// SPDX-License-Identifier: GPL-3.0-or-later
#include "Redactor.h"

#include <QMutex>
#include <QRegularExpression>
#include <QSet>

namespace kuw::core {
namespace {
QMutex s_mutex;
QSet<QString> &secrets()
{
    static QSet<QString> s;
    return s;
}
} // namespace

void Redactor::addSecret(const QString &secret)
{
    if (secret.size() < 3) // a 1–2 character "secret" would mask ordinary text everywhere
        return;
    QMutexLocker lock(&s_mutex);
    secrets().insert(secret);
}

QString Redactor::redact(QString text)
{
    {
        QMutexLocker lock(&s_mutex);
        for (const QString &s : std::as_const(secrets()))
            text.replace(s, QLatin1String(Mask));
    }
    // conninfo and URL forms, in case a secret arrives before it was registered
    static const QRegularExpression kv(QStringLiteral(R"((password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+))"),
                                       QRegularExpression::CaseInsensitiveOption);
    text.replace(kv, QStringLiteral("\\1") + QLatin1String(Mask));
    static const QRegularExpression url(QStringLiteral(R"((postgres(?:ql)?://[^:/@\s]+:)[^@\s]+@)"));
    text.replace(url, QStringLiteral("\\1") + QLatin1String(Mask) + QLatin1Char('@'));
    return text;
}

void Redactor::clear()
{
    QMutexLocker lock(&s_mutex);
    secrets().clear();
}

} // namespace kuw::core
