// SPDX-License-Identifier: GPL-3.0-or-later
#include "Log.h"

#include "Redactor.h"

#include <cstdio>

Q_LOGGING_CATEGORY(lcDb, "kuw.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "kuw.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "kuw.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEngine, "kuw.engine", QtInfoMsg)

namespace kuw::core {
namespace {
QtMessageHandler s_previous = nullptr;

void redactingHandler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const QString clean = Redactor::redact(msg);
    if (s_previous)
        s_previous(type, ctx, clean);
    else
        fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, ctx, clean)));
}
} // namespace

void installRedactingMessageHandler()
{
    // Wraps whatever handler is current (tests install a capturing one first).
    const QtMessageHandler previous = qInstallMessageHandler(redactingHandler);
    if (previous != redactingHandler)
        s_previous = previous;
}

} // namespace kuw::core
