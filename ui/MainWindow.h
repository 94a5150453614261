#pragma once

#include <QMainWindow>

#include <functional>
#include <vector>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace ms {

class ActivityPage;
class ConsoleServices;
class DashboardPage;
class HealthPage;
class ModulesPage;
class JobTracker;
class SettingsPage;
class SitePage;
class SitesPage;

/// The console's main window: the site inventory with its conflicts, and the actions an
/// administrator starts from it (add an apps directory, rescan, fix ports, plan an install).
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ConsoleServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    /// The pages. Only the Sites page (which loads the inventory behind ready() and the status
    /// bar) is built with the window; the others are built the first time they are shown or
    /// asked for here, so that the first frame costs two pages, not six.
    DashboardPage* dashboardPage();
    SitesPage* sitesPage() const { return m_sites; }
    ModulesPage* modulesPage();
    HealthPage* healthPage();
    ActivityPage* activityPage();
    SettingsPage* settingsPage();
    /// The page called @p name, built now if it was not yet; nullptr when there is none.
    QWidget* page(const QString& name);
    /// The status bar's running jobs; track() every Job or Operation the UI starts.
    JobTracker* jobTracker() const { return m_jobs; }

    /// The pages' names, in the sidebar's order ("sites", "activity", ...).
    QStringList pageNames() const;
    /// Shows the page called @p name; false when there is none.
    bool showPage(const QString& name);
    QString currentPage() const;
    /// Shows @p page and, when @p site is set and the page offers
    /// `Q_INVOKABLE void selectSite(const QString&)`, selects the site there.
    bool navigateTo(const QString& page, const QString& site = {});
    /// Asks the page @p name to read its data again (its reload()). True when the page says
    /// when it is done with a `loaded` signal, which then comes as pageLoaded(name).
    bool reloadPage(const QString& name);

    /// What the console does once the window is up: the services' background work, a first
    /// scan of @p scanFirst unless those directories are already registered (the demo), then
    /// watching the apps directories. Nothing is scanned or watched for a snapshot.
    void startBackgroundWork(const QStringList& scanFirst = {});
    /// A scan started by startBackgroundWork() or scan() is running.
    bool isScanning() const { return m_scanning; }

    /// Scans @p dirs (added to the inventory) as a job, with progress in the status bar.
    void scan(const QStringList& dirs = {});

    /// Writes an inventory snapshot of this window's database to @p file, as a job.
    void exportSnapshot(const QString& file);
    /// Opens the snapshot @p file read-only in a new window (which owns its services);
    /// nullptr after showing why it could not.
    static MainWindow* openSnapshotWindow(const QString& file, QWidget* parent = nullptr);
    /// Opens the demo workspace (what `--demo` opens) in a new window that owns its services,
    /// and closes this one; nullptr after showing why it could not.
    MainWindow* openDemoWindow();

Q_SIGNALS:
    /// The first load of the inventory finished: the window shows real data.
    void ready();
    /// A scan started with scan() ended (successfully or not).
    void scanFinished(bool ok);
    /// exportSnapshot() ended.
    void snapshotExported(bool ok, const QString& file);
    /// The page @p name emitted its `loaded` signal (see reloadPage()).
    void pageLoaded(const QString& name);

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private Q_SLOTS:
    void onPageLoaded();

private:
    void addAppsDirectory();
    void showPortFix();
    void showInstallPlan();
    void showAbout();
    void chooseSnapshotToExport();
    void chooseSnapshotToOpen();
    void loaded(int sites, int conflicts);
    void connectSitePage(SitePage* sitePage);
    /// Adds a sidebar entry whose page @p build makes on first use (or @p built, already made).
    void addPage(const QString& name, const QString& title, const QString& icon,
                 std::function<QWidget*()> build, QWidget* built = nullptr);
    QWidget* pageAt(int row);
    void restyle();

    ConsoleServices& m_services;
    struct Page
    {
        QString name;
        std::function<QWidget*()> build;
        QWidget* widget = nullptr;
    };

    QListWidget* m_nav;
    QStackedWidget* m_stack;
    std::vector<Page> m_pages; // in the sidebar's order
    SitesPage* m_sites;
    DashboardPage* m_dashboard = nullptr;
    ActivityPage* m_activity = nullptr;
    SitePage* m_sitePage = nullptr;
    bool m_offerDemo = true;
    QAction* m_rescan;
    QLabel* m_snapshotBanner = nullptr;
    QLabel* m_summary;
    JobTracker* m_jobs;
    bool m_ready = false;
    bool m_scanning = false;
};

} // namespace ms
