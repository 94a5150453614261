#include "HealthPage.h"

#include "ConsoleServices.h"
#include "common/Async.h"
#include "health/HealthMonitor.h"
#include "health/SiteHealthPanel.h"
#include "inventory/Inventory.h"
#include "models/SiteHealthModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ms {

HealthPage::HealthPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new SiteHealthModel(this))
    , m_table(new QTableView(this))
    , m_panel(new SiteHealthPanel(services, this))
    , m_note(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(u"healthPage"_s);
    m_table->setObjectName(u"healthTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_note->setObjectName(u"healthNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(
        m_services.isReadOnly()
            ? tr("A snapshot is not probed: states are unknown; the history is the snapshot's.")
            : tr("Sites are probed while the console runs; states follow each probe's thresholds."));
    m_note->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QWidget(this);
    auto* topColumn = new QVBoxLayout(top);
    topColumn->setContentsMargins(0, 0, 0, 0);
    topColumn->addWidget(m_table, 1);
    topColumn->addWidget(m_note);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 2);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(12, 12, 12, 12);
    column->addWidget(split);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& i) {
                const QString site = i.isValid() ? i.data(SiteHealthModel::SiteRole).toString() : QString();
                if (site != m_panel->site())
                    m_panel->setSite(site);
            });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &HealthPage::refresh);
    HealthMonitor& health = m_services.health();
    connect(&health, &HealthMonitor::scopeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(&health, &HealthMonitor::probeChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(&health, &HealthMonitor::breakerChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(&m_services.inventory(), &Inventory::sitesChanged, this, &HealthPage::reload);
    reload();
}

void HealthPage::reload()
{
    const int generation = ++m_generation;
    Inventory* inventory = &m_services.inventory();
    runAsync(
        this, [inventory] { return inventory->sites(); },
        [this, generation](const Result<QList<Site>>& sites) {
            if (generation != m_generation)
                return;
            if (sites) {
                m_sites.clear();
                for (const Site& s : *sites) {
                    if (s.status != SiteStatus::Missing)
                        m_sites << s.name;
                }
            } else {
                m_note->setText(tr("The sites cannot be read: %1").arg(sites.error().toString()));
            }
            refresh();
            if (!m_pendingSelection.isEmpty()) {
                if (!selectSite(m_pendingSelection))
                    m_pendingSelection.clear(); // no such site
            } else if (!m_table->currentIndex().isValid() && m_model->rowCount() > 0)
                m_table->selectRow(0);
            Q_EMIT loaded(m_model->rowCount());
        });
}

void HealthPage::refresh()
{
    HealthMonitor& health = m_services.health();
    m_model->update(m_sites, health.sites(), health.probes(), health.breakers());
    m_table->resizeColumnsToContents();
}

bool HealthPage::selectSite(const QString& site)
{
    const int row = m_model->rowOf(site);
    if (row < 0) {
        // Not loaded yet: select it when the sites are in.
        m_pendingSelection = site;
        return false;
    }
    m_pendingSelection.clear();
    m_table->selectRow(row);
    m_panel->setSite(site);
    return true;
}

} // namespace ms
