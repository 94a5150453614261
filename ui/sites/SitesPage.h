#pragma once

#include <QWidget>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListView;
class QStackedWidget;

namespace ms {

class ConsoleServices;
class SiteFilterProxyModel;
class SitePage;
class SiteTableModel;

/// The inventory: a searchable, filterable grid of site cards with their health, a banner
/// when ports or domains conflict (the fix one click away), and each site's own page
/// (double-click or Enter on a card).
class SitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPage(ConsoleServices& services, QWidget* parent = nullptr);

    SiteTableModel* model() const { return m_model; }
    SiteFilterProxyModel* proxy() const { return m_proxy; }
    /// The site page (the second widget of this page's stack), built the first time it is
    /// asked for; sitePageCreated() says so.
    SitePage* sitePage();
    /// The selected site's name (the one whose page is open, on the site page); empty when none.
    QString currentSite() const;

    /// Opens @p site's page; false when the inventory has no such site.
    bool openSite(const QString& site);
    /// For MainWindow::navigateTo(): the site's page.
    Q_INVOKABLE bool selectSite(const QString& site) { return openSite(site); }
    /// Back to the grid.
    void showGrid();
    bool isSitePageShown() const;

    /// Reloads the sites, their installed modules and the conflicts off the GUI thread;
    /// loaded() follows.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void loaded(int sites, int conflicts);
    void fixRequested();
    /// sitePage() built the site page (once per SitesPage).
    void sitePageCreated(ms::SitePage* page);

protected:
    void changeEvent(QEvent* event) override;

private:
    void restyleBanner();
    void updateFilterChoices();
    void updateSitePage();

    ConsoleServices& m_services;
    SiteTableModel* m_model;
    SiteFilterProxyModel* m_proxy;
    QStackedWidget* m_stack;
    QLineEdit* m_search;
    QComboBox* m_environment;
    QComboBox* m_health;
    QComboBox* m_module;
    QLabel* m_count;
    QListView* m_grid;
    SitePage* m_sitePage = nullptr;
    QFrame* m_banner;
    QLabel* m_bannerText;
    int m_loadsPending = 0;
    int m_generation = 0;
    int m_conflicts = 0;
};

} // namespace ms
