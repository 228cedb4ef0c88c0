// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelmCommandsView.h"
#include "widgets/ThemeColors.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace kuw::ui {

HelmCommandsView::HelmCommandsView(QWidget *parent) : QWidget(parent)
{
    m_releases = new QPlainTextEdit(QStringLiteral("kong"), this);
    m_releases->setAccessibleName(tr("Helm releases, one per line, in upgrade order"));
    m_releases->setPlaceholderText(tr("namespace/release, one per line, in the order to upgrade"));
    m_releases->setMaximumHeight(70);
    m_releases->setTabChangesFocus(true);
    m_chart = new QLineEdit(QStringLiteral("kong/kong"), this);
    m_chart->setAccessibleName(tr("Helm chart"));
    m_repository = new QLineEdit(QStringLiteral("kong"), this);
    m_repository->setAccessibleName(tr("Image repository"));
    m_tag = new QLineEdit(this);
    m_tag->setAccessibleName(tr("Image tag"));
    m_generate = new QPushButton(tr("&Generate commands"), this);
    m_generate->setAccessibleName(tr("Generate the helm upgrade commands"));
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:%1").arg(errorColor(palette()).name()));
    m_list = new QWidget(this);
    m_grid = new QGridLayout(m_list);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_list);

    auto *form = new QFormLayout;
    form->addRow(tr("&Releases:"), m_releases);
    form->addRow(tr("C&hart:"), m_chart);
    form->addRow(tr("Image re&pository:"), m_repository);
    form->addRow(tr("Image &tag:"), m_tag);
    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Run the commands in this order. Only the first release runs <code>migrations up</code> "
                               "(pre-upgrade hook) and only the last runs <code>migrations finish</code> (post-upgrade "
                               "hook), after every release serves the new version."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_generate, 0, Qt::AlignLeft);
    layout->addWidget(m_error);
    layout->addWidget(scroll, 1);
    connect(m_generate, &QPushButton::clicked, this, &HelmCommandsView::generate);
}

void HelmCommandsView::setImageTag(const QString &tag)
{
    m_tag->setText(tag);
}

void HelmCommandsView::setReleasesText(const QString &text)
{
    m_releases->setPlainText(text);
}

bool HelmCommandsView::generate()
{
    m_commands.clear();
    m_confirmButtons.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_error->clear();
    auto releases = core::parseHelmReleases(m_releases->toPlainText());
    if (!releases) {
        m_error->setText(releases.error().message + QStringLiteral(" — ") + releases.error().remedy);
        return false;
    }
    core::HelmOptions options;
    options.chart = m_chart->text().trimmed();
    options.imageRepository = m_repository->text().trimmed();
    options.imageTag = m_tag->text().trimmed();
    auto commands = core::helmUpgradeCommands(*releases, options);
    if (!commands) {
        m_error->setText(commands.error().message + QStringLiteral(" — ") + commands.error().remedy);
        return false;
    }
    m_commands = *commands;
    for (int i = 0; i < m_commands.size(); ++i) {
        const core::HelmCommand &c = m_commands.at(i);
        auto *line = new QLineEdit(c.command, m_list);
        line->setReadOnly(true);
        line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        line->setAccessibleName(tr("Command for release %1").arg(c.release.name));
        line->setCursorPosition(0);
        auto *copy = new QPushButton(tr("Copy"), m_list);
        copy->setAccessibleName(tr("Copy the command for release %1").arg(c.release.name));
        connect(copy, &QPushButton::clicked, this, [cmd = c.command] { QApplication::clipboard()->setText(cmd); });
        auto *done = new QPushButton(tr("Upgraded"), m_list);
        done->setAccessibleName(tr("Release %1 has been upgraded").arg(c.release.name));
        connect(done, &QPushButton::clicked, this, [this, i, name = c.release.name] { Q_EMIT releaseUpgraded(i, name); });
        m_grid->addWidget(new QLabel(QStringLiteral("%1.").arg(i + 1), m_list), i, 0);
        m_grid->addWidget(line, i, 1);
        m_grid->addWidget(copy, i, 2);
        m_grid->addWidget(done, i, 3);
        m_confirmButtons.append(done);
    }
    m_grid->setRowStretch(int(m_commands.size()), 1);
    setConfirmed(m_confirmed);
    Q_EMIT generated(int(m_commands.size()));
    return true;
}

void HelmCommandsView::setConfirmed(int n)
{
    m_confirmed = n;
    for (int i = 0; i < m_confirmButtons.size(); ++i) {
        m_confirmButtons.at(i)->setEnabled(i == n);
        m_confirmButtons.at(i)->setText(i < n ? tr("Upgraded ✓") : tr("Upgraded"));
    }
}

} // namespace kuw::ui
