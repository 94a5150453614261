#include "MainWindow.h"

#include "ConsoleServices.h"
#include "activity/ActivityPage.h"
#include "common/Colours.h"
#include "common/DemoSession.h"
#include "common/Icons.h"
#include "common/JobTracker.h"
#include "dashboard/DashboardPage.h"
#include "dialogs/InstallPlanDialog.h"
#include "dialogs/PortFixDialog.h"
#include "health/HealthPage.h"
#include "inventory/Inventory.h"
#include "inventory/ScanJob.h"
#include "dialogs/InstallDialog.h"
#include "health/SiteHealthPanel.h"
#include "modules/ModulesPage.h"
#include "sites/SitePage.h"
#include "settings/SettingsPage.h"
#include "sites/SitesPage.h"
#include "snapshot/SnapshotJob.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMetaMethod>
#include <QSettings>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

MainWindow::MainWindow(ConsoleServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_sites(new SitesPage(services, this))
    , m_summary(new QLabel(this))
    , m_jobs(new JobTracker(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Mothership"));
    setWindowIcon(QIcon::fromTheme(u"network-server"_s));
    resize(1280, 760);

    m_nav->setObjectName(u"navigation"_s);
    m_nav->setFixedWidth(168);
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setSpacing(2);
    m_stack->setObjectName(u"pages"_s);
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    if (const SnapshotInfo* info = m_services.snapshotInfo()) {
        // A snapshot shows where and when it was taken, and that nothing can change.
        m_snapshotBanner = new QLabel(this);
        m_snapshotBanner->setObjectName(u"snapshotBanner"_s);
        m_snapshotBanner->setWordWrap(true);
        m_snapshotBanner->setText(
            tr("<b>Read-only snapshot</b> of %1, taken on %2 on %3 by %4. Nothing here can be changed.")
                .arg(info->source.toHtmlEscaped(),
                     QLocale().toString(info->takenAt.toLocalTime(), QLocale::LongFormat).toHtmlEscaped(),
                     info->host.toHtmlEscaped(), info->takenBy.toHtmlEscaped()));
        column->addWidget(m_snapshotBanner);
        setWindowTitle(tr("Mothership — snapshot %1").arg(QFileInfo(m_services.snapshotFile()).fileName()));
    }
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    column->addLayout(row, 1);
    setCentralWidget(central);
    addPage(u"dashboard"_s, tr("Dashboard"), u"view-grid"_s, [this] {
        m_dashboard = new DashboardPage(m_services, this);
        connect(m_dashboard, &DashboardPage::navigateRequested, this,
                [this](const QString& page, const QString& site) { navigateTo(page, site); });
        connect(m_dashboard, &DashboardPage::portFixRequested, this, &MainWindow::showPortFix);
        connect(m_dashboard, &DashboardPage::demoRequested, this, &MainWindow::openDemoWindow);
        m_dashboard->setOfferDemo(m_offerDemo);
        return m_dashboard;
    });
    addPage(u"sites"_s, tr("Sites"), u"network-server"_s, {}, m_sites);
    addPage(u"modules"_s, tr("Modules"), u"system-software-install"_s, [this] {
        auto* modules = new ModulesPage(m_services, this);
        connect(modules, &ModulesPage::operationFinished, this, [this] {
            if (m_sitePage && !m_sitePage->site().isEmpty())
                m_sitePage->reloadModules();
        });
        return modules;
    });
    addPage(u"health"_s, tr("Health"), u"utilities-system-monitor"_s,
            [this] { return new HealthPage(m_services, this); });
    addPage(u"activity"_s, tr("Activity"), u"document-open-recent"_s,
            [this] { return m_activity = new ActivityPage(m_services, this); });
    addPage(u"settings"_s, tr("Settings"), u"preferences-system"_s,
            [this] { return new SettingsPage(m_services, this); });
    connect(m_sites, &SitesPage::sitePageCreated, this, &MainWindow::connectSitePage);
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        // The page is built before it is shown, so the stack never shows a placeholder.
        if (QWidget* page = pageAt(row))
            m_stack->setCurrentWidget(page);
    });
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_activity && m_stack->widget(index) == m_activity)
            m_activity->reload();
    });

    auto* add = new QAction(QIcon::fromTheme(u"folder-open"_s), tr("&Add Apps Directory…"), this);
    add->setObjectName(u"actionAddAppsDir"_s);
    add->setShortcut(QKeySequence::Open);
    add->setToolTip(tr("Add a folder that holds one folder per site, and scan it"));
    connect(add, &QAction::triggered, this, &MainWindow::addAppsDirectory);

    m_rescan = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Rescan"), this);
    m_rescan->setObjectName(u"actionRescan"_s);
    m_rescan->setShortcut(QKeySequence::Refresh);
    m_rescan->setToolTip(tr("Read every site's .env, package.json and site.json again"));
    connect(m_rescan, &QAction::triggered, this, [this] { scan(); });

    auto* ports = new QAction(QIcon::fromTheme(u"dialog-warning"_s), tr("&Port Conflicts…"), this);
    ports->setObjectName(u"actionPortConflicts"_s);
    ports->setShortcut(QKeySequence(u"Ctrl+P"_s));
    ports->setToolTip(tr("Shared ports and domains, and the fix"));
    connect(ports, &QAction::triggered, this, &MainWindow::showPortFix);

    auto* plan = new QAction(QIcon::fromTheme(u"system-software-install"_s), tr("Plan an &Install…"), this);
    plan->setObjectName(u"actionPlanInstall"_s);
    plan->setShortcut(QKeySequence(u"Ctrl+I"_s));
    plan->setToolTip(tr("What installing modules on a site would do, in which order, and why"));
    connect(plan, &QAction::triggered, this, &MainWindow::showInstallPlan);

    auto* exportSnapshot
        = new QAction(QIcon::fromTheme(u"document-save-as"_s), tr("&Export Inventory Snapshot…"), this);
    exportSnapshot->setObjectName(u"actionExportSnapshot"_s);
    exportSnapshot->setShortcut(QKeySequence(u"Ctrl+Shift+E"_s));
    exportSnapshot->setToolTip(tr("Write one file with a consistent copy of the inventory, to open offline"));
    connect(exportSnapshot, &QAction::triggered, this, &MainWindow::chooseSnapshotToExport);
    auto* openSnapshot = new QAction(QIcon::fromTheme(u"document-open"_s), tr("Open &Snapshot…"), this);
    openSnapshot->setObjectName(u"actionOpenSnapshot"_s);
    openSnapshot->setShortcut(QKeySequence(u"Ctrl+Shift+O"_s));
    connect(openSnapshot, &QAction::triggered, this, &MainWindow::chooseSnapshotToOpen);

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto* about = new QAction(tr("&About Mothership"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(add);
    file->addAction(m_rescan);
    file->addSeparator();
    file->addAction(exportSnapshot);
    file->addAction(openSnapshot);
    file->addSeparator();
    file->addAction(quit);
    QMenu* sites = menuBar()->addMenu(tr("&Sites"));
    sites->addAction(ports);
    sites->addAction(plan);
    menuBar()->addMenu(tr("&Help"))->addAction(about);

    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(add);
    bar->addAction(m_rescan);
    bar->addSeparator();
    bar->addAction(ports);
    bar->addAction(plan);

    m_summary->setObjectName(u"statusSummary"_s);
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_jobs);

    if (m_services.isReadOnly()) {
        // Nothing that writes: no scans, no fixes (the fix dialog disables itself too).
        for (QAction* a : {add, m_rescan})
            a->setEnabled(false);
    }

    connect(m_sites, &SitesPage::loaded, this, &MainWindow::loaded);
    connect(m_sites, &SitesPage::fixRequested, this, &MainWindow::showPortFix);
    m_offerDemo = !m_services.isReadOnly();
    restyle();

    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!showPage(settings.value(u"window/page"_s, u"dashboard"_s).toString()))
        showPage(u"dashboard"_s);
    m_sites->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectSitePage(SitePage* sitePage)
{
    // A site's page shows that site's health with the Health page's panel, and its
    // "Install module…" and "Upgrade all" go through the Modules page's dialogs, so the
    // catalog, the site page and the dashboard all see what they did.
    m_sitePage = sitePage;
    // The panel (two charts) is built when the first site page opens, not at start-up.
    connect(sitePage, &SitePage::siteChanged, this, [this, sitePage](const QString& site) {
        auto* health = sitePage->findChild<SiteHealthPanel*>();
        if (!health) {
            health = new SiteHealthPanel(m_services);
            sitePage->setHealthPanel(health);
        }
        health->setSite(site);
    });
    connect(sitePage, &SitePage::installRequested, this, [this](const QString& site) {
        showPage(u"modules"_s);
        modulesPage()->prepareInstallOn(site);
    });
    connect(sitePage, &SitePage::upgradeAllRequested, this, [this, sitePage](const QString& site) {
        if (InstallDialog* dialog = modulesPage()->openUpgradeAll(site))
            connect(dialog, &InstallDialog::operationFinished, sitePage, &SitePage::reloadModules);
    });
}

void MainWindow::addPage(const QString& name, const QString& title, const QString& icon,
                         std::function<QWidget*()> build, QWidget* built)
{
    // The icon is set by restyle(), in the palette's colours.
    auto* item = new QListWidgetItem(title, m_nav);
    item->setData(Qt::UserRole, name);
    item->setData(Qt::UserRole + 1, icon);
    item->setSizeHint(QSize(0, 36));
    m_pages.push_back({name, std::move(build), nullptr});
    // Until it is built, a page is an empty placeholder in the stack.
    m_stack->addWidget(new QWidget(m_stack));
    if (built) {
        m_pages.back().build = [built] { return built; };
        pageAt(int(m_pages.size()) - 1);
    }
    // Ctrl+1, Ctrl+2, ... in the sidebar's order.
    auto* shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(m_nav->count())));
    const int row = m_nav->count() - 1;
    connect(shortcut, &QAction::triggered, this, [this, row] { m_nav->setCurrentRow(row); });
    addAction(shortcut);
}

QWidget* MainWindow::pageAt(int row)
{
    if (row < 0 || row >= int(m_pages.size()))
        return nullptr;
    Page& entry = m_pages[size_t(row)];
    if (entry.widget)
        return entry.widget;
    QWidget* page = entry.build();
    entry.widget = page;
    page->setProperty("mothershipPage", entry.name);
    // A page that says when its data is in (a `loaded` signal of any arguments) tells
    // pageLoaded(); the screenshot option waits for it.
    const QMetaObject* meta = page->metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        const QMetaMethod method = meta->method(i);
        if (method.methodType() == QMetaMethod::Signal && method.name() == "loaded") {
            connect(page, method, this, metaObject()->method(metaObject()->indexOfSlot("onPageLoaded()")));
            break;
        }
    }
    QWidget* placeholder = m_stack->widget(row);
    const bool current = m_stack->currentIndex() == row;
    {
        const QSignalBlocker quiet(m_stack); // the swap is not a change of page
        m_stack->insertWidget(row, page);
        m_stack->removeWidget(placeholder);
        if (current)
            m_stack->setCurrentIndex(row);
    }
    delete placeholder;
    return page;
}

QWidget* MainWindow::page(const QString& name)
{
    return pageAt(int(pageNames().indexOf(name)));
}

DashboardPage* MainWindow::dashboardPage()
{
    return static_cast<DashboardPage*>(page(u"dashboard"_s));
}

ModulesPage* MainWindow::modulesPage()
{
    return static_cast<ModulesPage*>(page(u"modules"_s));
}

HealthPage* MainWindow::healthPage()
{
    return static_cast<HealthPage*>(page(u"health"_s));
}

ActivityPage* MainWindow::activityPage()
{
    return static_cast<ActivityPage*>(page(u"activity"_s));
}

SettingsPage* MainWindow::settingsPage()
{
    return static_cast<SettingsPage*>(page(u"settings"_s));
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; i < m_nav->count(); ++i)
        names << m_nav->item(i)->data(Qt::UserRole).toString();
    return names;
}

bool MainWindow::showPage(const QString& name)
{
    const int row = int(pageNames().indexOf(name));
    if (row < 0)
        return false;
    m_nav->setCurrentRow(row);
    m_stack->setCurrentWidget(pageAt(row)); // when the row was already current
    return true;
}

QString MainWindow::currentPage() const
{
    return m_nav->currentItem() ? m_nav->currentItem()->data(Qt::UserRole).toString() : QString();
}

bool MainWindow::navigateTo(const QString& page, const QString& site)
{
    if (!showPage(page)) {
        statusBar()->showMessage(tr("This console has no page “%1”.").arg(page), 8000);
        return false;
    }
    QWidget* widget = m_stack->currentWidget();
    if (!site.isEmpty() && widget->metaObject()->indexOfMethod("selectSite(QString)") >= 0)
        QMetaObject::invokeMethod(widget, "selectSite", Q_ARG(QString, site));
    return true;
}

bool MainWindow::reloadPage(const QString& name)
{
    const int row = int(pageNames().indexOf(name));
    if (row < 0)
        return false;
    QWidget* page = pageAt(row);
    if (page == m_sites)
        m_sites->reload();
    else if (page == m_activity)
        m_activity->reload();
    else if (page->metaObject()->indexOfMethod("reload()") >= 0)
        QMetaObject::invokeMethod(page, "reload");
    else
        return false;
    const QMetaObject* meta = page->metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        if (meta->method(i).methodType() == QMetaMethod::Signal && meta->method(i).name() == "loaded")
            return true;
    }
    return false;
}

void MainWindow::onPageLoaded()
{
    if (QObject* page = sender())
        Q_EMIT pageLoaded(page->property("mothershipPage").toString());
}

void MainWindow::startBackgroundWork(const QStringList& scanFirst)
{
    connect(&m_services, &ConsoleServices::backgroundJobStarted, this,
            [this](Job* job, const QString& title) { jobTracker()->track(job, title); });
    m_services.startBackgroundWork();
    if (m_services.isReadOnly())
        return; // a snapshot is looked at, never scanned or watched
    if (!scanFirst.isEmpty()) {
        m_offerDemo = false;
        if (m_dashboard)
            m_dashboard->setOfferDemo(false);
    }
    // The demo is scanned once; later starts keep what the administrator did with it.
    const auto dirs = m_services.inventory().appsDirs();
    if (!scanFirst.isEmpty() && dirs && !dirs->contains(scanFirst.first())) {
        connect(
            this, &MainWindow::scanFinished, this, [this] { m_services.inventory().setWatching(true); },
            Qt::SingleShotConnection);
        scan(scanFirst);
    } else {
        m_services.inventory().setWatching(true);
    }
}

MainWindow* MainWindow::openDemoWindow()
{
    QString warning;
    auto session = DemoSession::open({}, &warning);
    if (!session) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the demo workspace"),
                        tr("The demo workspace could not be opened."), QMessageBox::Ok, this);
        box.setDetailedText(session.error().toString());
        box.exec();
        return nullptr;
    }
    auto* window = new MainWindow(*session->services);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The window owns its services; as its last child they go after the pages that use them.
    session->services.release()->setParent(window);
    window->show();
    window->startBackgroundWork(session->appsDirs);
    if (!warning.isEmpty())
        window->statusBar()->showMessage(tr("The demo registry is not configured: %1").arg(warning));
    close();
    return window;
}

void MainWindow::scan(const QStringList& dirs)
{
    ScanJob* job = m_services.inventory().scanJob(dirs);
    job->setParent(this);
    m_rescan->setEnabled(false);
    m_scanning = true;
    m_jobs->track(job, tr("Scanning the apps directories"));
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        m_rescan->setEnabled(true);
        m_scanning = false;
        if (!job->succeeded()) {
            Q_EMIT scanFinished(false);
            QMessageBox::warning(this, tr("Scan failed"), job->error().toString());
            return;
        }
        const auto& o = job->outcome();
        statusBar()->showMessage(tr("Scanned: %1 new, %2 updated, %3 missing, %4 problems.")
                                     .arg(o.summary.added)
                                     .arg(o.summary.updated)
                                     .arg(o.summary.missing)
                                     .arg(o.problems.size()),
                                 8000);
        Q_EMIT scanFinished(true);
    });
    job->start();
}

void MainWindow::exportSnapshot(const QString& file)
{
    auto* job = new SnapshotJob(m_services.database(), file, this);
    m_jobs->track(job, tr("Writing the snapshot"));
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (job->succeeded())
            statusBar()->showMessage(tr("Snapshot written to %1.").arg(job->file()), 8000);
        else
            QMessageBox::warning(this, tr("Snapshot failed"), job->error().toString());
        Q_EMIT snapshotExported(job->succeeded(), job->file());
    });
    job->start();
}

void MainWindow::chooseSnapshotToExport()
{
    const QString name = u"mothership-%1.snapshot"_s.arg(QDate::currentDate().toString(Qt::ISODate));
    const QString file = QFileDialog::getSaveFileName(this, tr("Export an inventory snapshot"), name,
                                                      tr("Mothership snapshots (*.snapshot)"));
    if (!file.isEmpty())
        exportSnapshot(file);
}

void MainWindow::chooseSnapshotToOpen()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open an inventory snapshot"), QString(),
                                                      tr("Mothership snapshots (*.snapshot);;All files (*)"));
    if (!file.isEmpty())
        openSnapshotWindow(file, this);
}

MainWindow* MainWindow::openSnapshotWindow(const QString& file, QWidget* parent)
{
    auto services = ConsoleServices::openSnapshot(file);
    if (!services) {
        QMessageBox::warning(parent, tr("Cannot open the snapshot"), services.error().toString());
        return nullptr;
    }
    auto* window = new MainWindow(**services);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // The window owns its services; as its last child they go after the pages that use them.
    services->release()->setParent(window);
    window->show();
    return window;
}

void MainWindow::addAppsDirectory()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Add an apps directory"));
    if (!dir.isEmpty())
        scan({dir});
}

void MainWindow::showPortFix()
{
    auto* dialog = new PortFixDialog(m_services, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showInstallPlan()
{
    auto* dialog = new InstallPlanDialog(m_services, m_sites->currentSite(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Mothership"),
        tr("<h3>Mothership %1</h3><p>The console for running a multi-site platform's modules.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::loaded(int sites, int conflicts)
{
    m_summary->setText(conflicts > 0 ? tr("%n site(s)", nullptr, sites) + u" · "_s
                               + tr("%n conflict(s)", nullptr, conflicts)
                                     : tr("%n site(s)", nullptr, sites) + u" · "_s + tr("no conflicts"));
    if (!m_ready) {
        m_ready = true;
        Q_EMIT ready();
    }
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void MainWindow::restyle()
{
    for (int i = 0; i < m_nav->count(); ++i) {
        QListWidgetItem* item = m_nav->item(i);
        item->setIcon(Icons::themed(item->data(Qt::UserRole + 1).toString(),
                                    item->data(Qt::UserRole).toString(), palette()));
    }
    if (m_snapshotBanner) {
        // A tint of the palette's highlight over its base: readable on light and dark themes.
        const QPalette p = palette();
        const QColor base = p.color(QPalette::Base);
        const QColor accent = p.color(QPalette::Highlight);
        const QColor tint = Colours::mix(base, accent, 0.15f);
        m_snapshotBanner->setStyleSheet(u"#snapshotBanner { background: %1; color: %2; "
                                        u"border-bottom: 1px solid %3; padding: 8px 12px; }"_s.arg(
                                            tint.name(), p.color(QPalette::Text).name(), accent.name()));
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, currentPage());
    event->accept();
}

} // namespace ms
