#include "dialogs/InstallDialog.h"

#include "ConsoleServices.h"
#include "audit/AuditLog.h"
#include "common/Async.h"
#include "inventory/Inventory.h"
#include "lifecycle/LicenseGate.h"
#include "lifecycle/Operation.h"
#include "lifecycle/Orchestrator.h"
#include "lifecycle/PlatformCore.h"
#include "lifecycle/StateRecorder.h"
#include "models/CatalogModel.h"
#include "registry/RegistryService.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"
#include "targets/LocalTarget.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

/// OperationRun reports 100 units per change: 0–30 fetching the package, 30–90 unpacking,
/// 90–100 activating; a last 100 for the reload and the clean-up.
constexpr qint64 UnitsPerChange = 100;
constexpr qint64 FetchUnits = 30;

QString actionText(ModuleChange::Action action)
{
    switch (action) {
    case ModuleChange::Action::Install:
        return InstallDialog::tr("Install");
    case ModuleChange::Action::Upgrade:
        return InstallDialog::tr("Upgrade");
    case ModuleChange::Action::Downgrade:
        return InstallDialog::tr("Downgrade");
    case ModuleChange::Action::Enable:
        return InstallDialog::tr("Enable");
    case ModuleChange::Action::Disable:
        return InstallDialog::tr("Disable");
    case ModuleChange::Action::Rollback:
        return InstallDialog::tr("Roll back");
    case ModuleChange::Action::Uninstall:
        return InstallDialog::tr("Uninstall");
    }
    return {};
}

/// What upgrading every module of @p site with a newer version in @p catalog asks for.
QStringList upgradableModules(const QList<ModuleStatus>& installed, const Catalog& catalog)
{
    QStringList names;
    for (const ModuleStatus& s : installed) {
        const CatalogModule* m = catalog.module(s.module);
        if (!m)
            continue;
        const Version latest = CatalogModel::latestOf(*m);
        if (!latest.isNull() && s.version < latest)
            names << s.module;
    }
    return names;
}

} // namespace

InstallDialog::InstallDialog(ConsoleServices& services, const QString& module,
                             const QStringList& preselectedSites, QWidget* parent)
    : InstallDialog(services, Mode::Install, module, preselectedSites, parent)
{
}

InstallDialog* InstallDialog::upgradeAll(ConsoleServices& services, const QString& site, QWidget* parent)
{
    auto* dialog = new InstallDialog(services, Mode::UpgradeAll, {}, {site}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

InstallDialog::InstallDialog(ConsoleServices& services, Mode mode, const QString& module,
                             const QStringList& sites, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_mode(mode)
    , m_module(module)
    , m_upgradeSite(mode == Mode::UpgradeAll ? sites.value(0) : QString())
{
    setObjectName(u"installDialog"_s);
    buildUi();
    if (m_mode == Mode::Install) {
        setWindowTitle(tr("Install %1").arg(module));
        const auto catalog = m_services.registries().catalog();
        const CatalogModule* entry = catalog ? catalog->module(module) : nullptr;
        if (!entry) {
            m_heading->setText(tr("No registry offers a module called %1.").arg(module.toHtmlEscaped()));
        } else {
            m_heading->setText(
                tr("<b>%1</b> (%2) from registry %3")
                    .arg((entry->displayName.isEmpty() ? entry->moduleName : entry->displayName)
                             .toHtmlEscaped(),
                         entry->moduleName, entry->registry.toHtmlEscaped()));
            const Version latest = CatalogModel::latestOf(*entry);
            m_version->addItem(tr("Latest (%1)").arg(latest.isNull() ? tr("none") : latest.toString()),
                               QString());
            for (const CatalogVersion& v : entry->versions) {
                // A yanked version stays selectable (a pinned request may use it), marked.
                m_version->addItem(v.yanked ? tr("%1 (withdrawn)").arg(v.version.toString())
                                            : v.version.toString(),
                                   v.version.toFullString());
            }
        }
        connect(m_version, &QComboBox::currentIndexChanged, this, &InstallDialog::replan);
        loadSites(sites);
    } else {
        setWindowTitle(tr("Upgrade all modules on %1").arg(m_upgradeSite));
        m_heading->setText(tr("Every module of <b>%1</b> with a newer version in the registries.")
                               .arg(m_upgradeSite.toHtmlEscaped()));
        m_version->hide();
        m_sites->hide();
        replan();
    }
}

void InstallDialog::buildUi()
{
    resize(860, 640);
    m_heading = new QLabel(this);
    m_heading->setObjectName(u"installHeading"_s);
    m_heading->setWordWrap(true);
    m_version = new QComboBox(this);
    m_version->setObjectName(u"installVersion"_s);
    m_sites = new QListWidget(this);
    m_sites->setObjectName(u"installSites"_s);
    m_sites->setMaximumHeight(130);
    m_planStatus = new QLabel(this);
    m_planStatus->setObjectName(u"installPlanStatus"_s);
    m_planStatus->setWordWrap(true);
    m_planStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_plan = new QTreeWidget(this);
    m_plan->setObjectName(u"installPlan"_s);
    m_plan->setHeaderLabels({tr("Site"), tr("Action"), tr("Module"), tr("Version"), tr("Why")});
    m_plan->setRootIsDecorated(false);
    m_plan->header()->setStretchLastSection(true);

    m_licenseBox = new QGroupBox(tr("License"), this);
    m_licenseBox->setObjectName(u"installLicenseBox"_s);
    m_licenseForm = new QFormLayout;
    m_licenseStatus = new QLabel(m_licenseBox);
    m_licenseStatus->setObjectName(u"licenseStatus"_s);
    m_licenseStatus->setWordWrap(true);
    auto* licenseLayout = new QVBoxLayout(m_licenseBox);
    auto* licenseHint
        = new QLabel(tr("Verified here, offline, before anything is downloaded, and kept in the "
                        "keychain for each site. Leave a field empty to use the key the keychain "
                        "already holds for the site."),
                     m_licenseBox);
    licenseHint->setWordWrap(true);
    licenseLayout->addWidget(licenseHint);
    licenseLayout->addLayout(m_licenseForm);
    licenseLayout->addWidget(m_licenseStatus);
    m_licenseBox->hide();

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"installProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_bytes = new QLabel(this);
    m_bytes->setObjectName(u"installBytes"_s);
    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"installSteps"_s);
    m_result = new QLabel(this);
    m_result->setObjectName(u"installResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPushButton(tr("Details…"), this);
    m_details->setObjectName(u"installDetails"_s);
    m_details->hide();
    connect(m_details, &QPushButton::clicked, this, &InstallDialog::showDetails);

    auto* form = new QFormLayout;
    form->addRow(m_heading);
    form->addRow(tr("Version:"), m_version);
    form->addRow(tr("Sites:"), m_sites);
    if (m_mode == Mode::UpgradeAll) {
        form->labelForField(m_version)->hide();
        form->labelForField(m_sites)->hide();
    }

    auto* progressBox = new QGroupBox(tr("Progress"), this);
    auto* progressLayout = new QVBoxLayout(progressBox);
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_bytes);
    progressLayout->addLayout(progressRow);
    progressLayout->addWidget(m_steps, 1);
    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_result, 1);
    resultRow->addWidget(m_details, 0, Qt::AlignTop);
    progressLayout->addLayout(resultRow);

    auto* buttons = new QDialogButtonBox(this);
    m_run = buttons->addButton(m_mode == Mode::Install ? tr("Install") : tr("Upgrade All"),
                               QDialogButtonBox::AcceptRole);
    m_run->setObjectName(u"installRun"_s);
    m_run->setDefault(true);
    m_run->setEnabled(false);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"installCancel"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"installClose"_s);
    m_close->hide();
    connect(m_run, &QPushButton::clicked, this, &InstallDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &InstallDialog::reject);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_planStatus);
    layout->addWidget(m_plan, 2);
    layout->addWidget(m_licenseBox);
    layout->addWidget(progressBox, 2);
    layout->addWidget(buttons);

    if (m_services.isReadOnly())
        m_run->setToolTip(tr("This is a read-only snapshot: nothing can be installed from it."));
}

void InstallDialog::loadSites(const QStringList& preselected)
{
    Inventory* inventory = &m_services.inventory();
    runAsync(
        this, [inventory] { return inventory->sites(); },
        [this, preselected](const Result<QList<Site>>& sites) {
            if (!sites) {
                m_planStatus->setText(tr("The sites could not be read: %1").arg(sites.error().message()));
                return;
            }
            for (const Site& s : *sites) {
                if (s.status == SiteStatus::Missing)
                    continue;
                auto* item = new QListWidgetItem(tr("%1 (%2)").arg(s.displayTitle(), s.name), m_sites);
                item->setData(Qt::UserRole, s.name);
                item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
                item->setCheckState(preselected.contains(s.name) ? Qt::Checked : Qt::Unchecked);
            }
            connect(m_sites, &QListWidget::itemChanged, this, &InstallDialog::replan);
            replan();
        });
}

QStringList InstallDialog::checkedSites() const
{
    if (m_mode == Mode::UpgradeAll)
        return {m_upgradeSite};
    QStringList names;
    for (int i = 0; i < m_sites->count(); ++i) {
        if (m_sites->item(i)->checkState() == Qt::Checked)
            names << m_sites->item(i)->data(Qt::UserRole).toString();
    }
    return names;
}

void InstallDialog::replan()
{
    if (m_running)
        return;
    const int generation = ++m_planGeneration;
    const QStringList sites = checkedSites();
    m_run->setEnabled(false);
    m_plan->clear();
    m_plans.clear();
    if (sites.isEmpty()) {
        m_planStatus->setText(tr("Choose the sites to install it on."));
        updateLicenseFields();
        return;
    }
    const auto catalog = m_services.registries().catalog();
    if (!catalog) {
        m_planStatus->setText(tr("No registry catalog is loaded yet."));
        return;
    }
    m_planStatus->setText(tr("Working out the plan…"));
    QString request = m_module;
    if (const QString pinned = m_version->currentData().toString();
        m_mode == Mode::Install && !pinned.isEmpty())
        request += u'@' + pinned;
    Database* db = &m_services.database();
    Inventory* inventory = &m_services.inventory();
    Orchestrator* orchestrator = &m_services.orchestrator();
    const bool upgradeAll = m_mode == Mode::UpgradeAll;
    runAsync(
        this,
        [db, inventory, orchestrator, catalog, sites, request, upgradeAll] {
            QList<SitePlan> plans;
            for (const QString& name : sites) {
                SitePlan p;
                p.site = name;
                const Result<Site> site = inventory->site(name);
                if (!site) {
                    p.plan = site.error();
                    plans << p;
                    continue;
                }
                OperationRequest r;
                r.site = name;
                if (upgradeAll) {
                    const auto installed = orchestrator->modules(name);
                    if (!installed) {
                        p.plan = installed.error();
                        plans << p;
                        continue;
                    }
                    r.kind = OperationRequest::Kind::Upgrade;
                    r.modules = upgradableModules(*installed, *catalog);
                    if (r.modules.isEmpty()) {
                        plans << p; // an empty plan: nothing to upgrade
                        continue;
                    }
                } else {
                    r.kind = OperationRequest::Kind::Install;
                    r.modules = {request};
                }
                p.requests = r.modules;
                const Result<Version> core = PlatformCore::version(*db, site->path);
                if (!core) {
                    p.plan = core.error();
                    plans << p;
                    continue;
                }
                const LocalTarget target(site->path, site->modulesDir);
                const StateRecorder states(*db, nullptr);
                p.plan = OperationPlanner(target, name, states).plan(r, *catalog, *core);
                plans << p;
            }
            return plans;
        },
        [this, generation](const QList<SitePlan>& plans) {
            if (generation == m_planGeneration)
                showPlans(plans);
        });
}

void InstallDialog::showPlans(const QList<SitePlan>& plans)
{
    m_plans = plans;
    m_plan->clear();
    int problems = 0;
    int changes = 0;
    for (const SitePlan& p : plans) {
        if (!p.plan) {
            ++problems;
            auto* item = new QTreeWidgetItem(
                m_plan, {p.site, tr("Cannot"), QString(), QString(), p.plan.error().message()});
            item->setIcon(1, QIcon::fromTheme(u"dialog-error"_s));
            item->setToolTip(
                4, p.plan.error().detail().isEmpty() ? p.plan.error().toString() : p.plan.error().detail());
            continue;
        }
        if (p.plan->changes.isEmpty()) {
            new QTreeWidgetItem(m_plan,
                                {p.site, tr("Nothing to do"), QString(), QString(),
                                 m_mode == Mode::Install ? tr("already installed at that version")
                                                         : tr("every module is up to date")});
            continue;
        }
        for (const ModuleChange& c : p.plan->changes) {
            QString version = c.toVersion.toString();
            if (!c.fromVersion.isNull() && !c.toVersion.isNull())
                version = tr("%1 → %2").arg(c.fromVersion.toString(), c.toVersion.toString());
            QString why = c.reason;
            if (c.licenseRequired)
                why = tr("%1 (needs a license key)").arg(why);
            auto* item = new QTreeWidgetItem(m_plan, {p.site, actionText(c.action), c.module, version, why});
            item->setToolTip(4, why);
            ++changes;
        }
    }
    for (int c = 0; c < 4; ++c)
        m_plan->resizeColumnToContents(c);
    if (problems > 0)
        m_planStatus->setText(
            tr("%n site(s) cannot take this change; see why in the plan.", nullptr, problems));
    else if (changes == 0)
        m_planStatus->setText(tr("Nothing to do."));
    else
        m_planStatus->setText(tr("The plan, dependencies first. Nothing has been changed yet."));
    updateLicenseFields();
    m_run->setEnabled(problems == 0 && changes > 0 && !m_services.isReadOnly());
}

void InstallDialog::updateLicenseFields()
{
    QStringList licensed;
    for (const SitePlan& p : std::as_const(m_plans)) {
        if (!p.plan)
            continue;
        for (const ModuleChange& c : p.plan->changes) {
            if (c.licenseRequired && !licensed.contains(c.module))
                licensed << c.module;
        }
    }
    // The module asked for first: its field is "licenseKey", the others "licenseKey_<module>".
    std::stable_sort(licensed.begin(), licensed.end(), [this](const QString& a, const QString& b) {
        return (a == m_module) > (b == m_module);
    });
    for (auto it = m_licenseFields.begin(); it != m_licenseFields.end();) {
        if (!licensed.contains(it.key())) {
            m_licenseForm->removeRow(it.value());
            it = m_licenseFields.erase(it);
        } else {
            ++it;
        }
    }
    for (const QString& module : std::as_const(licensed)) {
        if (m_licenseFields.contains(module))
            continue;
        auto* field = new QLineEdit(m_licenseBox);
        field->setObjectName(m_licenseFields.isEmpty() && licensed.first() == module
                                 ? u"licenseKey"_s
                                 : u"licenseKey_"_s + module);
        field->setEchoMode(QLineEdit::Password);
        field->setPlaceholderText(tr("license key for %1").arg(module));
        connect(field, &QLineEdit::textEdited, m_licenseStatus, &QLabel::clear);
        m_licenseForm->addRow(tr("%1:").arg(module), field);
        m_licenseFields.insert(module, field);
    }
    m_licenseBox->setVisible(!licensed.isEmpty());
}

void InstallDialog::setEditable(bool on)
{
    m_version->setEnabled(on);
    m_sites->setEnabled(on);
    for (QLineEdit* field : std::as_const(m_licenseFields))
        field->setEnabled(on);
    m_run->setEnabled(on);
}

void InstallDialog::start()
{
    if (m_running || m_plans.isEmpty() || m_services.isReadOnly())
        return;
    m_running = true;
    m_anyFailed = false;
    m_cancelRequested = false;
    m_next = 0;
    m_error = {};
    m_warnings.clear();
    m_result->clear();
    m_details->hide();
    m_steps->clear();
    setEditable(false);
    verifyLicenses();
}

void InstallDialog::verifyLicenses()
{
    QHash<QString, QByteArray> keys;
    for (auto it = m_licenseFields.cbegin(); it != m_licenseFields.cend(); ++it) {
        const QByteArray key = it.value()->text().trimmed().toUtf8();
        if (!key.isEmpty())
            keys.insert(it.key(), key);
    }
    if (keys.isEmpty())
        return runNext(); // the operation looks in the keychain, before it fetches anything
    m_licenseStatus->setText(tr("Checking the license key…"));
    Database* db = &m_services.database();
    runAsync(
        this,
        [db, keys]() -> Status {
            const LicenseGate gate(*db, db->clock());
            const auto verifier = gate.verifier();
            if (!verifier)
                return verifier.error();
            const auto installation = gate.installationId();
            if (!installation)
                return installation.error();
            for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
                const QList<LicenseCandidate> offered {{it.value(), tr("the key entered"), false}};
                const auto chosen = LicenseGate::choose(*verifier, it.key(), *installation, offered);
                if (!chosen)
                    return chosen.error();
            }
            return {};
        },
        [this, keys](const Status& verified) {
            if (!verified) {
                m_licenseStatus->setText(
                    tr("The license key was refused: %1").arg(verified.error().message()));
                showFailure(tr("Nothing was installed: the license key was refused."), verified.error());
                return finishAll(false);
            }
            m_licenseStatus->setText(tr("The license key is valid."));
            storeLicenses(keys);
        });
}

void InstallDialog::storeLicenses(const QHash<QString, QByteArray>& keys)
{
    SecretStore* secrets = &m_services.secrets();
    auto pending = std::make_shared<int>(0);
    auto failed = std::make_shared<Error>();
    QList<SecretJob*> jobs;
    for (const SitePlan& p : std::as_const(m_plans)) {
        if (!p.plan)
            continue;
        // Only where the plan installs the module: a key is kept per site.
        for (const ModuleChange& c : p.plan->changes) {
            if (c.licenseRequired && keys.contains(c.module))
                jobs << secrets->write(SecretStore::licenseKey(p.site, c.module), keys.value(c.module));
        }
    }
    if (jobs.isEmpty())
        return runNext();
    *pending = int(jobs.size());
    m_steps->addItem(tr("Keeping the license key in the keychain"));
    for (SecretJob* job : std::as_const(jobs)) {
        connect(job, &Job::finished, this, [this, job, pending, failed] {
            if (job->error().isError() && !failed->isError())
                *failed = job->error();
            if (--*pending > 0)
                return;
            if (failed->isError()) {
                showFailure(tr("Nothing was installed: the license key could not be kept in the keychain."),
                            *failed);
                return finishAll(false);
            }
            runNext();
        });
        job->start();
    }
}

void InstallDialog::runNext()
{
    while (m_next < m_plans.size() && m_plans[m_next].plan && m_plans[m_next].plan->changes.isEmpty())
        ++m_next;
    if (m_next >= m_plans.size())
        return finishAll(!m_anyFailed);
    if (m_cancelRequested) {
        showFailure(tr("Cancelled before anything was changed."),
                    Error(ErrorCode::Cancelled, tr("cancelled")));
        return finishAll(false);
    }
    const SitePlan& p = m_plans[m_next];
    OperationRequest request;
    request.kind
        = m_mode == Mode::Install ? OperationRequest::Kind::Install : OperationRequest::Kind::Upgrade;
    request.site = p.site;
    request.modules = p.requests;
    request.requestedBy = AuditLog::currentUser();
    m_operation = m_services.orchestrator().submit(request, this);
    m_lastStep.clear();
    m_progress->setRange(0, 0);
    m_bytes->clear();
    m_steps->addItem(tr("%1: waiting for its turn").arg(p.site));
    connect(m_operation, &Job::progress, this, &InstallDialog::onProgress);
    connect(m_operation, &Job::finished, this, &InstallDialog::onOperationFinished);
    m_operation->start();
}

void InstallDialog::onProgress(qint64 done, qint64 total, const QString& step)
{
    if (m_next >= m_plans.size())
        return;
    const SitePlan& p = m_plans[m_next];
    if (total > 0) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
    }
    if (step != m_lastStep) {
        m_lastStep = step;
        if (QListWidgetItem* last = m_steps->item(m_steps->count() - 1))
            last->setIcon(QIcon::fromTheme(u"emblem-ok"_s, QIcon::fromTheme(u"dialog-ok"_s)));
        m_steps->addItem(tr("%1: %2").arg(p.site, step));
        m_steps->scrollToBottom();
    }
    // Within a change, the first 30 units are the package's bytes.
    const qsizetype index = qsizetype(done / UnitsPerChange);
    const qint64 within = done % UnitsPerChange;
    if (p.plan && index < p.plan->changes.size() && p.plan->changes[index].fetchesPackage()
        && within <= FetchUnits && total > 0) {
        const qint64 size = p.plan->changes[index].entry.size;
        const QLocale locale;
        m_bytes->setText(
            tr("%1 of %2")
                .arg(locale.formattedDataSize(size * within / FetchUnits), locale.formattedDataSize(size)));
    } else {
        m_bytes->clear();
    }
}

void InstallDialog::onOperationFinished()
{
    Operation* op = m_operation;
    if (!op)
        return;
    op->deleteLater();
    m_operation.clear();
    const SitePlan& p = m_plans[m_next];
    const OperationOutcome& outcome = op->outcome();
    m_warnings << outcome.warnings;
    if (QListWidgetItem* last = m_steps->item(m_steps->count() - 1))
        last->setIcon(QIcon::fromTheme(op->succeeded() ? u"emblem-ok"_s : u"dialog-error"_s));
    if (!op->succeeded()) {
        m_anyFailed = true;
        const bool cancelled = op->error().code() == ErrorCode::Cancelled;
        const QString what = cancelled ? tr("Cancelled on %1.").arg(p.site)
                                       : tr("Failed on %1: %2").arg(p.site, op->error().message());
        const QString after = outcome.siteUnchanged ? tr("The site is as it was before.")
                                                    : tr("The site could not be put back; run recovery "
                                                         "(mothershipctl recover) before changing it again.");
        m_steps->addItem(what);
        const int untouched = int(m_plans.size() - m_next - 1);
        QString text = tr("%1 %2").arg(what, after);
        if (untouched > 0)
            text = tr("%1 %2").arg(text, tr("%n other site(s) were not touched.", nullptr, untouched));
        showFailure(text, op->error(), outcome.warnings);
        return finishAll(false);
    }
    m_steps->addItem(outcome.changes.isEmpty() ? tr("%1: nothing to do").arg(p.site)
                                               : tr("%1: done").arg(p.site));
    ++m_next;
    runNext();
}

void InstallDialog::showFailure(const QString& text, const Error& error, const QStringList& warnings)
{
    m_error = error;
    m_warnings << warnings;
    m_result->setText(text);
    m_result->setStyleSheet(u"color: #b03a2e;"_s);
    m_details->show();
}

void InstallDialog::showDetails()
{
    QMessageBox box(QMessageBox::Warning, windowTitle(), m_result->text(), QMessageBox::Close, this);
    box.setObjectName(u"installErrorDetails"_s);
    QStringList detail {m_error.toString()};
    if (!m_error.detail().isEmpty())
        detail << m_error.detail();
    if (!m_warnings.isEmpty())
        detail << tr("Warnings:") << m_warnings;
    box.setDetailedText(detail.join(u'\n'));
    box.exec();
}

void InstallDialog::finishAll(bool ok)
{
    m_running = false;
    m_bytes->clear();
    m_progress->setRange(0, 1);
    m_progress->setValue(ok ? 1 : 0);
    if (ok) {
        m_result->setStyleSheet(QString());
        m_result->setText(m_warnings.isEmpty() ? tr("Done.")
                                               : tr("Done, with warnings: %1").arg(m_warnings.join(u"; "_s)));
    }
    m_cancel->hide();
    m_run->hide();
    m_close->show();
    m_close->setDefault(true);
    m_version->setEnabled(false);
    m_sites->setEnabled(false);
    Q_EMIT operationFinished(ok);
}

void InstallDialog::reject()
{
    if (m_running) {
        // Never leave an operation without its window: cancel it, and close once it ended.
        m_cancelRequested = true;
        if (m_operation)
            m_operation->cancel();
        m_steps->addItem(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

void InstallDialog::closeEvent(QCloseEvent* event)
{
    if (m_running) {
        event->ignore();
        reject();
        return;
    }
    QDialog::closeEvent(event);
}

} // namespace ms
