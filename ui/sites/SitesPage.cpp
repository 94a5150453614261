#include "sites/SitesPage.h"

#include "ConsoleServices.h"
#include "common/Async.h"
#include "inventory/Inventory.h"
#include "models/SiteTableModel.h"
#include "sites/SiteDetailsView.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

SitesPage::SitesPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new SiteTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_details(new SiteDetailsView(this))
    , m_banner(new QFrame(this))
    , m_bannerText(new QLabel(m_banner))
{
    setObjectName(u"sitesPage"_s);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1); // every column: name, title, domains, port, plugins
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(u"siteSearch"_s);
    m_search->setPlaceholderText(tr("Search sites by name, title, domain, port or plugin"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_table->setObjectName(u"siteTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SiteTableModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &SitesPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &SitesPage::updateDetails);

    m_details->setObjectName(u"siteDetails"_s);
    m_details->setMinimumWidth(280);

    m_banner->setObjectName(u"conflictBanner"_s);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(u"#conflictBanner { background: #fdecea; border: 1px solid #e6a19a; border-radius: 4px; }"
                            u" #conflictBanner QLabel { color: #7b241c; }"_s);
    m_bannerText->setWordWrap(true);
    auto* fix = new QPushButton(tr("Review and fix…"), m_banner);
    fix->setObjectName(u"bannerFixButton"_s);
    connect(fix, &QPushButton::clicked, this, &SitesPage::fixRequested);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(fix);
    m_banner->hide();

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_search);
    layout->addWidget(splitter, 1);

    connect(&m_services.inventory(), &Inventory::sitesChanged, this, &SitesPage::reload, Qt::QueuedConnection);
}

QString SitesPage::currentSite() const
{
    return m_table->currentIndex().data(SiteTableModel::SiteNameRole).toString();
}

void SitesPage::reload()
{
    // Loads run concurrently and may finish out of order: only the newest reload counts.
    Inventory* inventory = &m_services.inventory();
    const int generation = ++m_generation;
    m_loadsPending = 2;
    runAsync(this, [inventory] { return inventory->sites(); }, [this, generation](const Result<QList<Site>>& sites) {
        if (generation != m_generation)
            return;
        if (sites)
            m_model->setSites(*sites);
        if (m_table->currentIndex().isValid() == false && m_proxy->rowCount() > 0)
            m_table->selectRow(0);
        if (--m_loadsPending == 0)
            Q_EMIT loaded(m_model->rowCount(), m_conflicts);
        if (!m_sized && m_model->rowCount() > 0) {
            m_table->resizeColumnsToContents();
            m_sized = true;
        }
    });
    runAsync(this, [inventory] { return inventory->ports(); }, [this, generation](const Result<Inventory::PortReport>& report) {
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
                lines << c.message;
                for (const QString& s : c.sites)
                    conflicted.insert(s);
            }
        }
        m_model->setConflicted(conflicted);
        m_banner->setVisible(m_conflicts > 0);
        m_bannerText->setText(u"<b>"_s + tr("%n conflict(s) to fix:", nullptr, m_conflicts).toHtmlEscaped()
                              + u"</b> "_s + lines.join(u"; "_s).toHtmlEscaped());
        updateDetails();
        if (--m_loadsPending == 0)
            Q_EMIT loaded(m_model->rowCount(), m_conflicts);
    });
}

void SitesPage::updateDetails()
{
    const QString name = currentSite();
    const Site* site = m_model->site(name);
    const int row = m_model->rowOf(name);
    m_details->setSite(site, row >= 0 && m_model->index(row, 0).data(SiteTableModel::ConflictRole).toBool());
}

} // namespace ms
