// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectionPage.h"

#include "config/KongConfig.h"
#include "db/PgCancelToken.h"
#include "widgets/StatusView.h"

#include <QCheckBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kuw::ui {

ConnectionPage::ConnectionPage(QWidget *parent) : QWizardPage(parent)
{
    setTitle(tr("Datastore connection"));
    setSubTitle(tr("Where does your Kong cluster keep its configuration? Values come from kong.conf "
                   "and KONG_* environment variables, as Kong reads them."));

    m_source = new QLabel(tr("Using Kong's defaults"), this);
    m_source->setWordWrap(true);
    auto *load = new QPushButton(tr("Load kong.conf…"), this);
    load->setAccessibleName(tr("Load a kong.conf file"));
    connect(load, &QPushButton::clicked, this, &ConnectionPage::chooseConfigFile);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source, 1);
    sourceRow->addWidget(load);

    auto named = [this](auto *w, const QString &name) {
        w->setAccessibleName(name);
        w->setObjectName(name);
        return w;
    };
    m_host = named(new QLineEdit(this), QStringLiteral("pg_host"));
    m_port = named(new QSpinBox(this), QStringLiteral("pg_port"));
    m_port->setRange(1, 65535);
    m_database = named(new QLineEdit(this), QStringLiteral("pg_database"));
    m_user = named(new QLineEdit(this), QStringLiteral("pg_user"));
    m_password = named(new QLineEdit(this), QStringLiteral("pg_password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in memory only: never saved, never logged."));
    m_schema = named(new QLineEdit(this), QStringLiteral("pg_schema"));
    m_schema->setPlaceholderText(tr("the user's current schema"));
    m_timeout = named(new QSpinBox(this), QStringLiteral("pg_timeout"));
    m_timeout->setRange(100, 600000);
    m_timeout->setSingleStep(1000);
    m_timeout->setSuffix(tr(" ms"));
    m_ssl = named(new QCheckBox(tr("Use TLS (pg_ssl)"), this), QStringLiteral("pg_ssl"));
    m_sslVerify = named(new QCheckBox(tr("Verify the server certificate (pg_ssl_verify)"), this),
                        QStringLiteral("pg_ssl_verify"));
    m_caFile = named(new QLineEdit(this), QStringLiteral("lua_ssl_trusted_certificate"));
    m_caFile->setPlaceholderText(tr("CA certificate file (PEM)"));
    connect(m_ssl, &QCheckBox::toggled, m_sslVerify, &QWidget::setEnabled);
    connect(m_ssl, &QCheckBox::toggled, m_caFile, &QWidget::setEnabled);

    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&Schema:"), m_schema);
    form->addRow(tr("&Timeout:"), m_timeout);
    form->addRow(QString(), m_ssl);
    form->addRow(QString(), m_sslVerify);
    form->addRow(tr("&CA file:"), m_caFile);

    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setAccessibleName(tr("Test connection"));
    m_cancel = new QPushButton(tr("Cancel test"), this);
    m_cancel->setAccessibleName(tr("Cancel connection test"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // indeterminate: connecting has no measurable progress
    m_busy->setAccessibleName(tr("Connecting"));
    m_busy->setMaximumWidth(160);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_test);
    actions->addWidget(m_cancel);
    actions->addWidget(m_busy);
    actions->addStretch(1);
    connect(m_test, &QPushButton::clicked, this, &ConnectionPage::testConnection);
    connect(m_cancel, &QPushButton::clicked, this, &ConnectionPage::cancelTest);

    m_status = new StatusView(this);
    m_status->showMessage(tr("Not connected yet. Press “Test connection”."));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sourceRow);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_status, 1);

    connect(&m_watcher, &QFutureWatcher<core::ProbeOutcome>::finished, this, &ConnectionPage::onProbeDone);
    // Any edit invalidates an earlier successful test.
    for (QLineEdit *e : {m_host, m_database, m_user, m_password, m_schema, m_caFile}) {
        connect(e, &QLineEdit::textEdited, this, [this] {
            m_last = {};
            Q_EMIT completeChanged();
        });
    }
    applySettings(core::ConnectionSettings{}, tr("Using Kong's defaults"));
    setBusy(false);
}

ConnectionPage::~ConnectionPage()
{
    // Never block the UI on the network: cancel and let the worker finish on its own.
    if (m_token)
        m_token->cancel();
}

void ConnectionPage::applyConfig(const core::KongConfig &config, const QString &sourceLabel)
{
    Q_EMIT configLoaded(config);
    auto s = core::ConnectionSettings::fromConfig(config);
    if (!s) {
        m_status->showError(s.error());
        m_source->setText(sourceLabel);
        return;
    }
    applySettings(*s, sourceLabel);
}

void ConnectionPage::applySettings(const core::ConnectionSettings &s, const QString &sourceLabel)
{
    m_source->setText(sourceLabel);
    m_host->setText(s.host);
    m_port->setValue(s.port);
    m_database->setText(s.database);
    m_user->setText(s.user);
    m_password->setText(s.password);
    m_schema->setText(s.schema);
    m_timeout->setValue(s.connectTimeoutMs);
    m_ssl->setChecked(s.ssl);
    m_sslVerify->setChecked(s.sslVerify);
    m_sslVerify->setEnabled(s.ssl);
    m_caFile->setEnabled(s.ssl);
    m_caFile->setText(s.sslRootCerts.value(0));
    m_extraRootCerts = s.sslRootCerts.mid(1);
    m_last = {};
    Q_EMIT completeChanged();
}

core::ConnectionSettings ConnectionPage::settings() const
{
    core::ConnectionSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.database = m_database->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.schema = m_schema->text().trimmed();
    s.connectTimeoutMs = m_timeout->value();
    s.ssl = m_ssl->isChecked();
    s.sslVerify = m_sslVerify->isChecked();
    if (!m_caFile->text().trimmed().isEmpty())
        s.sslRootCerts = QStringList{m_caFile->text().trimmed()} + m_extraRootCerts;
    return s;
}

bool ConnectionPage::isComplete() const
{
    return m_last.status.has_value() && !isBusy();
}

bool ConnectionPage::validatePage()
{
    Q_EMIT settingsAccepted(settings());
    return true;
}

bool ConnectionPage::isBusy() const
{
    return m_watcher.isRunning();
}

void ConnectionPage::testConnection()
{
    if (isBusy())
        return;
    m_last = {};
    m_token = std::make_shared<core::PgCancelToken>();
    m_status->showMessage(tr("Connecting to %1…").arg(settings().toString()));
    setBusy(true);
    m_watcher.setFuture(core::startProbeJob(settings(), m_token));
    Q_EMIT completeChanged();
}

void ConnectionPage::cancelTest()
{
    if (m_token)
        m_token->cancel();
    m_status->showMessage(tr("Cancelling…"));
}

void ConnectionPage::onProbeDone()
{
    m_last = m_watcher.result();
    setBusy(false);
    if (m_last.status)
        m_status->showStatus(*m_last.status, m_last.elapsedMs);
    else if (m_last.error)
        m_status->showError(*m_last.error);
    Q_EMIT completeChanged();
    Q_EMIT probeFinished(m_last.status.has_value());
}

void ConnectionPage::setBusy(bool busy)
{
    m_test->setEnabled(!busy);
    m_cancel->setEnabled(busy);
    m_cancel->setVisible(busy);
    m_busy->setVisible(busy);
}

void ConnectionPage::chooseConfigFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open kong.conf"), QStringLiteral("/etc/kong"),
                                                      tr("Kong configuration (*.conf);;All files (*)"));
    if (path.isEmpty())
        return;
    core::KongConfig::LoadOptions opts;
    opts.confPath = path;
    auto cfg = core::KongConfig::load(opts);
    if (!cfg) {
        m_status->showError(cfg.error());
        return;
    }
    applyConfig(*cfg, tr("From %1 (KONG_* environment variables take precedence)").arg(path));
}

} // namespace kuw::ui
