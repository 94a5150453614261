#pragma once

#include "discovery/Site.h"
#include "lifecycle/OperationRequest.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ms {

class AuditTableModel;
class ConsoleServices;
class Operation;
class SiteDetailsView;
class SiteModulesModel;

/// One site in full: its domains, ports, features and plugins; its installed modules with
/// the lifecycle actions that apply to each (enable, disable, upgrade, roll back, uninstall —
/// confirmed, then run as an engine Operation with its progress here); the site's activity
/// from the audit log; and a Health tab for a panel the window provides.
class SitePage : public QWidget
{
    Q_OBJECT

public:
    explicit SitePage(ConsoleServices& services, QWidget* parent = nullptr);
    ~SitePage() override;

    /// The site shown; empty before the first setSite().
    QString site() const { return m_site.name; }
    /// Shows @p site (as the inventory holds it) and loads its modules and activity off the
    /// GUI thread. siteChanged() follows when the name changes.
    void setSite(const Site& site, bool conflicted = false);

    /// Puts @p panel (owned from now on) into a "Health" tab; it replaces an earlier panel.
    void setHealthPanel(QWidget* panel);

    SiteModulesModel* modulesModel() const { return m_modules; }
    AuditTableModel* activityModel() const { return m_activity; }
    /// True while one of this page's operations runs.
    bool isBusy() const { return !m_operation.isNull(); }

    /// Reads the site's modules again; modulesLoaded() follows.
    void reloadModules();
    /// Reads the site's audit entries again; activityLoaded() follows.
    void reloadActivity();

Q_SIGNALS:
    void siteChanged(const QString& site);
    /// The Back button.
    void backRequested();
    /// "Install module…": the window opens its install dialog for @p site.
    void installRequested(const QString& site);
    /// "Upgrade all": the window plans an upgrade of every module of @p site.
    void upgradeAllRequested(const QString& site);
    /// The modules of @p site were read; @p modules are their names.
    void modulesLoaded(const QString& site, const QStringList& modules);
    void activityLoaded(int entries);
    /// An operation started from this page ended.
    void operationFinished(bool ok);

protected:
    void connectNotify(const QMetaMethod& signal) override;
    void disconnectNotify(const QMetaMethod& signal) override;

private:
    QString selectedModule() const;
    void updateActions();
    void updateSiteButtons();
    void confirmAndRun(OperationRequest::Kind kind);
    void run(const OperationRequest& request);
    void operationEnded(Operation* operation);
    /// The newest version the orchestrator's catalog offers above @p module's, if any.
    QString newerVersion(const QString& module) const;

    ConsoleServices& m_services;
    Site m_site;
    bool m_conflicted = false;
    int m_moduleGeneration = 0;
    int m_activityGeneration = 0;
    QLabel* m_title;
    QPushButton* m_install;
    QPushButton* m_upgradeAll;
    QTabWidget* m_tabs;
    SiteDetailsView* m_details;
    SiteModulesModel* m_modules;
    QTableView* m_moduleTable;
    QPushButton* m_enable;
    QPushButton* m_disable;
    QPushButton* m_upgrade;
    QPushButton* m_rollback;
    QPushButton* m_uninstall;
    QProgressBar* m_progress;
    QLabel* m_status;
    AuditTableModel* m_activity;
    QTableView* m_activityTable;
    QPointer<QWidget> m_healthPanel;
    QPointer<Operation> m_operation;
};

} // namespace ms
