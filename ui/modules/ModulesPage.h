#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace ms {

class CatalogFilterModel;
class CatalogModel;
class ConsoleServices;
class InstallDialog;

/// The Modules page: the registries' merged catalog with search-as-you-type and filters
/// (kind, tag, installed, updates), which sites have each module, a details pane (versions
/// with withdrawn ones marked, dependencies, license, sites and their versions), a badge
/// counting the modules with updates, and the actions: install the selected module on
/// sites, or upgrade every module of one site. Both are disabled in a read-only snapshot.
class ModulesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ModulesPage(ConsoleServices& services, QWidget* parent = nullptr);

    CatalogModel* model() const { return m_model; }
    CatalogFilterModel* filterModel() const { return m_filter; }
    /// The selected module's name; empty when none.
    QString currentModule() const;
    /// Selects @p module in the table (clearing filters that hide it); false when unknown.
    bool selectModule(const QString& module);

    /// Opens the install dialog for the selected module (non-modal, deleted on close);
    /// nullptr when nothing is selected or the console is read-only.
    InstallDialog* openInstallDialog(const QStringList& preselectedSites = {});
    /// Opens "Upgrade all" for @p site; nullptr when read-only.
    InstallDialog* openUpgradeAll(const QString& site);
    /// Gets the catalog ready to install on @p site (from a site's "Install module…"): a
    /// note names the site, and the install dialog opened next has it chosen.
    void prepareInstallOn(const QString& site);

Q_SIGNALS:
    /// An install or upgrade started from this page ended.
    void operationFinished(bool ok);
    /// The registries are settled and the catalog shown is the one in effect.
    void loaded();

private:
    void showDetails();
    void updateActions();
    void updateBadge(int count);
    void updateCatalogState();
    void checkLoaded();
    void fillUpgradeMenu();

    ConsoleServices& m_services;
    CatalogModel* m_model;
    CatalogFilterModel* m_filter;
    QLineEdit* m_search;
    QComboBox* m_kind;
    QComboBox* m_tag;
    QCheckBox* m_installed;
    QCheckBox* m_updates;
    QLabel* m_badge;
    QLabel* m_status;
    QTableView* m_table;
    QTextBrowser* m_details;
    QPushButton* m_install;
    QToolButton* m_upgradeSite;
    QLabel* m_target;
    QString m_targetSite;
};

} // namespace ms
