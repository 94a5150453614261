#include "dialogs/InstallPlanDialog.h"

#include "ConsoleServices.h"
#include "common/Async.h"
#include "inventory/InstallPlanner.h"
#include "inventory/Inventory.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

InstallPlanDialog::InstallPlanDialog(ConsoleServices& services, const QString& site, QWidget* parent)
    : QDialog(parent)
    , m_services(services)
    , m_site(new QComboBox(this))
    , m_requests(new QLineEdit(this))
    , m_catalog(new QLineEdit(this))
    , m_core(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_result(new QStackedWidget(this))
    , m_plan(new QTableWidget(0, 4, this))
    , m_explanation(new QPlainTextEdit(this))
{
    setObjectName(u"installPlanDialog"_s);
    setWindowTitle(tr("Plan an install"));
    resize(820, 520);
    m_site->setObjectName(u"planSite"_s);
    m_requests->setObjectName(u"planRequests"_s);
    m_requests->setPlaceholderText(tr("modules, e.g. farm_manager@^1.8 reports"));
    m_catalog->setObjectName(u"planCatalog"_s);
    m_catalog->setPlaceholderText(tr("catalog.json of a registry"));
    m_catalog->setText(QSettings().value(u"plan/catalog"_s).toString());
    m_core->setObjectName(u"planCore"_s);
    m_core->setPlaceholderText(tr("the platform core's version, e.g. 1.4.0"));
    m_status->setObjectName(u"planStatus"_s);
    m_status->setWordWrap(true);
    m_plan->setObjectName(u"planTable"_s);
    m_plan->setHorizontalHeaderLabels({tr("Action"), tr("Module"), tr("Version"), tr("Why")});
    m_plan->horizontalHeader()->setStretchLastSection(true);
    m_plan->verticalHeader()->setVisible(true);
    m_plan->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_plan->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_explanation->setObjectName(u"planExplanation"_s);
    m_explanation->setReadOnly(true);
    m_result->addWidget(m_plan);
    m_result->addWidget(m_explanation);

    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &InstallPlanDialog::browse);
    auto* catalogRow = new QHBoxLayout;
    catalogRow->addWidget(m_catalog, 1);
    catalogRow->addWidget(browse);

    auto* form = new QFormLayout;
    form->addRow(tr("Site:"), m_site);
    form->addRow(tr("Install:"), m_requests);
    form->addRow(tr("Catalog:"), catalogRow);
    form->addRow(tr("Platform core:"), m_core);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_resolve = buttons->addButton(tr("Show the plan"), QDialogButtonBox::ActionRole);
    m_resolve->setObjectName(u"planResolve"_s);
    m_resolve->setDefault(true);
    connect(m_resolve, &QPushButton::clicked, this, &InstallPlanDialog::resolve);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_requests, &QLineEdit::returnPressed, this, &InstallPlanDialog::resolve);
    connect(m_core, &QLineEdit::textEdited, this, [this] { m_coreEdited = true; });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);

    Inventory* inventory = &m_services.inventory();
    runAsync(this, [inventory] { return inventory->sites(); }, [this, site](const Result<QList<Site>>& sites) {
        if (!sites) {
            m_status->setText(sites.error().toString());
            return;
        }
        for (const Site& s : *sites) {
            if (s.status != SiteStatus::Missing)
                m_site->addItem(s.displayTitle() + u" ("_s + s.name + u')', s.name);
        }
        const int at = m_site->findData(site);
        if (at >= 0)
            m_site->setCurrentIndex(at);
        connect(m_site, &QComboBox::currentIndexChanged, this, &InstallPlanDialog::siteChanged);
        siteChanged();
    });
}

void InstallPlanDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a catalog"), m_catalog->text(),
                                                      tr("Catalogs (*.json)"));
    if (!file.isEmpty())
        m_catalog->setText(file);
}

void InstallPlanDialog::siteChanged()
{
    const QString name = m_site->currentData().toString();
    Database* db = &m_services.database();
    Inventory* inventory = &m_services.inventory();
    runAsync(this,
             [db, inventory, name]() -> Result<Version> {
                 Result<Site> site = inventory->site(name);
                 if (!site)
                     return site.error();
                 return InstallPlanner::coreVersion(*db, *site);
             },
             [this](const Result<Version>& core) {
                 // Follows the chosen site, unless the administrator typed a version.
                 if (!m_coreEdited)
                     m_core->setText(core ? core->toString() : QString());
             });
}

void InstallPlanDialog::resolve()
{
    const QString name = m_site->currentData().toString();
    const QStringList requests = m_requests->text().split(u' ', Qt::SkipEmptyParts);
    const QString catalog = m_catalog->text().trimmed();
    const Result<Version> core = Version::parse(m_core->text());
    if (name.isEmpty() || requests.isEmpty()) {
        m_status->setText(tr("Choose a site and name at least one module."));
        return;
    }
    if (catalog.isEmpty()) {
        m_status->setText(tr("Choose a catalog to resolve against."));
        return;
    }
    if (!core) {
        m_status->setText(tr("Platform core: %1").arg(core.error().message()));
        return;
    }
    QSettings().setValue(u"plan/catalog"_s, catalog);
    m_resolve->setEnabled(false);
    m_status->setText(tr("Resolving…"));
    Inventory* inventory = &m_services.inventory();
    const Version coreVersion = *core;
    runAsync(this,
             [inventory, name, requests, catalog, coreVersion]() -> Result<Resolution> {
                 Result<Site> site = inventory->site(name);
                 if (!site)
                     return site.error();
                 Result<Catalog> catalogs = InstallPlanner::loadCatalogs({catalog});
                 if (!catalogs)
                     return catalogs.error();
                 return InstallPlanner::plan(*site, *catalogs, coreVersion, requests);
             },
             [this](const Result<Resolution>& resolution) {
                 m_resolve->setEnabled(true);
                 if (!resolution) {
                     m_status->setText(resolution.error().toString());
                     return;
                 }
                 if (!resolution->ok()) {
                     m_status->setText(resolution->error().message());
                     m_explanation->setPlainText(resolution->explanation().join(u'\n'));
                     m_result->setCurrentWidget(m_explanation);
                     return;
                 }
                 m_plan->setRowCount(int(resolution->plan().size()));
                 int row = 0;
                 for (const PlanStep& step : resolution->plan()) {
                     QString version = step.version.toString();
                     if (!step.fromVersion.isNull() && !(step.fromVersion == step.version))
                         version = step.fromVersion.toString() + u" → "_s + version;
                     const QStringList cells{PlanStep::actionName(step.action), step.moduleName, version, step.reason};
                     for (int c = 0; c < cells.size(); ++c) {
                         auto* item = new QTableWidgetItem(cells[c]);
                         item->setToolTip(cells[c]);
                         m_plan->setItem(row, c, item);
                     }
                     ++row;
                 }
                 m_plan->resizeColumnsToContents();
                 m_result->setCurrentWidget(m_plan);
                 m_status->setText(resolution->plan().isEmpty()
                                       ? tr("Nothing to do: everything asked for is installed.")
                                       : tr("In install order, dependencies first. Nothing has been installed."));
             });
}

} // namespace ms
