// SPDX-License-Identifier: GPL-3.0-or-later
#include "DataPlanesView.h"

#include "widgets/ThemeColors.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace kuw::ui {

namespace {
enum Column { Host, Ip, Version, Sync, LastSeen, Result };
}

DataPlanesView::DataPlanesView(QWidget *parent) : QWidget(parent)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTreeWidget(this);
    m_table->setAccessibleName(tr("Data Planes of the new Control Plane"));
    m_table->setHeaderLabels({tr("Data Plane"), tr("IP"), tr("Version"), tr("Sync status"), tr("Last seen (UTC)"), tr("Result")});
    m_table->setRootIsDecorated(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *note = new QLabel(tr("The new Control Plane runs first. Then replace or upgrade the Data Planes one by one; "
                               "this list is polled from the Control Plane and the checkpoint passes once every "
                               "Data Plane reports the target version."), this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    showWaiting();
}

void DataPlanesView::showWaiting()
{
    m_table->clear();
    m_outdated = 0;
    m_status->setText(tr("Waiting for the new Control Plane to be verified on the Control Plane tab."));
}

void DataPlanesView::showCheck(const core::DataPlaneCheck &check, const core::KongVersion &target, const QDateTime &at)
{
    m_table->clear();
    m_outdated = 0;
    const QString wanted = QStringLiteral("%1.%2.x").arg(target.major()).arg(target.minor());
    for (const core::DataPlane &dp : check.dataPlanes) {
        const auto v = core::KongVersion::parse(dp.version);
        const bool current = v && v->sameMinor(target);
        m_outdated += current ? 0 : 1;
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(Host, dp.hostname.isEmpty() ? dp.id : dp.hostname);
        item->setText(Ip, dp.ip);
        item->setText(Version, dp.version.isEmpty() ? tr("unknown") : dp.version);
        item->setText(Sync, dp.syncStatus);
        item->setText(LastSeen, dp.lastSeen > 0 ? QDateTime::fromSecsSinceEpoch(dp.lastSeen, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                                                : QString());
        item->setText(Result, current ? tr("OK: on %1").arg(wanted) : tr("Old version: upgrade or replace it with %1").arg(wanted));
        item->setForeground(Result, current ? okColor(palette()) : errorColor(palette()));
        item->setForeground(Version, current ? palette().color(QPalette::Text) : errorColor(palette()));
    }
    const QString when = QLocale().toString(at.toLocalTime().time(), QLocale::ShortFormat);
    if (check.error) {
        m_status->setText(errorHtml(palette(), tr("The Control Plane did not list its Data Planes: %1")
                                                   .arg(check.problems.join(QLatin1Char(' ')).toHtmlEscaped())));
    } else if (check.dataPlanes.isEmpty()) {
        m_status->setText(errorHtml(palette(), tr("No Data Plane is connected to the new Control Plane yet (%1).").arg(when)));
    } else if (m_outdated > 0) {
        m_status->setText(errorHtml(palette(), tr("%1 of %2 Data Plane(s) still on an old version (polled %3).")
                                                   .arg(m_outdated).arg(check.dataPlanes.size()).arg(when)));
    } else {
        m_status->setText(tr("All %1 Data Plane(s) run %2 (polled %3).").arg(check.dataPlanes.size()).arg(wanted, when));
    }
    for (const QString &note : check.notes)
        m_status->setText(m_status->text() + QStringLiteral("<br>") + note.toHtmlEscaped());
}

} // namespace kuw::ui
