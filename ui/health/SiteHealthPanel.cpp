#include "SiteHealthPanel.h"

#include "ConsoleServices.h"
#include "common/ChartStyle.h"
#include "health/HealthMonitor.h"
#include "models/ProbeStateModel.h"
#include "store/Database.h"

#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr qint64 HourMs = 3600LL * 1000;

QChartView* chartView(QChart* chart, const QString& name, QWidget* parent)
{
    auto* view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(200);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return view;
}

} // namespace

SiteHealthPanel::SiteHealthPanel(ConsoleServices& services, QWidget* parent)
    : QWidget(parent)
    , m_services(services)
    , m_model(new ProbeStateModel(this))
    , m_title(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_window(new QComboBox(this))
    , m_table(new QTableView(this))
    , m_latency(new QChart)
    , m_latencyView(chartView(m_latency, u"latencyChart"_s, this))
    , m_uptime(new QChart)
    , m_uptimeView(chartView(m_uptime, u"uptimeChart"_s, this))
    , m_timer(new QTimer(this))
{
    setObjectName(u"siteHealthPanel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.2);
    m_title->setFont(bold);
    m_title->setObjectName(u"siteHealthTitle"_s);
    m_summary->setObjectName(u"siteHealthSummary"_s);
    m_summary->setWordWrap(true);
    m_window->setObjectName(u"healthWindow"_s);
    m_window->addItem(tr("Last hour"), HourMs);
    m_window->addItem(tr("Last 24 hours"), 24 * HourMs);
    m_window->addItem(tr("Last 7 days"), 7 * 24 * HourMs);
    m_window->setCurrentIndex(1);
    m_window->setToolTip(tr("The span the charts cover"));
    connect(m_window, &QComboBox::currentIndexChanged, this, &SiteHealthPanel::reload);

    m_table->setObjectName(u"probeTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto* head = new QHBoxLayout;
    head->addWidget(m_title, 1);
    head->addWidget(new QLabel(tr("Show:"), this));
    head->addWidget(m_window);
    auto* charts = new QHBoxLayout;
    charts->addWidget(m_latencyView, 1);
    charts->addWidget(m_uptimeView, 1);
    auto* column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    column->addLayout(head);
    column->addWidget(m_summary);
    column->addWidget(m_table, 1);
    column->addLayout(charts, 2);

    HealthMonitor& health = m_services.health();
    connect(&health, &HealthMonitor::probeChanged, this, [this](const ProbeStatus& status) {
        if (status.site == m_site)
            m_model->update(status);
    });
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
    });
    m_timer->start();
    restyle();
    setSite({});
}

SiteHealthPanel::~SiteHealthPanel() = default;

void SiteHealthPanel::setSite(const QString& site)
{
    m_site = site;
    m_title->setText(site.isEmpty() ? tr("No site selected") : tr("Health of %1").arg(site));
    fillProbes();
    reload();
}

void SiteHealthPanel::fillProbes()
{
    QList<ProbeStatus> probes;
    if (!m_site.isEmpty()) {
        for (const ProbeStatus& p : m_services.health().probes()) {
            if (p.site == m_site)
                probes << p;
        }
    }
    m_model->setProbes(probes);
    m_table->resizeColumnsToContents();
}

void SiteHealthPanel::reload()
{
    const int generation = ++m_generation;
    if (m_site.isEmpty()) {
        showSeries({}, {});
        Q_EMIT loaded();
        return;
    }
    const QDateTime now = m_services.database().clock().now();
    const TimeWindow window = TimeWindow::last(m_window->currentData().toLongLong(), now);
    HealthQueryJob* job = m_services.health().seriesJob(HealthScope::ofSite(m_site), window, 0, this);
    connect(job, &Job::finished, this, [this, job, generation, window] {
        job->deleteLater();
        if (generation != m_generation)
            return; // another site or window was asked for since
        if (!job->succeeded() && job->error().code() != ErrorCode::NotFound)
            m_summary->setText(tr("The history cannot be read: %1").arg(job->error().toString()));
        showSeries(job->succeeded() ? job->series() : QList<SeriesPoint> {}, window);
        Q_EMIT loaded();
    });
    job->start();
}

void SiteHealthPanel::showSeries(const QList<SeriesPoint>& series, const TimeWindow& window)
{
    m_series = series;
    for (QChart* chart : {m_latency, m_uptime}) {
        chart->removeAllSeries();
        for (QAbstractAxis* axis : chart->axes())
            chart->removeAxis(axis);
    }
    auto* p50 = new QLineSeries;
    p50->setName(tr("Median"));
    auto* p95 = new QLineSeries;
    p95->setName(tr("95th percentile"));
    auto* uptime = new QLineSeries;
    uptime->setName(tr("Uptime"));
    qint64 samples = 0, failures = 0;
    double maxMs = 0;
    for (const SeriesPoint& p : series) {
        const qreal x = qreal(p.start.toMSecsSinceEpoch());
        samples += p.samples;
        failures += p.failures;
        if (p.latency.count > 0) {
            p50->append(x, double(p.latency.p50Us) / 1000.0);
            p95->append(x, double(p.latency.p95Us) / 1000.0);
            maxMs = qMax(maxMs, double(p.latency.p95Us) / 1000.0);
        }
        if (p.samples > 0)
            uptime->append(x, p.uptimePercent());
    }
    m_latency->addSeries(p50);
    m_latency->addSeries(p95);
    m_uptime->addSeries(uptime);
    const bool shortWindow = window.lengthMs() <= 24 * HourMs;
    auto axes = [&](QChart* chart, const QString& title, double top) {
        auto* x = new QDateTimeAxis;
        x->setFormat(shortWindow ? u"HH:mm"_s : u"dd MMM"_s);
        x->setTickCount(shortWindow ? 7 : 8);
        if (window.isValid())
            x->setRange(window.from.toLocalTime(), window.to.toLocalTime());
        auto* y = new QValueAxis;
        y->setTitleText(title);
        y->setRange(0, top);
        y->applyNiceNumbers();
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        for (QAbstractSeries* s : chart->series()) {
            s->attachAxis(x);
            s->attachAxis(y);
        }
    };
    axes(m_latency, tr("Latency (ms)"), qMax(10.0, maxMs * 1.15));
    axes(m_uptime, tr("Uptime (%)"), 100);
    m_latency->setTitle(tr("Latency"));
    m_uptime->setTitle(tr("Uptime"));
    if (m_site.isEmpty()) {
        m_summary->setText(tr("Select a site to see its probes and their history."));
    } else if (samples == 0) {
        m_summary->setText(tr("No probe results in this window."));
    } else {
        m_summary->setText(
            tr("%n probe result(s) in this window, %1% passed.", nullptr, int(samples))
                .arg(QLocale().toString(100.0 * double(samples - failures) / double(samples), 'f', 2)));
    }
    restyle();
}

void SiteHealthPanel::restyle()
{
    for (QChart* chart : {m_latency, m_uptime}) {
        ChartStyle::apply(chart, palette());
        const QList<QAbstractSeries*> series = chart->series();
        for (int i = 0; i < series.size(); ++i) {
            auto* line = qobject_cast<QLineSeries*>(series.at(i));
            if (!line)
                continue;
            QColor colour = chart == m_uptime ? ChartStyle::uptime() : ChartStyle::latency();
            if (i == 1)
                colour = colour.lighter(150);
            QPen pen(colour);
            pen.setWidthF(2);
            line->setPen(pen);
        }
    }
}

void SiteHealthPanel::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        restyle();
}

} // namespace ms
