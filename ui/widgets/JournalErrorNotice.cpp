// SPDX-License-Identifier: GPL-3.0-or-later
#include "JournalErrorNotice.h"

#include "session/JournalWriter.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPointer>

#include <memory>

namespace kuw::ui {

void showJournalErrors(core::JournalWriter *writer, QWidget *parent)
{
    auto box = std::make_shared<QPointer<QMessageBox>>();
    QObject::connect(writer, &core::JournalWriter::failed, parent, [parent, box](const QString &message, const QString &remedy) {
        if (*box) { // already shown: keep the latest failure, not a stack of dialogs
            (*box)->setInformativeText(message + QLatin1Char('\n') + remedy);
            return;
        }
        auto *b = new QMessageBox(QMessageBox::Warning, QCoreApplication::translate("JournalErrorNotice", "Session journal not saved"),
                                  QCoreApplication::translate("JournalErrorNotice",
                                                             "The session journal could not be saved. The upgrade can go on, "
                                                             "but it cannot be resumed from this point after a crash."),
                                  QMessageBox::Ok, parent);
        b->setObjectName(QStringLiteral("journalError"));
        b->setInformativeText(message + QLatin1Char('\n') + remedy);
        b->setAttribute(Qt::WA_DeleteOnClose);
        *box = b;
        b->open(); // returns at once: the UI keeps running
    });
}

} // namespace kuw::ui
