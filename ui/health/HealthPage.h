#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QTableView;
class QTimer;

namespace ms {

class ConsoleServices;
class SiteHealthModel;
class SiteHealthPanel;

/// Every site's health at a glance (state, failing probes, last check, breakers); the
/// selected site's probes and history below in a SiteHealthPanel.
class HealthPage : public QWidget
{
    Q_OBJECT

public:
    explicit HealthPage(ConsoleServices& services, QWidget* parent = nullptr);

    SiteHealthModel* model() const { return m_model; }
    SiteHealthPanel* panel() const { return m_panel; }

    /// Reads the inventory's sites again off the GUI thread; loaded() follows.
    Q_INVOKABLE void reload();
    /// Selects @p site in the table (its panel follows); false when it is not listed.
    Q_INVOKABLE bool selectSite(const QString& site);

Q_SIGNALS:
    void loaded(int sites);

private:
    void refresh();

    ConsoleServices& m_services;
    SiteHealthModel* m_model;
    QTableView* m_table;
    SiteHealthPanel* m_panel;
    QLabel* m_note;
    QTimer* m_debounce;
    QStringList m_sites;
    QString m_pendingSelection;
    int m_generation = 0;
};

} // namespace ms
