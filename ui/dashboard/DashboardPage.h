#pragma once

#include "dashboard/DashboardData.h"

#include <QHash>
#include <QWidget>

class QBarSet;
class QChart;
class QChartView;
class QFrame;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTableView;
class QTimer;

namespace ms {

class AuditTableModel;
class ConsoleServices;

/// Something on the dashboard that needs the administrator, and where it is fixed.
struct AttentionItem
{
    enum class Kind {
        PortConflict, ///< sites share a port or a domain, or another program has it: Sites, port fix
        FailingProbe, ///< a site's probes fail: Health
        License, ///< a module's license key expired or expires soon: Modules
        Registry, ///< a registry's last refresh failed: Settings
    };
    Kind kind;
    QString text; ///< one line for a person
    QString page; ///< the page where it is fixed
    QString site; ///< the site concerned; empty when none
};

/// The console's first page: totals, the sites by health state, probe failures and latency
/// over the last 24 hours, the last operations, and what needs attention — each item a link
/// to where it is fixed. Refreshes every 30 s and when the engine says something changed;
/// every read runs off the GUI thread.
class DashboardPage : public QWidget
{
    Q_OBJECT

public:
    /// The licenses that expire within this many days are listed.
    static constexpr int LicenseWarningDays = 30;

    explicit DashboardPage(ConsoleServices& services, QWidget* parent = nullptr);
    ~DashboardPage() override;

    /// Whether an empty workspace (no apps directory, no site) offers the demo. On by default;
    /// off when the console already opens the demo or a snapshot.
    void setOfferDemo(bool offer);

    /// The attention items shown now, in the list's order.
    const QList<AttentionItem>& attentionItems() const { return m_attention; }
    /// What the last load read.
    const DashboardData& data() const { return m_data; }

    /// Reads everything again off the GUI thread; loaded() follows.
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void loaded();
    /// The user follows an attention item: show @p page (with @p site selected, when set).
    void navigateRequested(const QString& page, const QString& site);
    /// The user follows a port conflict: open the port fix.
    void portFixRequested();
    /// The user asks for the demo workspace (the empty state's button).
    void demoRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    QFrame* card(const QString& title, QWidget* body);
    QWidget* stat(const QString& objectName, const QString& caption, QLabel** value);
    void display(const DashboardData& data);
    void updateHealth();
    void updateAttention();
    void updateChart();
    void checkLicenses();
    void follow(QListWidgetItem* item);
    void restyle();

    ConsoleServices& m_services;
    DashboardData m_data;
    QList<AttentionItem> m_attention;
    /// module key "site/module" → one line about its license; filled by checkLicenses().
    QHash<QString, QString> m_licenseProblems;
    QDateTime m_licensesCheckedAt;
    QStringList m_licensesChecked;
    int m_licenseJobs = 0;

    QTimer* m_timer;
    QTimer* m_healthDebounce;
    QFrame* m_demoPanel;
    QLabel* m_sites;
    QLabel* m_modules;
    QLabel* m_operations;
    QHash<int, QLabel*> m_stateCounts;
    QListWidget* m_attentionList;
    QChart* m_chart;
    QChartView* m_chartView;
    QLabel* m_chartNote;
    AuditTableModel* m_recent;
    QTableView* m_recentView;
    QLabel* m_error;
    bool m_offerDemo = true;
    bool m_loading = false;
    bool m_reloadAgain = false;
};

} // namespace ms
