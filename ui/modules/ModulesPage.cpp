#include "modules/ModulesPage.h"

#include "ConsoleServices.h"
#include "dialogs/InstallDialog.h"
#include "models/CatalogFilterModel.h"
#include "models/CatalogModel.h"
#include "packages/Manifest.h"
#include "registry/RegistryService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

ModulesPage::ModulesPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new CatalogModel(services, this))
    , m_filter(new CatalogFilterModel(m_model, this))
    , m_search(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_installed(new QCheckBox(tr("Installed"), this))
    , m_updates(new QCheckBox(tr("Updates"), this))
    , m_badge(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
    , m_install(new QPushButton(QIcon::fromTheme(u"system-software-install"_s), tr("Install…"), this))
    , m_upgradeSite(new QToolButton(this))
    , m_target(new QLabel(this))
{
    setObjectName(u"modulesPage"_s);

    m_search->setObjectName(u"catalogSearch"_s);
    m_search->setPlaceholderText(tr("Search modules by name, tag or description"));
    m_search->setClearButtonEnabled(true);
    m_kind->setObjectName(u"kindFilter"_s);
    m_kind->addItem(tr("All kinds"), -1);
    m_kind->addItem(tr("Core"), int(ModuleKind::Core));
    m_kind->addItem(tr("Shared"), int(ModuleKind::Shared));
    m_kind->addItem(tr("Business"), int(ModuleKind::Business));
    m_tag->setObjectName(u"tagFilter"_s);
    m_tag->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_installed->setObjectName(u"installedFilter"_s);
    m_installed->setToolTip(tr("Only modules installed on at least one site"));
    m_updates->setObjectName(u"updatesFilter"_s);
    m_updates->setToolTip(tr("Only modules a site runs an older version of"));
    m_badge->setObjectName(u"updatesBadge"_s);
    m_badge->setStyleSheet(u"#updatesBadge { background: #d35400; color: white; border-radius: 9px; "
                           u"padding: 2px 8px; font-weight: bold; }"_s);
    m_badge->hide();
    m_status->setObjectName(u"catalogStatus"_s);
    m_status->setWordWrap(true);
    m_install->setObjectName(u"installButton"_s);
    m_upgradeSite->setObjectName(u"upgradeSiteButton"_s);
    m_upgradeSite->setText(tr("Upgrade a Site"));
    m_upgradeSite->setIcon(QIcon::fromTheme(u"system-software-update"_s));
    m_upgradeSite->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_upgradeSite->setPopupMode(QToolButton::InstantPopup);
    m_upgradeSite->setMenu(new QMenu(m_upgradeSite));
    connect(m_upgradeSite->menu(), &QMenu::aboutToShow, this, &ModulesPage::fillUpgradeMenu);

    m_table->setObjectName(u"catalogView"_s);
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CatalogModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(CatalogModel::DescriptionColumn, QHeaderView::Stretch);
    // The short columns take what their text needs; the description gets the rest.
    for (int column : {int(CatalogModel::KindColumn), int(CatalogModel::LatestColumn), int(CatalogModel::LicenseColumn),
                       int(CatalogModel::InstalledColumn), int(CatalogModel::UpdateColumn)})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->resizeSection(CatalogModel::NameColumn, 180);
    m_details->setObjectName(u"moduleDetails"_s);
    m_details->setOpenLinks(false);
    m_details->setMinimumWidth(280);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_tag);
    filters->addWidget(m_installed);
    filters->addWidget(m_updates);
    filters->addWidget(m_badge);
    filters->addSpacing(12);
    filters->addWidget(m_upgradeSite);
    filters->addWidget(m_install);

    auto* split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_status);
    layout->addWidget(m_target);
    layout->addWidget(split, 1);

    m_target->setObjectName(u"installTarget"_s);
    m_target->setWordWrap(true);
    m_target->hide();
    connect(m_target, &QLabel::linkActivated, this, [this] {
        m_targetSite.clear();
        m_target->hide();
    });

    connect(m_search, &QLineEdit::textChanged, m_filter, &CatalogFilterModel::setSearchText);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = m_kind->currentData().toInt();
        m_filter->setKind(kind < 0 ? std::nullopt : std::optional<int>(kind));
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setTag(m_tag->currentData().toString()); });
    connect(m_installed, &QCheckBox::toggled, m_filter, &CatalogFilterModel::setInstalledOnly);
    connect(m_updates, &QCheckBox::toggled, m_filter, &CatalogFilterModel::setUpdatesOnly);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateActions();
    });
    // A site's "Install module…" chose the site already; the next dialog has it checked.
    auto install = [this] {
        const QStringList sites = m_targetSite.isEmpty() ? QStringList() : QStringList {m_targetSite};
        if (openInstallDialog(sites) && !m_targetSite.isEmpty()) {
            m_targetSite.clear();
            m_target->hide();
        }
    };
    connect(m_table, &QAbstractItemView::doubleClicked, this, install);
    connect(m_install, &QPushButton::clicked, this, install);
    connect(m_model, &CatalogModel::updatesChanged, this, &ModulesPage::updateBadge);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ModulesPage::updateCatalogState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ModulesPage::showDetails);
    connect(m_model, &CatalogModel::installedLoaded, this, [this](bool ok, const QString& problem) {
        m_status->setVisible(!ok || !m_model->catalog());
        if (!ok)
            m_status->setText(tr("Some sites' modules could not be read: %1").arg(problem));
        else
            updateCatalogState();
    });
    connect(&m_services.registries(), &RegistryService::synced, this, [this] {
        updateCatalogState();
        checkLoaded();
    });
    connect(m_model, &CatalogModel::installedLoaded, this, &ModulesPage::checkLoaded);
    updateCatalogState();
    updateBadge(m_model->updateCount());
    updateActions();
}

QString ModulesPage::currentModule() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? current.data(CatalogModel::ModuleNameRole).toString() : QString();
}

bool ModulesPage::selectModule(const QString& module)
{
    const int row = m_model->rowOf(module);
    if (row < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        m_search->clear();
        m_kind->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_installed->setChecked(false);
        m_updates->setChecked(false);
        index = m_filter->mapFromSource(m_model->index(row, 0));
    }
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

InstallDialog* ModulesPage::openInstallDialog(const QStringList& preselectedSites)
{
    const QString module = currentModule();
    if (module.isEmpty() || m_services.isReadOnly())
        return nullptr;
    auto* dialog = new InstallDialog(m_services, module, preselectedSites, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InstallDialog::operationFinished, m_model, &CatalogModel::reloadInstalled);
    connect(dialog, &InstallDialog::operationFinished, this, &ModulesPage::operationFinished);
    dialog->open();
    return dialog;
}

void ModulesPage::prepareInstallOn(const QString& site)
{
    if (m_services.isReadOnly())
        return;
    m_targetSite = site;
    m_target->setText(tr("Choose a module, then <b>Install…</b>: it will be installed on <b>%1</b>. "
                         "<a href=\"cancel\">Choose the sites in the dialog instead</a>")
                          .arg(site.toHtmlEscaped()));
    m_target->show();
    m_search->setFocus();
}

InstallDialog* ModulesPage::openUpgradeAll(const QString& site)
{
    if (m_services.isReadOnly())
        return nullptr;
    InstallDialog* dialog = InstallDialog::upgradeAll(m_services, site, this);
    connect(dialog, &InstallDialog::operationFinished, m_model, &CatalogModel::reloadInstalled);
    connect(dialog, &InstallDialog::operationFinished, this, &ModulesPage::operationFinished);
    return dialog;
}

void ModulesPage::fillUpgradeMenu()
{
    QMenu* menu = m_upgradeSite->menu();
    menu->clear();
    // Sites with updates, from what the model last read.
    QMap<QString, int> counts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const CatalogModule* m = m_model->module(row);
        const Version latest = m_model->latestVersion(row);
        for (const CatalogModel::Installation& i : m_model->installations(m->moduleName)) {
            if (!latest.isNull() && i.version < latest)
                ++counts[i.site];
        }
    }
    if (counts.isEmpty()) {
        menu->addAction(tr("Every site is up to date"))->setEnabled(false);
        return;
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const QString site = it.key();
        QAction* action = menu->addAction(tr("%1 — %n update(s)", nullptr, it.value()).arg(site));
        action->setObjectName(u"upgradeSite_"_s + site);
        connect(action, &QAction::triggered, this, [this, site] { openUpgradeAll(site); });
    }
}

void ModulesPage::updateActions()
{
    const bool readOnly = m_services.isReadOnly();
    const bool selected = !currentModule().isEmpty();
    m_install->setEnabled(selected && !readOnly);
    m_upgradeSite->setEnabled(!readOnly && m_model->updateCount() > 0);
    if (readOnly) {
        m_install->setToolTip(tr("This is a read-only snapshot: nothing can be installed from it."));
        m_upgradeSite->setToolTip(m_install->toolTip());
    } else {
        m_install->setToolTip(selected ? tr("Install the selected module on sites you choose")
                                       : tr("Select a module to install"));
        m_upgradeSite->setToolTip(m_model->updateCount() > 0
                                      ? tr("Upgrade every module of one site that has an update")
                                      : tr("No site runs an outdated module"));
    }
}

void ModulesPage::updateBadge(int count)
{
    m_badge->setText(tr("%n update(s) available", nullptr, count));
    m_badge->setToolTip(
        tr("Modules that at least one site runs at an older version; tick Updates to list them"));
    m_badge->setVisible(count > 0);
    updateActions();
}

void ModulesPage::checkLoaded()
{
    if (!m_services.registries().isSyncing())
        Q_EMIT loaded();
}

void ModulesPage::updateCatalogState()
{
    const QString tag = m_tag->currentData().toString();
    const QSignalBlocker block(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString& t : m_model->tags())
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(tag)));
    m_tag->setVisible(!m_model->tags().isEmpty());

    if (!m_model->catalog() || m_model->rowCount() == 0) {
        m_status->setText(
            m_services.isReadOnly()
                ? tr("A snapshot holds no registry catalog: the modules on offer are not part of it.")
                : m_services.registries().isSyncing()
                ? tr("Loading the registries' catalogs…")
                : tr("No registry catalog is loaded. Add a registry in Settings and refresh it; its "
                     "modules appear here."));
        m_status->show();
    } else {
        m_status->hide();
    }
    showDetails();
    updateActions();
}

void ModulesPage::showDetails()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const int row = current.isValid() ? m_filter->mapToSource(current).row() : -1;
    const CatalogModule* m = m_model->module(row);
    if (!m) {
        m_details->setHtml(u"<p style='color:gray'>"_s
                           + tr("Select a module to see its versions, dependencies "
                                "and the sites that have it.")
                                 .toHtmlEscaped()
                           + u"</p>"_s);
        return;
    }
    const QLocale locale;
    const Version latest = m_model->latestVersion(row);
    const CatalogVersion* entry = latest.isNull() ? nullptr : m->find(latest);
    QString html = u"<h3>%1</h3><p><code>%2</code> · %3</p>"_s.arg(
        (m->displayName.isEmpty() ? m->moduleName : m->displayName).toHtmlEscaped(), m->moduleName,
        current.siblingAtColumn(CatalogModel::KindColumn).data().toString().toHtmlEscaped());
    html += u"<p>%1</p>"_s.arg(m->description.toHtmlEscaped());
    if (!m->tags.isEmpty())
        html += u"<p>"_s + tr("Tags: %1").arg(m->tags.join(u", "_s)).toHtmlEscaped() + u"</p>"_s;
    html += u"<p>"_s + tr("From registry %1").arg(m->registry).toHtmlEscaped();
    if (!m->shadowedRegistries.isEmpty())
        html += u"<br>"_s
            + tr("Also offered by %1 (lower priority)")
                  .arg(m->shadowedRegistries.join(u", "_s))
                  .toHtmlEscaped();
    html += u"</p>"_s;
    html += u"<p><b>"_s
        + (entry && entry->licenseRequired ? tr("Needs a license key from its vendor.")
                                           : tr("No license key needed."))
              .toHtmlEscaped()
        + u"</b></p>"_s;

    html += u"<h4>"_s
        + tr("Dependencies of %1")
              .arg(latest.isNull() ? tr("the latest version") : latest.toString())
              .toHtmlEscaped()
        + u"</h4>"_s;
    if (!entry || (entry->dependencies.isEmpty() && entry->conflicts.isEmpty())) {
        html += u"<p>"_s + tr("None.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (auto it = entry->dependencies.cbegin(); it != entry->dependencies.cend(); ++it) {
            const QString text = it.key() == Manifest::coreName()
                ? tr("platform core %1").arg(it.value().toString())
                : tr("%1 %2").arg(it.key(), it.value().toString());
            html += u"<li>"_s + text.toHtmlEscaped() + u"</li>"_s;
        }
        for (auto it = entry->conflicts.cbegin(); it != entry->conflicts.cend(); ++it)
            html += u"<li>"_s
                + tr("cannot run beside %1 %2").arg(it.key(), it.value().toString()).toHtmlEscaped()
                + u"</li>"_s;
        html += u"</ul>"_s;
    }

    html += u"<h4>"_s + tr("Versions").toHtmlEscaped() + u"</h4><table cellpadding='2'>"_s;
    for (const CatalogVersion& v : m->versions) {
        QStringList notes;
        if (v.yanked)
            notes << tr("withdrawn");
        if (v.version.isPrerelease())
            notes << tr("prerelease");
        if (v.version == latest)
            notes << tr("latest");
        const QString version = v.yanked ? u"<s>%1</s>"_s.arg(v.version.toString().toHtmlEscaped())
                                         : v.version.toString().toHtmlEscaped();
        html += u"<tr><td>%1</td><td>%2</td><td>%3</td><td><i>%4</i></td></tr>"_s.arg(
            version,
            v.releasedAt.isValid() ? locale.toString(v.releasedAt.date(), QLocale::ShortFormat) : QString(),
            locale.formattedDataSize(v.size), notes.join(u", "_s).toHtmlEscaped());
    }
    html += u"</table>"_s;

    html += u"<h4>"_s + tr("Installed on").toHtmlEscaped() + u"</h4>"_s;
    const QList<CatalogModel::Installation> sites = m_model->installations(m->moduleName);
    if (sites.isEmpty()) {
        html += u"<p>"_s + tr("No site.").toHtmlEscaped() + u"</p>"_s;
    } else {
        html += u"<ul>"_s;
        for (const CatalogModel::Installation& i : sites) {
            QString line = tr("%1: %2 (%3)").arg(i.site, i.version.toString(), i.state);
            if (!latest.isNull() && i.version < latest)
                line = tr("%1 — update to %2 available").arg(line, latest.toString());
            html += u"<li>"_s + line.toHtmlEscaped() + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    m_details->setHtml(html);
}

} // namespace ms
