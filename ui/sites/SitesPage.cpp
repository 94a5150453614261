#include "sites/SitesPage.h"

#include "ConsoleServices.h"
#include "common/Async.h"
#include "common/Colours.h"
#include "health/HealthMonitor.h"
#include "inventory/Inventory.h"
#include "models/SiteFilterProxyModel.h"
#include "models/SiteTableModel.h"
#include "sites/SiteCardDelegate.h"
#include "sites/SitePage.h"
#include "targets/LocalTarget.h"

#include <QComboBox>
#include <QEvent>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

/// The sites and what is installed on each, read together off the GUI thread.
struct SitesAndModules
{
    Result<QList<Site>> sites;
    QHash<QString, QStringList> modules;
};

SitesAndModules readSites(const Inventory* inventory)
{
    SitesAndModules read {inventory->sites(), {}};
    if (!read.sites)
        return read;
    for (const Site& s : std::as_const(*read.sites)) {
        // Agent sites keep their lock on another machine; missing ones have none.
        if (s.status == SiteStatus::Missing || !s.agent.isEmpty())
            continue;
        const auto lock = LocalTarget(s.path, s.modulesDir).readLock();
        if (!lock)
            continue;
        QStringList names;
        for (const ModulesLock::Entry& e : lock->entries())
            names << e.moduleName;
        read.modules.insert(s.name, names);
    }
    return read;
}

/// Selects the item of @p combo whose data is @p value, else the first.
void selectData(QComboBox* combo, const QVariant& value)
{
    const int i = combo->findData(value);
    combo->setCurrentIndex(i < 0 ? 0 : i);
}

} // namespace

SitesPage::SitesPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new SiteTableModel(this))
    , m_proxy(new SiteFilterProxyModel(this))
    , m_stack(new QStackedWidget(this))
    , m_search(new QLineEdit(this))
    , m_environment(new QComboBox(this))
    , m_health(new QComboBox(this))
    , m_module(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_grid(new QListView(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
{
    setObjectName(u"sitesPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->sort(0);

    m_search->setObjectName(u"siteSearch"_s);
    m_search->setPlaceholderText(tr("Search sites by name, title, domain, port, plugin or feature"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SiteFilterProxyModel::setSearchText);

    m_environment->setObjectName(u"environmentFilter"_s);
    m_environment->setToolTip(tr("Only sites of this environment"));
    m_environment->addItem(tr("All environments"), QString());
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setEnvironment(m_environment->currentData().toString()); });

    m_health->setObjectName(u"healthFilter"_s);
    m_health->setToolTip(tr("Only sites in this health state"));
    m_health->addItem(tr("Any health"), SiteFilterProxyModel::AnyHealth);
    for (ScopeState s :
         {ScopeState::Up, ScopeState::NotReady, ScopeState::Down, ScopeState::Starting, ScopeState::Unknown})
        m_health->addItem(SiteTableModel::healthText(int(s)), int(s));
    m_health->addItem(SiteTableModel::healthText(-1), -1);
    connect(m_health, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setHealthState(m_health->currentData().toInt()); });

    m_module->setObjectName(u"moduleFilter"_s);
    m_module->setToolTip(tr("Only sites with this module installed"));
    m_module->addItem(tr("Any modules"), QString());
    m_module->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_module, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setModule(m_module->currentData().toString()); });

    m_count->setObjectName(u"siteCount"_s);
    auto updateCount = [this] {
        m_count->setText(m_proxy->rowCount() == m_model->rowCount()
                             ? tr("%n site(s)", nullptr, m_model->rowCount())
                             : tr("%1 of %n site(s)", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, updateCount);

    // One delegate paints every card: no widget per site, so a thousand sites scroll smoothly.
    m_grid->setObjectName(u"siteGrid"_s);
    m_grid->setModel(m_proxy);
    m_grid->setItemDelegate(new SiteCardDelegate(m_grid));
    m_grid->setViewMode(QListView::IconMode);
    m_grid->setUniformItemSizes(true);
    m_grid->setGridSize(SiteCardDelegate::cardSize());
    m_grid->setResizeMode(QListView::Adjust);
    m_grid->setMovement(QListView::Static);
    m_grid->setWrapping(true);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSpacing(0);
    m_grid->setMouseTracking(true);
    m_grid->setFrameShape(QFrame::NoFrame);
    m_grid->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_grid->setToolTip(tr("Double-click a site, or press Enter, to open its page"));
    m_grid->setBackgroundRole(QPalette::Window);
    auto open = [this](const QModelIndex& index) {
        openSite(index.data(SiteTableModel::SiteNameRole).toString());
    };
    connect(m_grid, &QAbstractItemView::activated, this, open);
    connect(m_grid, &QAbstractItemView::doubleClicked, this, open);

    m_banner->setObjectName(u"conflictBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    restyleBanner();
    m_bannerText->setObjectName(u"conflictBannerText"_s);
    m_bannerText->setWordWrap(true);
    m_bannerText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* fix = new QPushButton(tr("Review and fix…"), m_banner);
    fix->setObjectName(u"bannerFixButton"_s);
    connect(fix, &QPushButton::clicked, this, &SitesPage::fixRequested);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(fix);
    m_banner->hide();

    auto* gridPage = new QWidget(this);
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_environment);
    filters->addWidget(m_health);
    filters->addWidget(m_module);
    filters->addWidget(m_count);
    auto* gridLayout = new QVBoxLayout(gridPage);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->addWidget(m_banner);
    gridLayout->addLayout(filters);
    gridLayout->addWidget(m_grid, 1);

    m_stack->setObjectName(u"sitesStack"_s);
    m_stack->addWidget(gridPage);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex& from, const QModelIndex& to) {
                if (!m_sitePage)
                    return;
                const int row = m_model->rowOf(m_sitePage->site());
                if (row >= from.row() && row <= to.row())
                    updateSitePage();
            });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SitesPage::updateSitePage);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_stack);

    // Health: what the monitor knows now, then every change as it happens.
    HealthMonitor* health = &m_services.health();
    m_model->setHealth(health->sites());
    connect(health, &HealthMonitor::scopeChanged, this,
            [this](const ScopeHealth& h) { m_model->setHealth(h); });
    connect(&m_services.inventory(), &Inventory::sitesChanged, this, &SitesPage::reload,
            Qt::QueuedConnection);
}

void SitesPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyleBanner();
}

void SitesPage::restyleBanner()
{
    // A red tint of the palette's base and a red-leaning text colour: a warning that reads on
    // light and dark themes alike (a fixed pink stayed light on a dark desktop).
    using Colours::mix;
    const QPalette p = palette();
    const QColor red = Colours::conflict();
    const QColor base = p.color(QPalette::Base);
    m_banner->setStyleSheet(u"#conflictBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                            u" #conflictBanner QLabel { color: %3; }"_s.arg(
                                mix(base, red, 0.12f).name(), mix(base, red, 0.55f).name(),
                                mix(p.color(QPalette::Text), red, 0.45f).name()));
}

SitePage* SitesPage::sitePage()
{
    // Built when a site is first opened, not with the window: the console's first frame
    // shows the grid (or another page), never a site's tabs.
    if (m_sitePage)
        return m_sitePage;
    m_sitePage = new SitePage(m_services, this);
    m_stack->addWidget(m_sitePage);
    connect(m_sitePage, &SitePage::backRequested, this, &SitesPage::showGrid);
    connect(m_sitePage, &SitePage::modulesLoaded, this,
            [this](const QString& site, const QStringList& modules) {
                m_model->setInstalledModules({{site, modules}});
                updateFilterChoices();
            });
    Q_EMIT sitePageCreated(m_sitePage);
    return m_sitePage;
}

QString SitesPage::currentSite() const
{
    if (isSitePageShown())
        return m_sitePage->site();
    return m_grid->currentIndex().data(SiteTableModel::SiteNameRole).toString();
}

bool SitesPage::openSite(const QString& site)
{
    const Site* s = m_model->site(site);
    if (!s)
        return false;
    sitePage()->setSite(*s,
                        m_model->index(m_model->rowOf(site), 0).data(SiteTableModel::ConflictRole).toBool());
    const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(m_model->rowOf(site), 0));
    if (proxyIndex.isValid())
        m_grid->setCurrentIndex(proxyIndex);
    m_stack->setCurrentWidget(m_sitePage);
    return true;
}

void SitesPage::showGrid()
{
    m_stack->setCurrentIndex(0);
    m_grid->setFocus();
}

bool SitesPage::isSitePageShown() const
{
    return m_sitePage && m_stack->currentWidget() == m_sitePage;
}

void SitesPage::updateSitePage()
{
    // The open page follows the inventory: a rescan may change the site's ports or domains.
    if (!m_sitePage)
        return;
    const QString name = m_sitePage->site();
    if (name.isEmpty())
        return;
    if (const Site* s = m_model->site(name))
        m_sitePage->setSite(
            *s, m_model->index(m_model->rowOf(name), 0).data(SiteTableModel::ConflictRole).toBool());
}

void SitesPage::updateFilterChoices()
{
    // Environments present in the inventory, and every module installed somewhere; the
    // current choice stays when it still exists.
    QSet<QString> environments;
    for (const Site& s : m_model->sites()) {
        if (!s.environment.isEmpty())
            environments.insert(s.environment);
    }
    QStringList sortedEnvironments(environments.cbegin(), environments.cend());
    sortedEnvironments.sort();
    const QString environment = m_environment->currentData().toString();
    const QSignalBlocker blockEnvironment(m_environment);
    while (m_environment->count() > 1)
        m_environment->removeItem(1);
    for (const QString& e : std::as_const(sortedEnvironments))
        m_environment->addItem(e, e);
    selectData(m_environment, environment);

    const QString module = m_module->currentData().toString();
    const QSignalBlocker blockModule(m_module);
    while (m_module->count() > 1)
        m_module->removeItem(1);
    for (const QString& m : m_model->installedModuleNames())
        m_module->addItem(tr("Has %1").arg(m), m);
    selectData(m_module, module);
    // A choice that vanished falls back to "all": the proxy follows the combos.
    m_proxy->setEnvironment(m_environment->currentData().toString());
    m_proxy->setModule(m_module->currentData().toString());
}

void SitesPage::reload()
{
    // Loads run concurrently and may finish out of order: only the newest reload counts.
    Inventory* inventory = &m_services.inventory();
    const int generation = ++m_generation;
    m_loadsPending = 2;
    runAsync(
        this, [inventory] { return readSites(inventory); },
        [this, generation](const SitesAndModules& read) {
            if (generation != m_generation)
                return;
            if (read.sites) {
                m_model->setSites(*read.sites);
                m_model->setInstalledModules(read.modules);
            }
            updateFilterChoices();
            if (!m_grid->currentIndex().isValid() && m_proxy->rowCount() > 0)
                m_grid->setCurrentIndex(m_proxy->index(0, 0));
            if (--m_loadsPending == 0)
                Q_EMIT loaded(m_model->rowCount(), m_conflicts);
        });
    runAsync(
        this, [inventory] { return inventory->ports(); },
        [this, generation](const Result<Inventory::PortReport>& report) {
            if (generation != m_generation)
                return;
            QSet<QString> conflicted;
            QStringList lines;
            m_conflicts = 0;
            if (report) {
                for (const PortConflict& c : report->conflicts) {
                    if (c.kind == ConflictKind::InUseOnMachine)
                        continue;
                    ++m_conflicts;
                    lines << c.message.toHtmlEscaped();
                    for (const QString& s : c.sites)
                        conflicted.insert(s);
                }
            }
            m_model->setConflicted(conflicted);
            m_banner->setVisible(m_conflicts > 0);
            // Say what the fix will do, file and backup included, before anyone clicks it.
            QStringList moves;
            if (report) {
                for (const PortMove& m : report->plan.moves) {
                    moves << tr("%1 moves from port %2 to %3: %4 is rewritten and its previous content kept "
                                "beside it "
                                "as %5.")
                                 .arg(m.site)
                                 .arg(m.from)
                                 .arg(m.to)
                                 .arg(m.file, QFileInfo(m.file).fileName() + u".<UTC time>.bak"_s)
                                 .toHtmlEscaped();
                }
            }
            m_bannerText->setText(
                u"<b>"_s + tr("%n conflict(s) to fix:", nullptr, m_conflicts).toHtmlEscaped() + u"</b> "_s
                + lines.join(u"; "_s) + (moves.isEmpty() ? QString() : u"<br>"_s + moves.join(u"<br>"_s)));
            updateSitePage();
            if (--m_loadsPending == 0)
                Q_EMIT loaded(m_model->rowCount(), m_conflicts);
        });
}

} // namespace ms
