#pragma once

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QStackedWidget;

namespace ms {

class ActivityPage;
class ConsoleServices;
class SitesPage;

/// The console's main window: the site inventory with its conflicts, and the actions an
/// administrator starts from it (add an apps directory, rescan, fix ports, plan an install).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    SitesPage* sitesPage() const { return m_sites; }
    ActivityPage* activityPage() const { return m_activity; }

    /// The pages' names, in the sidebar's order ("sites", "activity", ...).
    QStringList pageNames() const;
    /// Shows the page called @p name; false when there is none.
    bool showPage(const QString& name);
    QString currentPage() const;

    /// Scans @p dirs (added to the inventory) as a job, with progress in the status bar.
    void scan(const QStringList& dirs = {});

    /// Writes an inventory snapshot of this window's database to @p file, as a job.
    void exportSnapshot(const QString& file);
    /// Opens the snapshot @p file read-only in a new window (which owns its services);
    /// nullptr after showing why it could not.
    static MainWindow* openSnapshotWindow(const QString& file, QWidget* parent = nullptr);

Q_SIGNALS:
    /// The first load of the inventory finished: the window shows real data.
    void ready();
    /// A scan started with scan() ended (successfully or not).
    void scanFinished(bool ok);
    /// exportSnapshot() ended.
    void snapshotExported(bool ok, const QString& file);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void addAppsDirectory();
    void showPortFix();
    void showInstallPlan();
    void showAbout();
    void chooseSnapshotToExport();
    void chooseSnapshotToOpen();
    void loaded(int sites, int conflicts);
    void addPage(const QString& name, const QString& title, const QString& icon, QWidget* page);

    ConsoleServices& m_services;
    QListWidget* m_nav;
    QStackedWidget* m_stack;
    SitesPage* m_sites;
    ActivityPage* m_activity;
    QAction* m_rescan;
    QLabel* m_snapshotBanner = nullptr;
    QLabel* m_summary;
    QProgressBar* m_progress;
    bool m_ready = false;
};

} // namespace ms
