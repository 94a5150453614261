#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;
class QFrame;
class QPushButton;

namespace ms {

class ConsoleServices;
class SiteDetailsView;
class SiteTableModel;

/// The inventory: a searchable table of sites, the selected site's details, and a banner
/// when ports or domains conflict, with the fix one click away.
class SitesPage : public QWidget
{
    Q_OBJECT

public:
    explicit SitesPage(ConsoleServices& services, QWidget* parent = nullptr);

    SiteTableModel* model() const { return m_model; }
    /// The selected site's name; empty when none.
    QString currentSite() const;

    /// Reloads the sites and the conflicts off the GUI thread; loaded() follows.
    void reload();

Q_SIGNALS:
    void loaded(int sites, int conflicts);
    void fixRequested();

private:
    void updateDetails();

    ConsoleServices& m_services;
    SiteTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_table;
    SiteDetailsView* m_details;
    QFrame* m_banner;
    QLabel* m_bannerText;
    int m_loadsPending = 0;
    int m_generation = 0;
    int m_conflicts = 0;
    bool m_sized = false;
};

} // namespace ms
