#include "sites/SitePage.h"

#include "ConsoleServices.h"
#include "audit/AuditLog.h"
#include "common/Async.h"
#include "lifecycle/ModuleState.h"
#include "lifecycle/Operation.h"
#include "lifecycle/Orchestrator.h"
#include "models/AuditTableModel.h"
#include "models/SiteModulesModel.h"
#include "sites/SiteDetailsView.h"
#include "store/AuditRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QMetaMethod>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

/// How many of a site's audit entries the page shows (the newest).
constexpr int ActivityLimit = 500;

QTableView* makeTable(const QString& name, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(name);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QString runningText(OperationRequest::Kind kind)
{
    switch (kind) {
    case OperationRequest::Kind::Install:
        return SitePage::tr("Installing %1 on %2…");
    case OperationRequest::Kind::Upgrade:
        return SitePage::tr("Upgrading %1 on %2…");
    case OperationRequest::Kind::Enable:
        return SitePage::tr("Enabling %1 on %2…");
    case OperationRequest::Kind::Disable:
        return SitePage::tr("Disabling %1 on %2…");
    case OperationRequest::Kind::Rollback:
        return SitePage::tr("Rolling %1 on %2 back…");
    case OperationRequest::Kind::Uninstall:
        return SitePage::tr("Uninstalling %1 from %2…");
    }
    return {};
}

QString failedText(OperationRequest::Kind kind)
{
    switch (kind) {
    case OperationRequest::Kind::Install:
        return SitePage::tr("Installing %1 on %2 failed: %3");
    case OperationRequest::Kind::Upgrade:
        return SitePage::tr("Upgrading %1 on %2 failed: %3");
    case OperationRequest::Kind::Enable:
        return SitePage::tr("Enabling %1 on %2 failed: %3");
    case OperationRequest::Kind::Disable:
        return SitePage::tr("Disabling %1 on %2 failed: %3");
    case OperationRequest::Kind::Rollback:
        return SitePage::tr("Rolling %1 on %2 back failed: %3");
    case OperationRequest::Kind::Uninstall:
        return SitePage::tr("Uninstalling %1 from %2 failed: %3");
    }
    return {};
}

} // namespace

SitePage::SitePage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_title(new QLabel(this))
    , m_install(new QPushButton(QIcon::fromTheme(u"list-add"_s), tr("Install module…"), this))
    , m_upgradeAll(new QPushButton(QIcon::fromTheme(u"system-software-update"_s), tr("Upgrade all"), this))
    , m_tabs(new QTabWidget(this))
    , m_details(new SiteDetailsView(this))
    , m_modules(new SiteModulesModel(this))
    , m_moduleTable(makeTable(u"siteModules"_s, this))
    , m_enable(new QPushButton(tr("Enable"), this))
    , m_disable(new QPushButton(tr("Disable"), this))
    , m_upgrade(new QPushButton(tr("Upgrade"), this))
    , m_rollback(new QPushButton(tr("Roll back"), this))
    , m_uninstall(new QPushButton(tr("Uninstall"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_activity(new AuditTableModel(this))
    , m_activityTable(makeTable(u"siteActivity"_s, this))
{
    setObjectName(u"sitePage"_s);

    auto* back = new QPushButton(QIcon::fromTheme(u"go-previous"_s), tr("Back to sites"), this);
    back->setObjectName(u"siteBack"_s);
    back->setShortcut(QKeySequence::Back);
    connect(back, &QPushButton::clicked, this, &SitePage::backRequested);
    m_title->setObjectName(u"siteTitle"_s);
    QFont titleFont = m_title->font();
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_install->setObjectName(u"siteInstall"_s);
    m_upgradeAll->setObjectName(u"siteUpgradeAll"_s);
    connect(m_install, &QPushButton::clicked, this, [this] { Q_EMIT installRequested(m_site.name); });
    connect(m_upgradeAll, &QPushButton::clicked, this, [this] { Q_EMIT upgradeAllRequested(m_site.name); });
    auto* header = new QHBoxLayout;
    header->addWidget(back);
    header->addSpacing(8);
    header->addWidget(m_title, 1);
    header->addWidget(m_install);
    header->addWidget(m_upgradeAll);

    m_tabs->setObjectName(u"siteTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_details, tr("Overview"));

    // Modules: the table, the actions beside it, the running operation beneath.
    m_moduleTable->setModel(m_modules);
    m_moduleTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_moduleTable->horizontalHeader()->setStretchLastSection(true);
    connect(m_moduleTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SitePage::updateActions);
    connect(m_modules, &QAbstractItemModel::dataChanged, this, &SitePage::updateActions);
    connect(m_modules, &QAbstractItemModel::rowsRemoved, this, &SitePage::updateActions);
    const QList<QPair<QPushButton*, QString>> actions {{m_enable, u"moduleEnable"_s},
                                                       {m_disable, u"moduleDisable"_s},
                                                       {m_upgrade, u"moduleUpgrade"_s},
                                                       {m_rollback, u"moduleRollback"_s},
                                                       {m_uninstall, u"moduleUninstall"_s}};
    auto* actionColumn = new QVBoxLayout;
    for (const auto& [button, name] : actions) {
        button->setObjectName(name);
        actionColumn->addWidget(button);
    }
    actionColumn->addStretch();
    connect(m_enable, &QPushButton::clicked, this, [this] { confirmAndRun(OperationRequest::Kind::Enable); });
    connect(m_disable, &QPushButton::clicked, this,
            [this] { confirmAndRun(OperationRequest::Kind::Disable); });
    connect(m_upgrade, &QPushButton::clicked, this,
            [this] { confirmAndRun(OperationRequest::Kind::Upgrade); });
    connect(m_rollback, &QPushButton::clicked, this,
            [this] { confirmAndRun(OperationRequest::Kind::Rollback); });
    connect(m_uninstall, &QPushButton::clicked, this,
            [this] { confirmAndRun(OperationRequest::Kind::Uninstall); });
    m_progress->setObjectName(u"moduleProgress"_s);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_status->setObjectName(u"moduleStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* modulesTab = new QWidget(this);
    auto* modulesRow = new QHBoxLayout;
    modulesRow->addWidget(m_moduleTable, 1);
    modulesRow->addLayout(actionColumn);
    auto* modulesLayout = new QVBoxLayout(modulesTab);
    modulesLayout->addLayout(modulesRow, 1);
    modulesLayout->addWidget(m_progress);
    modulesLayout->addWidget(m_status);
    m_tabs->addTab(modulesTab, tr("Modules"));

    m_activityTable->setModel(m_activity);
    m_activityTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tabs->addTab(m_activityTable, tr("Activity"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    updateActions();
    updateSiteButtons();
}

SitePage::~SitePage() = default;

void SitePage::setSite(const Site& site, bool conflicted)
{
    const bool changed = site.name != m_site.name;
    m_site = site;
    m_conflicted = conflicted;
    m_title->setText(site.displayTitle());
    m_details->setSite(&m_site, conflicted);
    if (!changed)
        return;
    m_modules->setModules({});
    m_activity->setRecords({});
    if (!isBusy()) {
        m_status->clear();
        m_progress->hide();
    }
    reloadModules();
    reloadActivity();
    updateActions();
    Q_EMIT siteChanged(site.name);
}

void SitePage::setHealthPanel(QWidget* panel)
{
    if (m_healthPanel) {
        m_tabs->removeTab(m_tabs->indexOf(m_healthPanel));
        delete m_healthPanel;
    }
    m_healthPanel = panel;
    if (panel)
        m_tabs->addTab(panel, tr("Health"));
}

void SitePage::reloadModules()
{
    if (m_site.name.isEmpty())
        return;
    Orchestrator* orchestrator = &m_services.orchestrator();
    const QString site = m_site.name;
    const int generation = ++m_moduleGeneration;
    runAsync(
        this, [orchestrator, site] { return orchestrator->modules(site); },
        [this, site, generation](const Result<QList<ModuleStatus>>& modules) {
            if (generation != m_moduleGeneration)
                return;
            if (!modules) {
                m_status->setText(
                    tr("The modules of %1 could not be read: %2").arg(site, modules.error().toString()));
                return;
            }
            const QString selected = selectedModule();
            m_modules->setModules(*modules);
            const int row = m_modules->rowOf(selected.isEmpty() && m_modules->rowCount() > 0
                                                 ? m_modules->modules().first().module
                                                 : selected);
            if (row >= 0)
                m_moduleTable->selectRow(row);
            updateActions();
            QStringList names;
            for (const ModuleStatus& m : *modules)
                names << m.module;
            Q_EMIT modulesLoaded(site, names);
        });
}

void SitePage::reloadActivity()
{
    if (m_site.name.isEmpty())
        return;
    AuditLog* log = &m_services.audit();
    AuditFilter filter;
    filter.site = m_site.name;
    filter.limit = ActivityLimit;
    const int generation = ++m_activityGeneration;
    runAsync(
        this, [log, filter] { return log->entries(filter); },
        [this, generation](const Result<QList<AuditRecord>>& records) {
            if (generation != m_activityGeneration)
                return;
            m_activity->setRecords(records ? *records : QList<AuditRecord>());
            if (!records)
                m_status->setText(tr("The activity could not be read: %1").arg(records.error().toString()));
            Q_EMIT activityLoaded(int(m_activity->rowCount()));
        });
}

QString SitePage::selectedModule() const
{
    return m_moduleTable->currentIndex().data(SiteModulesModel::ModuleNameRole).toString();
}

QString SitePage::newerVersion(const QString& module) const
{
    const ModuleStatus* status = m_modules->module(module);
    const CatalogModule* offered = m_services.orchestrator().catalog().module(module);
    if (!status || !offered)
        return {};
    for (const CatalogVersion& v : offered->versions) { // newest first
        if (!v.yanked && !v.version.isPrerelease() && v.version > status->version)
            return v.version.toString();
    }
    return {};
}

void SitePage::updateActions()
{
    const QList<QPushButton*> buttons {m_enable, m_disable, m_upgrade, m_rollback, m_uninstall};
    const QString name = selectedModule();
    const ModuleStatus* status = m_modules->module(name);
    QString why;
    if (m_services.isReadOnly())
        why = tr("This is a read-only snapshot: nothing can be changed.");
    else if (isBusy())
        why = tr("An operation on this site is running.");
    else if (!status)
        why = tr("Select a module first.");
    if (!why.isEmpty()) {
        for (QPushButton* b : buttons) {
            b->setEnabled(false);
            b->setToolTip(why);
        }
        return;
    }
    const auto state = ModuleStateMachine::fromName(status->state);
    const QString stateText = SiteModulesModel::stateText(status->state);
    auto can = [&state](ModuleState to) {
        return state && ModuleStateMachine::allowed(*state, to);
    };
    auto set = [](QPushButton* b, bool on, const QString& enabledTip, const QString& disabledTip) {
        b->setEnabled(on);
        b->setToolTip(on ? enabledTip : disabledTip);
    };
    set(m_enable, can(ModuleState::Configuring), tr("Load %1 again and reload the site").arg(name),
        tr("%1 is %2: only a disabled module can be enabled.").arg(name, stateText));
    set(m_disable, can(ModuleState::Stopping), tr("Stop loading %1; its files stay").arg(name),
        tr("%1 is %2: only a running module can be disabled.").arg(name, stateText));
    const QString newer = newerVersion(name);
    if (!can(ModuleState::Updating))
        set(m_upgrade, false, {}, tr("%1 is %2: it cannot be upgraded now.").arg(name, stateText));
    else
        set(m_upgrade, !newer.isEmpty(), tr("Upgrade %1 to %2").arg(name, newer),
            tr("No registry offers a version of %1 newer than %2.").arg(name, status->version.toString()));
    if (!can(ModuleState::RollingBack))
        set(m_rollback, false, {}, tr("%1 is %2: it cannot be rolled back now.").arg(name, stateText));
    else
        set(m_rollback, status->previous.has_value(),
            status->previous ? tr("Switch %1 back to %2").arg(name, status->previous->toString()) : QString(),
            tr("No earlier version of %1 is kept on disk.").arg(name));
    set(m_uninstall, can(ModuleState::Uninstalling) || can(ModuleState::Stopping),
        tr("Remove %1 and its files from the site").arg(name),
        tr("%1 is %2: it cannot be uninstalled now.").arg(name, stateText));
}

void SitePage::connectNotify(const QMetaMethod& signal)
{
    QWidget::connectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&SitePage::installRequested)
        || signal == QMetaMethod::fromSignal(&SitePage::upgradeAllRequested))
        QMetaObject::invokeMethod(this, &SitePage::updateSiteButtons, Qt::QueuedConnection);
}

void SitePage::disconnectNotify(const QMetaMethod& signal)
{
    QWidget::disconnectNotify(signal);
    if (signal == QMetaMethod::fromSignal(&SitePage::installRequested)
        || signal == QMetaMethod::fromSignal(&SitePage::upgradeAllRequested))
        QMetaObject::invokeMethod(this, &SitePage::updateSiteButtons, Qt::QueuedConnection);
}

void SitePage::updateSiteButtons()
{
    // Nothing dead shows: the buttons appear once the window handles what they ask for.
    m_install->setVisible(isSignalConnected(QMetaMethod::fromSignal(&SitePage::installRequested)));
    m_upgradeAll->setVisible(isSignalConnected(QMetaMethod::fromSignal(&SitePage::upgradeAllRequested)));
    for (QPushButton* b : {m_install, m_upgradeAll}) {
        b->setEnabled(!m_services.isReadOnly());
        b->setToolTip(m_services.isReadOnly() ? tr("This is a read-only snapshot: nothing can be changed.")
                                              : QString());
    }
}

void SitePage::confirmAndRun(OperationRequest::Kind kind)
{
    const QString module = selectedModule();
    const ModuleStatus* status = m_modules->module(module);
    if (!status || isBusy() || m_services.isReadOnly())
        return;
    const QString site = m_site.displayTitle();
    QString title;
    QString question;
    QString consequence;
    QString confirm;
    switch (kind) {
    case OperationRequest::Kind::Enable:
        title = tr("Enable a module");
        question = tr("Enable %1 on %2?").arg(module, site);
        consequence = tr("The site's modules.lock.json will load it again and the site is reloaded.");
        confirm = tr("Enable");
        break;
    case OperationRequest::Kind::Disable:
        title = tr("Disable a module");
        question = tr("Disable %1 on %2?").arg(module, site);
        consequence
            = tr("The site stops loading it and is reloaded; its files stay, so it can be enabled again.");
        confirm = tr("Disable");
        break;
    case OperationRequest::Kind::Upgrade:
        title = tr("Upgrade a module");
        question = tr("Upgrade %1 on %2 from %3 to %4?")
                       .arg(module, site, status->version.toString(), newerVersion(module));
        consequence
            = tr("The new version is downloaded, verified and switched to; the current one is kept for a "
                 "roll back.");
        confirm = tr("Upgrade");
        break;
    case OperationRequest::Kind::Rollback:
        title = tr("Roll back a module");
        question = tr("Roll %1 on %2 back from %3 to %4?")
                       .arg(module, site, status->version.toString(),
                            status->previous ? status->previous->toString() : QString());
        consequence = tr("The site switches to the version kept on disk and is reloaded.");
        confirm = tr("Roll back");
        break;
    case OperationRequest::Kind::Uninstall:
        title = tr("Uninstall a module");
        question = tr("Uninstall %1 from %2?").arg(module, site);
        consequence
            = tr("Its files are removed from the site. A module that needs it makes the uninstall fail; "
                 "nothing is changed then.");
        confirm = tr("Uninstall");
        break;
    case OperationRequest::Kind::Install:
        return;
    }
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box.setObjectName(u"moduleConfirm"_s);
    box.setInformativeText(consequence);
    QPushButton* yes = box.addButton(confirm, QMessageBox::AcceptRole);
    yes->setObjectName(u"moduleConfirmYes"_s);
    box.setDefaultButton(yes);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    OperationRequest request;
    request.kind = kind;
    request.site = m_site.name;
    request.modules = {module};
    request.requestedBy = AuditLog::currentUser();
    run(request);
}

void SitePage::run(const OperationRequest& request)
{
    Operation* operation = m_services.orchestrator().submit(request, this);
    m_operation = operation;
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Waiting for its turn…"));
    m_progress->show();
    m_status->setText(runningText(request.kind).arg(request.modules.join(u", "_s), request.site));
    updateActions();
    connect(operation, &Job::progress, this, [this](qint64 done, qint64 total, const QString& step) {
        if (total > 0) {
            m_progress->setRange(0, int(qMin<qint64>(total, INT_MAX)));
            m_progress->setValue(int(qMin(done, total)));
        } else {
            m_progress->setRange(0, 0);
        }
        m_progress->setFormat(step.isEmpty() ? tr("Working…") : step);
    });
    connect(operation, &Job::finished, this, [this, operation] { operationEnded(operation); });
    operation->start();
}

void SitePage::operationEnded(Operation* operation)
{
    operation->deleteLater();
    m_operation.clear();
    m_progress->hide();
    const OperationRequest& request = operation->request();
    const QString module = request.modules.join(u", "_s);
    const OperationOutcome& outcome = operation->outcome();
    const bool ok = operation->succeeded();
    if (ok) {
        m_status->setText(outcome.changes.isEmpty()
                              ? tr("Nothing to do: %1 was already as asked.").arg(module)
                              : tr("Done: %n module(s) changed on %1.", nullptr, int(outcome.changes.size()))
                                    .arg(request.site));
        if (!outcome.warnings.isEmpty())
            m_status->setText(m_status->text() + u'\n'
                              + tr("Warnings: %1").arg(outcome.warnings.join(u"; "_s)));
    } else {
        const Error& error = operation->error();
        const QString after = outcome.siteUnchanged
            ? tr("The site is as it was before.")
            : tr("The site could not be put back as it was: run 'mothershipctl recover'.");
        const QString failed = failedText(request.kind).arg(module, request.site, error.message());
        m_status->setText(failed + u'\n' + after);
        auto* box = new QMessageBox(QMessageBox::Warning, tr("The operation failed"), failed, QMessageBox::Ok,
                                    this);
        box->setObjectName(u"moduleError"_s);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(after);
        QStringList details {error.toString()};
        if (!error.detail().isEmpty())
            details << error.detail();
        if (outcome.operation.id > 0)
            details << tr("Operation %1").arg(outcome.operation.id);
        details << outcome.warnings;
        box->setDetailedText(details.join(u'\n'));
        box->open();
    }
    reloadModules();
    reloadActivity();
    updateActions();
    Q_EMIT operationFinished(ok);
}

} // namespace ms
