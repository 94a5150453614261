#pragma once

#include "health/HealthStatistics.h"

#include <QWidget>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTableView;
class QTimer;

namespace ms {

class ConsoleServices;
class ProbeStateModel;

/// One site's health: the current state of each probe, and latency and uptime charts over a
/// window the user picks (1 h, 24 h, 7 d). Reusable: the Health page shows it for the
/// selected site, and a site's own page can embed it.
class SiteHealthPanel : public QWidget
{
    Q_OBJECT

public:
    SiteHealthPanel(ConsoleServices& services, QWidget* parent = nullptr);
    ~SiteHealthPanel() override;

    /// Shows @p site (empty: nothing); the charts load off the GUI thread, loaded() follows.
    void setSite(const QString& site);
    QString site() const { return m_site; }
    ProbeStateModel* model() const { return m_model; }
    /// The series the charts show now.
    const QList<SeriesPoint>& series() const { return m_series; }

    /// Reads the charts' series again.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    /// The charts show the series for site() and the chosen window.
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void fillProbes();
    void showSeries(const QList<SeriesPoint>& series, const TimeWindow& window);
    void restyle();

    ConsoleServices& m_services;
    QString m_site;
    ProbeStateModel* m_model;
    QLabel* m_title;
    QLabel* m_summary;
    QComboBox* m_window;
    QTableView* m_table;
    QChart* m_latency;
    QChartView* m_latencyView;
    QChart* m_uptime;
    QChartView* m_uptimeView;
    QTimer* m_timer;
    QList<SeriesPoint> m_series;
    int m_generation = 0;
};

} // namespace ms
