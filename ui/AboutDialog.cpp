// SPDX-License-Identifier: GPL-3.0-or-later
#include "AboutDialog.h"

#include "AppIcon.h"
#include "about/Components.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kuw::ui {

AboutDialog::AboutDialog(const core::KongVersion &newestKong, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Kong Upgrade Wizard"));
    auto *icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(QSize(72, 72), devicePixelRatioF())); // sharp on HiDPI
    icon->setAlignment(Qt::AlignTop);

    auto *title = new QLabel(QStringLiteral("<span style='font-size:large'><b>%1</b></span>")
                                 .arg(tr("Kong Upgrade Wizard").toHtmlEscaped()), this);
    const QString catalog = newestKong.isValid()
                                ? tr("Migration catalog: Kong Gateway up to %1").arg(newestKong.toString())
                                : tr("Migration catalog: not available (this build is broken)");
    m_version = new QLabel(tr("Version %1").arg(core::applicationVersion()) + QStringLiteral("<br>")
                               + catalog.toHtmlEscaped() + QStringLiteral("<br>")
                               + tr("Qt %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
                           this);
    m_version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *licence = new QLabel(
        tr("Free software under the GNU General Public License, version 3 or later. It comes with "
           "ABSOLUTELY NO WARRANTY. Kong and Kong Gateway are trademarks of Kong Inc.; this project "
           "is not affiliated with Kong Inc."),
        this);
    licence->setWordWrap(true);

    m_components = new QTreeWidget(this);
    m_components->setRootIsDecorated(false);
    m_components->setSelectionMode(QAbstractItemView::NoSelection);
    m_components->setFocusPolicy(Qt::NoFocus);
    m_components->setHeaderLabels({tr("Component"), tr("Version"), tr("Licence"), tr("Used for")});
    for (const core::Component &c : core::linkedComponents()) {
        auto *item = new QTreeWidgetItem(m_components, {c.name, c.version, c.licence, c.usedFor});
        item->setToolTip(0, c.url);
        item->setToolTip(3, c.usedFor);
    }
    m_components->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_components->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *head = new QVBoxLayout;
    head->addWidget(title);
    head->addWidget(m_version);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(head, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licence);
    layout->addWidget(new QLabel(tr("Components and their licences:"), this));
    layout->addWidget(m_components, 1);
    layout->addWidget(buttons);
    // Wide enough for the licence expressions and "used for" texts without eliding.
    resize(std::max(sizeHint().width(), 900), 380);
}

} // namespace kuw::ui
