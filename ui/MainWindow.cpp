#include "MainWindow.h"

#include "ConsoleServices.h"
#include "activity/ActivityPage.h"
#include "dialogs/InstallPlanDialog.h"
#include "dialogs/PortFixDialog.h"
#include "inventory/Inventory.h"
#include "inventory/ScanJob.h"
#include "sites/SitesPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::StringLiterals;

namespace ms {

MainWindow::MainWindow(ConsoleServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_sites(new SitesPage(services, this))
    , m_activity(new ActivityPage(services, this))
    , m_summary(new QLabel(this))
    , m_progress(new QProgressBar(this))
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
    auto* row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    row->addWidget(m_nav);
    row->addWidget(m_stack, 1);
    setCentralWidget(central);
    addPage(u"sites"_s, tr("Sites"), u"network-server"_s, m_sites);
    addPage(u"activity"_s, tr("Activity"), u"document-open-recent"_s, m_activity);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_stack, &QStackedWidget::currentChanged, this, [this](int index) {
        if (m_stack->widget(index) == m_activity)
            m_activity->reload();
    });
    m_nav->setCurrentRow(0);

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

    auto* quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    auto* about = new QAction(tr("&About Mothership"), this);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(add);
    file->addAction(m_rescan);
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
    m_progress->setObjectName(u"jobProgress"_s);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    statusBar()->addWidget(m_summary, 1);
    statusBar()->addPermanentWidget(m_progress);

    connect(m_sites, &SitesPage::loaded, this, &MainWindow::loaded);
    connect(m_sites, &SitesPage::fixRequested, this, &MainWindow::showPortFix);

    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    showPage(settings.value(u"window/page"_s, u"sites"_s).toString());
    m_sites->reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& name, const QString& title, const QString& icon, QWidget* page)
{
    auto* item = new QListWidgetItem(QIcon::fromTheme(icon), title, m_nav);
    item->setData(Qt::UserRole, name);
    item->setSizeHint(QSize(0, 36));
    m_stack->addWidget(page);
    // Ctrl+1, Ctrl+2, ... in the sidebar's order.
    auto* shortcut = new QAction(this);
    shortcut->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(m_nav->count())));
    const int row = m_nav->count() - 1;
    connect(shortcut, &QAction::triggered, this, [this, row] { m_nav->setCurrentRow(row); });
    addAction(shortcut);
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
    return true;
}

QString MainWindow::currentPage() const
{
    return m_nav->currentItem() ? m_nav->currentItem()->data(Qt::UserRole).toString() : QString();
}

void MainWindow::scan(const QStringList& dirs)
{
    ScanJob* job = m_services.inventory().scanJob(dirs);
    job->setParent(this);
    m_rescan->setEnabled(false);
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Scanning…"));
    m_progress->show();
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        m_rescan->setEnabled(true);
        m_progress->hide();
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
    QMessageBox::about(this, tr("About Mothership"),
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

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/page"_s, currentPage());
    event->accept();
}

} // namespace ms
