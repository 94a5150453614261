#include "DashboardPage.h"

#include "ConsoleServices.h"
#include "audit/AuditLog.h"
#include "common/Async.h"
#include "common/ChartStyle.h"
#include "health/HealthMonitor.h"
#include "inventory/Inventory.h"
#include "models/AuditTableModel.h"
#include "registry/RegistryService.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr int KindRole = Qt::UserRole + 1;
constexpr int PageRole = Qt::UserRole + 2;
constexpr int SiteRole = Qt::UserRole + 3;
constexpr int RefreshMs = 30'000;
constexpr qint64 LicenseRecheckMs = 10 * 60 * 1000;

QColor stateColour(ScopeState state, const QPalette& palette)
{
    switch (state) {
    case ScopeState::Up:
        return ChartStyle::uptime();
    case ScopeState::NotReady:
        return QColor(0xd0, 0x8b, 0x00);
    case ScopeState::Down:
        return ChartStyle::failures();
    case ScopeState::Starting:
        return ChartStyle::latency();
    case ScopeState::Unknown:
        break;
    }
    return palette.color(QPalette::PlaceholderText);
}

} // namespace

DashboardPage::DashboardPage(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_timer(new QTimer(this))
    , m_healthDebounce(new QTimer(this))
    , m_attentionList(new QListWidget(this))
    , m_chart(new QChart)
    , m_chartView(new QChartView(m_chart, this))
    , m_chartNote(new QLabel(this))
    , m_recent(new AuditTableModel(this))
    , m_recentView(new QTableView(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"dashboardPage"_s);
    auto* content = new QWidget;
    auto* grid = new QGridLayout(content);
    grid->setContentsMargins(16, 16, 16, 16);
    grid->setSpacing(12);

    // The empty workspace's way in: the demo, or the apps directory the administrator adds.
    m_demoPanel = new QFrame(this);
    m_demoPanel->setObjectName(u"demoPanel"_s);
    m_demoPanel->setFrameShape(QFrame::StyledPanel);
    auto* demoText = new QLabel(tr("<b>No sites yet.</b> Add an apps directory (a folder with one folder per "
                                   "site) from the File menu, or look around the demo workspace first: five "
                                   "sites with a port conflict to fix and a signed registry of modules."),
                                m_demoPanel);
    demoText->setWordWrap(true);
    auto* demoButton = new QPushButton(tr("Open the demo workspace"), m_demoPanel);
    demoButton->setObjectName(u"openDemo"_s);
    connect(demoButton, &QPushButton::clicked, this, &DashboardPage::demoRequested);
    auto* demoRow = new QHBoxLayout(m_demoPanel);
    demoRow->addWidget(demoText, 1);
    demoRow->addWidget(demoButton);
    m_demoPanel->hide();
    grid->addWidget(m_demoPanel, 0, 0, 1, 3);

    m_error->setObjectName(u"dashboardError"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    grid->addWidget(m_error, 1, 0, 1, 3);

    grid->addWidget(stat(u"totalSites"_s, tr("Sites"), &m_sites), 2, 0);
    grid->addWidget(stat(u"totalModules"_s, tr("Modules installed"), &m_modules), 2, 1);
    grid->addWidget(stat(u"operationsToday"_s, tr("Operations today"), &m_operations), 2, 2);

    // Sites by health state, one line per state.
    auto* states = new QWidget(this);
    auto* stateRows = new QGridLayout(states);
    stateRows->setContentsMargins(0, 0, 0, 0);
    const QList<std::pair<ScopeState, QString>> names = {
        {ScopeState::Up, u"up"_s},           {ScopeState::NotReady, u"not_ready"_s},
        {ScopeState::Down, u"down"_s},       {ScopeState::Starting, u"starting"_s},
        {ScopeState::Unknown, u"unknown"_s},
    };
    int r = 0;
    for (const auto& [state, name] : names) {
        auto* dot = new QLabel(states);
        dot->setObjectName(u"healthDot_"_s + name);
        auto* label = new QLabel(HealthNames::describe(state), states);
        auto* count = new QLabel(u"0"_s, states);
        count->setObjectName(u"healthCount_"_s + name);
        count->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        stateRows->addWidget(dot, r, 0);
        stateRows->addWidget(label, r, 1);
        stateRows->addWidget(count, r, 2);
        m_stateCounts.insert(int(state), count);
        ++r;
    }
    stateRows->setColumnStretch(1, 1);
    stateRows->setRowStretch(r, 1);
    grid->addWidget(card(tr("Sites by health"), states), 3, 0);

    m_attentionList->setObjectName(u"attentionList"_s);
    m_attentionList->setFrameShape(QFrame::NoFrame);
    m_attentionList->setWordWrap(true);
    m_attentionList->setMouseTracking(true);
    // As tall as the health card beside it; more items scroll.
    m_attentionList->setMinimumHeight(fontMetrics().height() * 5);
    m_attentionList->setMaximumHeight(fontMetrics().height() * 7);
    m_attentionList->viewport()->setCursor(Qt::PointingHandCursor);
    connect(m_attentionList, &QListWidget::itemClicked, this, &DashboardPage::follow);
    connect(m_attentionList, &QListWidget::itemActivated, this, &DashboardPage::follow);
    grid->addWidget(card(tr("Needs attention"), m_attentionList), 3, 1, 1, 2);

    // Probe failures (bars) and the median latency (line) per hour.
    m_chartView->setObjectName(u"healthChart"_s);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(240);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chartNote->setObjectName(u"healthChartNote"_s);
    m_chartNote->setWordWrap(true);
    auto* chartBox = new QWidget(this);
    auto* chartColumn = new QVBoxLayout(chartBox);
    chartColumn->setContentsMargins(0, 0, 0, 0);
    chartColumn->addWidget(m_chartView, 1);
    chartColumn->addWidget(m_chartNote);
    grid->addWidget(card(tr("Probe failures and latency, last 24 hours"), chartBox), 4, 0, 1, 3);

    m_recentView->setObjectName(u"recentOperations"_s);
    m_recentView->setModel(m_recent);
    m_recentView->setSelectionMode(QAbstractItemView::NoSelection);
    m_recentView->setFrameShape(QFrame::NoFrame);
    m_recentView->verticalHeader()->hide();
    m_recentView->setShowGrid(false);
    m_recentView->setWordWrap(false);
    m_recentView->horizontalHeader()->setStretchLastSection(true);
    m_recentView->setColumnHidden(AuditTableModel::User, true);
    m_recentView->setMinimumHeight(fontMetrics().height() * 8);
    grid->addWidget(card(tr("Last operations"), m_recentView), 5, 0, 1, 3);
    for (int c = 0; c < 3; ++c)
        grid->setColumnStretch(c, 1);
    grid->setRowStretch(6, 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    restyle();

    m_timer->setInterval(RefreshMs);
    connect(m_timer, &QTimer::timeout, this, &DashboardPage::reload);
    m_timer->start();
    // Health states come in bursts (a batch every 100 ms): update once they settle.
    m_healthDebounce->setSingleShot(true);
    m_healthDebounce->setInterval(500);
    connect(m_healthDebounce, &QTimer::timeout, this, [this] {
        updateHealth();
        updateAttention();
    });
    HealthMonitor& health = m_services.health();
    connect(&health, &HealthMonitor::scopeChanged, m_healthDebounce, qOverload<>(&QTimer::start));
    connect(&health, &HealthMonitor::probeChanged, m_healthDebounce, qOverload<>(&QTimer::start));
    connect(&m_services.inventory(), &Inventory::sitesChanged, this, &DashboardPage::reload);
    connect(&m_services.audit(), &AuditLog::recorded, this, &DashboardPage::reload);
    connect(&m_services.registries(), &RegistryService::catalogChanged, this, &DashboardPage::reload);
    connect(&m_services.registries(), &RegistryService::registriesChanged, this, &DashboardPage::reload);
    reload();
}

DashboardPage::~DashboardPage() = default;

QFrame* DashboardPage::card(const QString& title, QWidget* body)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(12, 10, 12, 12);
    auto* heading = new QLabel(title, frame);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    column->addWidget(heading);
    column->addWidget(body, 1);
    return frame;
}

QWidget* DashboardPage::stat(const QString& objectName, const QString& caption, QLabel** value)
{
    auto* frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto* column = new QVBoxLayout(frame);
    column->setContentsMargins(12, 10, 12, 12);
    *value = new QLabel(u"–"_s, frame);
    (*value)->setObjectName(objectName);
    QFont big = (*value)->font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    big.setBold(true);
    (*value)->setFont(big);
    auto* label = new QLabel(caption, frame);
    label->setForegroundRole(QPalette::PlaceholderText);
    column->addWidget(*value);
    column->addWidget(label);
    return frame;
}

void DashboardPage::setOfferDemo(bool offer)
{
    m_offerDemo = offer;
    m_demoPanel->setVisible(m_offerDemo && !m_services.isReadOnly() && m_data.appsDirs == 0
                            && m_data.sites == 0 && !m_loading);
}

void DashboardPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    ConsoleServices* services = &m_services;
    const QDateTime now = m_services.database().clock().now();
    const RetentionSettings retention = m_services.health().settings().retention;
    auto catalog = m_services.registries().catalog();
    runAsync(
        this,
        [services, now, retention, catalog] {
            return DashboardData::load(*services, now, retention, catalog);
        },
        [this](const DashboardData& data) {
            m_loading = false;
            display(data);
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reload();
                return;
            }
            Q_EMIT loaded();
        });
}

void DashboardPage::display(const DashboardData& data)
{
    m_data = data;
    m_error->setVisible(data.error.isError());
    m_error->setText(tr("Part of the dashboard could not be read: %1").arg(data.error.toString()));
    setOfferDemo(m_offerDemo);
    const QLocale locale;
    m_sites->setText(locale.toString(data.sites));
    m_modules->setText(locale.toString(data.modules));
    m_operations->setText(locale.toString(data.operationsToday));
    m_recent->setRecords(data.recentOperations);
    m_recentView->resizeColumnsToContents();
    updateHealth();
    updateChart();
    checkLicenses();
    updateAttention();
}

void DashboardPage::updateHealth()
{
    QHash<int, int> counts;
    int known = 0;
    const QStringList present = m_data.siteNames;
    for (const ScopeHealth& h : m_services.health().sites()) {
        if (!present.contains(h.site))
            continue;
        ++counts[int(h.state)];
        ++known;
    }
    // Sites the monitor has not seen yet (a snapshot is never probed) count as unknown.
    counts[int(ScopeState::Unknown)] += qMax(0, int(present.size()) - known);
    const QLocale locale;
    for (auto it = m_stateCounts.cbegin(); it != m_stateCounts.cend(); ++it)
        it.value()->setText(locale.toString(counts.value(it.key())));
}

void DashboardPage::updateAttention()
{
    QList<AttentionItem> items;
    for (const PortConflict& c : std::as_const(m_data.conflicts)) {
        // The site that moves (the first keeps the port), or the only one.
        items.append({AttentionItem::Kind::PortConflict, c.message, u"sites"_s,
                      c.sites.size() > 1 ? c.sites.at(1) : c.sites.value(0)});
    }
    // Failing probes, one line per site.
    QMap<QString, QStringList> failing;
    QHash<QString, QString> firstError;
    for (const ProbeStatus& p : m_services.health().probes()) {
        if (p.state != ProbeState::Failing || !m_data.siteNames.contains(p.site))
            continue;
        failing[p.site] << (p.module.isEmpty() ? p.name : p.module + u'/' + p.name);
        if (!firstError.contains(p.site))
            firstError.insert(p.site, p.lastError);
    }
    for (auto it = failing.cbegin(); it != failing.cend(); ++it) {
        const QString error = firstError.value(it.key());
        const QString text = error.isEmpty()
            ? tr("%1: %n probe(s) failing (%2)", nullptr, int(it.value().size()))
                  .arg(it.key(), it.value().join(u", "_s))
            : tr("%1: %n probe(s) failing (%2): %3", nullptr, int(it.value().size()))
                  .arg(it.key(), it.value().join(u", "_s), error);
        items.append({AttentionItem::Kind::FailingProbe, text, u"health"_s, it.key()});
    }
    for (auto it = m_licenseProblems.cbegin(); it != m_licenseProblems.cend(); ++it)
        items.append({AttentionItem::Kind::License, it.value(), u"modules"_s, it.key().section(u'/', 0, 0)});
    for (const RegistryRecord& r : std::as_const(m_data.failedRegistries)) {
        items.append({AttentionItem::Kind::Registry,
                      tr("Registry %1 could not be refreshed: %2").arg(r.name, r.lastErrorMessage),
                      u"settings"_s,
                      {}});
    }
    m_attention = items;

    m_attentionList->clear();
    if (items.isEmpty()) {
        auto* none = new QListWidgetItem(tr("Nothing needs attention."), m_attentionList);
        none->setFlags(Qt::NoItemFlags);
        return;
    }
    static const QHash<int, QString> hints = {
        {int(AttentionItem::Kind::PortConflict), tr("Open the port fix")},
        {int(AttentionItem::Kind::FailingProbe), tr("Show the site's health")},
        {int(AttentionItem::Kind::License), tr("Show the site's modules")},
        {int(AttentionItem::Kind::Registry), tr("Show the registries")},
    };
    for (const AttentionItem& a : std::as_const(items)) {
        auto* item = new QListWidgetItem(a.text, m_attentionList);
        item->setData(KindRole, int(a.kind));
        item->setData(PageRole, a.page);
        item->setData(SiteRole, a.site);
        item->setToolTip(hints.value(int(a.kind)));
        item->setForeground(palette().brush(QPalette::Link));
        item->setIcon(QIcon::fromTheme(u"dialog-warning"_s));
    }
}

void DashboardPage::follow(QListWidgetItem* item)
{
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    const auto kind = AttentionItem::Kind(item->data(KindRole).toInt());
    Q_EMIT navigateRequested(item->data(PageRole).toString(), item->data(SiteRole).toString());
    if (kind == AttentionItem::Kind::PortConflict)
        Q_EMIT portFixRequested();
}

void DashboardPage::updateChart()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis* axis : m_chart->axes())
        m_chart->removeAxis(axis);
    auto* failures = new QBarSet(tr("Failed probes"));
    auto* latency = new QLineSeries;
    latency->setName(tr("Median latency (ms)"));
    QStringList hours;
    qint64 samples = 0;
    qint64 maxFailures = 0;
    double maxLatency = 0;
    for (int i = 0; i < m_data.hours.size(); ++i) {
        const HourlyHealth& h = m_data.hours.at(i);
        hours << QLocale().toString(h.start.toLocalTime().time(), u"HH"_s);
        *failures << double(h.failures);
        maxFailures = qMax(maxFailures, h.failures);
        samples += h.samples;
        if (h.latencyP50Us >= 0) {
            const double ms = double(h.latencyP50Us) / 1000.0;
            latency->append(i, ms);
            maxLatency = qMax(maxLatency, ms);
        }
    }
    auto* bars = new QBarSeries;
    bars->append(failures);
    m_chart->addSeries(bars);
    m_chart->addSeries(latency);
    auto* x = new QBarCategoryAxis;
    x->append(hours);
    x->setTitleText(tr("Hour"));
    auto* left = new QValueAxis;
    left->setTitleText(tr("Failures"));
    left->setLabelFormat(u"%d"_s);
    left->setRange(0, double(qMax<qint64>(4, maxFailures)));
    left->applyNiceNumbers();
    auto* right = new QValueAxis;
    right->setTitleText(tr("ms"));
    right->setRange(0, qMax(10.0, maxLatency * 1.15));
    right->applyNiceNumbers();
    m_chart->addAxis(x, Qt::AlignBottom);
    m_chart->addAxis(left, Qt::AlignLeft);
    m_chart->addAxis(right, Qt::AlignRight);
    bars->attachAxis(x);
    bars->attachAxis(left);
    latency->attachAxis(x);
    latency->attachAxis(right);
    m_chartNote->setVisible(samples == 0);
    m_chartNote->setText(m_services.isReadOnly()
                             ? tr("No probe results in the last 24 hours of this snapshot.")
                             : tr("No probe results in the last 24 hours yet: sites are probed while the "
                                  "console runs."));
    restyle();
}

void DashboardPage::restyle()
{
    ChartStyle::apply(m_chart, palette());
    // The chart theme resets the series' colours.
    for (QAbstractSeries* s : m_chart->series()) {
        if (auto* bars = qobject_cast<QBarSeries*>(s)) {
            for (QBarSet* set : bars->barSets()) {
                set->setColor(ChartStyle::failures());
                set->setBorderColor(ChartStyle::failures());
            }
        } else if (auto* line = qobject_cast<QLineSeries*>(s)) {
            QPen pen(ChartStyle::latency());
            pen.setWidthF(2);
            line->setPen(pen);
        }
    }
    for (auto it = m_stateCounts.cbegin(); it != m_stateCounts.cend(); ++it) {
        const QString name = it.value()->objectName().section(u'_', 1);
        if (auto* dot = findChild<QLabel*>(u"healthDot_"_s + name))
            dot->setText(u"<span style=\"color:%1\">●</span>"_s.arg(
                stateColour(ScopeState(it.key()), palette()).name()));
    }
    for (int i = 0; i < m_attentionList->count(); ++i) {
        if (m_attentionList->item(i)->flags() & Qt::ItemIsEnabled)
            m_attentionList->item(i)->setForeground(palette().brush(QPalette::Link));
    }
}

void DashboardPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

void DashboardPage::checkLicenses()
{
    // The keychain is asked at most every ten minutes, or when the licensed modules change;
    // a snapshot is never asked (its keys are on another machine, if anywhere).
    if (m_services.isReadOnly() || m_licenseJobs > 0)
        return;
    QStringList keys;
    for (const LicensedModule& m : std::as_const(m_data.licensed))
        keys << m.site + u'/' + m.module;
    const QDateTime now = m_services.database().clock().now();
    if (keys == m_licensesChecked && m_licensesCheckedAt.isValid()
        && m_licensesCheckedAt.msecsTo(now) < LicenseRecheckMs)
        return;
    m_licensesChecked = keys;
    m_licensesCheckedAt = now;
    m_licenseProblems.clear();
    if (!m_data.verifier)
        return;
    const LicenseVerifier verifier = *m_data.verifier;
    const QString installation = m_data.installationId;
    for (const LicensedModule& m : std::as_const(m_data.licensed)) {
        SecretJob* job = m_services.secrets().read(SecretStore::licenseKey(m.site, m.module));
        ++m_licenseJobs;
        connect(job, &Job::finished, this, [this, job, m, verifier, installation] {
            job->deleteLater();
            --m_licenseJobs;
            // No key in the keychain: it came from a file at install time; nothing to check.
            if (!job->succeeded())
                return;
            const QString key = m.site + u'/' + m.module;
            auto claims = verifier.verify(job->value(), m.module, installation);
            if (!claims) {
                if (claims.error().code() == ErrorCode::Expired)
                    m_licenseProblems.insert(
                        key, tr("%1 on %2: %3").arg(m.module, m.site, claims.error().message()));
            } else {
                const qint64 days = m_services.database().clock().now().daysTo(claims->expiresAt);
                if (days <= LicenseWarningDays) {
                    m_licenseProblems.insert(
                        key,
                        tr("%1 on %2: the license expires on %3", nullptr)
                            .arg(m.module, m.site,
                                 QLocale().toString(claims->expiresAt.toLocalTime().date(),
                                                    QLocale::ShortFormat)));
                }
            }
            updateAttention();
        });
        job->start();
    }
}

} // namespace ms
