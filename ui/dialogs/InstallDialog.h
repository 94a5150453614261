#pragma once

#include "core/Error.h"
#include "lifecycle/OperationPlanner.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ms {

class ConsoleServices;
class Operation;

/// Installs a module on one or more sites — or upgrades every module with an update on one
/// site — the way an administrator expects: choose the sites and the version, see the
/// resolver's plan per site (what else comes along and why), give the license key when the
/// plan needs one, then watch each step (download with bytes, verify, unpack, activate).
///
/// License keys are verified here (LicenseGate, offline) before anything is fetched and kept
/// in the keychain (SecretStore, "license/<site>/<module>"), where the operation reads them;
/// they never reach the database, a log or an error message. Each site is one Operation
/// (Orchestrator::submit), run one after the other; Cancel cancels the running one, and the
/// engine leaves a failed or cancelled site as it was, which the dialog says.
class InstallDialog : public QDialog
{
    Q_OBJECT

public:
    /// Installs @p module, with @p preselectedSites checked.
    InstallDialog(ConsoleServices& services, const QString& module, const QStringList& preselectedSites,
                  QWidget* parent = nullptr);
    /// "Upgrade all on this site": every module of @p site with a newer version in the
    /// catalog, planned, then upgraded in one operation. Opened (non-modal, deleted on close).
    static InstallDialog* upgradeAll(ConsoleServices& services, const QString& site,
                                     QWidget* parent = nullptr);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// Every site's operation ended; @p ok when all succeeded.
    void operationFinished(bool ok);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    enum class Mode { Install, UpgradeAll };
    InstallDialog(ConsoleServices& services, Mode mode, const QString& module, const QStringList& sites,
                  QWidget* parent);

    struct SitePlan
    {
        QString site;
        QStringList requests; ///< what the operation is asked for
        Result<OperationPlanner::Plan> plan = OperationPlanner::Plan {};
    };

    void buildUi();
    void loadSites(const QStringList& preselected);
    QStringList checkedSites() const;
    void replan();
    void showPlans(const QList<SitePlan>& plans);
    void updateLicenseFields();
    void start();
    void verifyLicenses();
    void storeLicenses(const QHash<QString, QByteArray>& keys);
    void runNext();
    void onProgress(qint64 done, qint64 total, const QString& step);
    void onOperationFinished();
    void finishAll(bool ok);
    void showFailure(const QString& text, const Error& error, const QStringList& warnings = {});
    void showDetails();
    void setEditable(bool on);

    ConsoleServices& m_services;
    Mode m_mode;
    QString m_module;
    QString m_upgradeSite;

    QLabel* m_heading;
    QComboBox* m_version;
    QListWidget* m_sites;
    QLabel* m_planStatus;
    QTreeWidget* m_plan;
    QGroupBox* m_licenseBox;
    QFormLayout* m_licenseForm;
    QHash<QString, QLineEdit*> m_licenseFields; ///< licensed module → its key field
    QLabel* m_licenseStatus;
    QProgressBar* m_progress;
    QLabel* m_bytes;
    QListWidget* m_steps;
    QLabel* m_result;
    QPushButton* m_details;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QPushButton* m_close;

    QList<SitePlan> m_plans; ///< the plan shown, for every site
    int m_planGeneration = 0;
    bool m_running = false;
    bool m_anyFailed = false;
    bool m_cancelRequested = false;
    qsizetype m_next = 0; ///< the next site to run in m_plans
    QPointer<Operation> m_operation;
    QString m_lastStep;
    Error m_error; ///< the last failure, for the details
    QStringList m_warnings;
};

} // namespace ms
