// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSettings.h"
#include "jobs/ProbeJob.h"

#include <QFutureWatcher>
#include <QWizardPage>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace kuw::core {
class KongConfig;
class PgCancelToken;
} // namespace kuw::core

namespace kuw::ui {

class StatusView;

/// Datastore connection: fields from kong.conf/env, "Test connection" on a worker thread
/// with a busy indicator and a working Cancel, then the probe summary or a typed error.
class ConnectionPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ConnectionPage(QWidget *parent = nullptr);
    ~ConnectionPage() override;

    void applyConfig(const core::KongConfig &config, const QString &sourceLabel);
    void applySettings(const core::ConnectionSettings &settings, const QString &sourceLabel);
    core::ConnectionSettings settings() const;
    bool isComplete() const override;
    bool validatePage() override;

    /// Starts the probe job (no-op while one runs).
    void testConnection();
    void cancelTest();
    bool isBusy() const;
    const core::ProbeOutcome &lastOutcome() const { return m_last; }

    QPushButton *testButton() const { return m_test; }
    QPushButton *cancelButton() const { return m_cancel; }
    StatusView *statusView() const { return m_status; }

Q_SIGNALS:
    void probeFinished(bool connected);
    /// Next was pressed with these settings (emitted before the next page initializes).
    void settingsAccepted(const kuw::core::ConnectionSettings &settings);
    /// A kong.conf was loaded into the form.
    void configLoaded(const kuw::core::KongConfig &config);

private:
    void chooseConfigFile();
    void onProbeDone();
    void setBusy(bool busy);

    QLabel *m_source = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_schema = nullptr;
    QSpinBox *m_timeout = nullptr;
    QCheckBox *m_ssl = nullptr;
    QCheckBox *m_sslVerify = nullptr;
    QLineEdit *m_caFile = nullptr;
    QPushButton *m_test = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_busy = nullptr;
    StatusView *m_status = nullptr;

    QStringList m_extraRootCerts;
    QFutureWatcher<core::ProbeOutcome> m_watcher;
    std::shared_ptr<core::PgCancelToken> m_token;
    core::ProbeOutcome m_last;
};

} // namespace kuw::ui
