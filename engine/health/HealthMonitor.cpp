#include "health/HealthMonitor.h"

#include "health/HealthScheduler.h"
#include "store/SettingsRepository.h"

#include <QThread>
#include <QTimer>

namespace ms {

// Lives on the monitor's thread and hands what the scheduler reports to the monitor's
// thread: the per-sample reports (a probe's status, the sample) in batches every
// BatchMs, everything else at once but after the batch it follows — so the GUI thread is
// woken ten times a second, not twice per probe, and still sees things in order.
class HealthMonitor::Relay : public QObject
{
public:
    static constexpr int BatchMs = 100;

    Relay(HealthScheduler* scheduler, HealthMonitor* monitor)
        : QObject(scheduler)
        , m_monitor(monitor)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &Relay::flush);
        connect(scheduler, &HealthScheduler::probeChanged, this, [this](const ProbeStatus& s) {
            if (!m_probes.contains(s.key))
                m_probeOrder << s.key;
            m_probes.insert(s.key, s);
            arm();
        });
        connect(scheduler, &HealthScheduler::sampleRecorded, this, [this](const HealthSample& s) {
            m_samples.append(s);
            arm();
        });
    }

    /// Sends the batch, then @p call on the monitor's thread.
    template<typename Call> void forward(Call call)
    {
        flush();
        QMetaObject::invokeMethod(m_monitor, std::move(call), Qt::QueuedConnection);
    }

    void flush()
    {
        m_timer.stop();
        if (m_probes.isEmpty() && m_samples.isEmpty())
            return;
        QList<ProbeStatus> probes;
        probes.reserve(m_probeOrder.size());
        for (const QString& key : std::as_const(m_probeOrder))
            probes.append(m_probes.value(key));
        m_probes.clear();
        m_probeOrder.clear();
        QMetaObject::invokeMethod(
            m_monitor,
            [monitor = m_monitor, probes = std::move(probes), samples = std::exchange(m_samples, {})] {
                monitor->takeBatch(probes, samples);
            },
            Qt::QueuedConnection);
    }

private:
    void arm()
    {
        if (!m_timer.isActive())
            m_timer.start(BatchMs);
    }

    HealthMonitor* m_monitor;
    QTimer m_timer {this};
    QHash<QString, ProbeStatus> m_probes;
    QStringList m_probeOrder;
    QList<HealthSample> m_samples;
};

HealthMonitor::HealthMonitor(Database& database, const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_thread(new QThread(this))
{
    m_thread->setObjectName(QStringLiteral("health"));
}

HealthMonitor::~HealthMonitor()
{
    if (m_scheduler) {
        HealthScheduler* scheduler = m_scheduler;
        m_scheduler = nullptr;
        scheduler->disconnect(this);
        // The last samples are stored, and the checks' sockets and processes closed, on the
        // thread they belong to. The call goes through an object of that thread other than
        // the scheduler, which must not be deleted from inside its own event.
        auto* context = new QObject;
        context->moveToThread(m_thread);
        QMetaObject::invokeMethod(
            context,
            [scheduler, context] {
                scheduler->stop();
                delete scheduler;
                context->deleteLater();
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread->quit();
    m_thread->wait();
}

Status HealthMonitor::loadSettings()
{
    const Result<HealthSettings> loaded = HealthSettings::load(SettingsRepository(m_database));
    if (!loaded)
        return loaded.error();
    m_settings = *loaded;
    return {};
}

void HealthMonitor::setProbes(const ProbeConfig& config, const QStringList& sites)
{
    m_probes = config.probes;
    m_sites = sites;
    if (!m_scheduler)
        return;
    QMetaObject::invokeMethod(
        m_scheduler,
        [scheduler = m_scheduler, probes = m_probes, sites] { scheduler->setProbes(probes, sites); },
        Qt::QueuedConnection);
}

void HealthMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_thread->isRunning())
        m_thread->start();
    if (!m_scheduler) {
        m_scheduler = new HealthScheduler(&m_database, m_clock, m_settings);
        auto* relay = new Relay(m_scheduler, this);
        m_scheduler->moveToThread(m_thread); // with the relay, its child
        HealthScheduler* scheduler = m_scheduler;
        // Everything but the per-sample reports goes through the relay's forward(), after the
        // batch it follows; the lambdas run on the scheduler's thread.
        connect(scheduler, &HealthScheduler::scopeChanged, relay, [this, relay](const ScopeHealth& h) {
            relay->forward([this, h] {
                m_scopes.insert(h.scope(), h);
                Q_EMIT scopeChanged(h);
            });
        });
        connect(scheduler, &HealthScheduler::breakerChanged, relay, [this, relay](const BreakerStatus& b) {
            relay->forward([this, b] {
                m_breakers.insert(b.target, b);
                Q_EMIT breakerChanged(b);
            });
        });
        connect(scheduler, &HealthScheduler::transition, relay, [this, relay](const HealthEvent& e) {
            if (e.notify)
                relay->forward([this, e] { Q_EMIT transition(e); });
        });
        connect(scheduler, &HealthScheduler::behindSchedule, relay, [this, relay](const SchedulerStats& s) {
            relay->forward([this, s] {
                m_stats = s;
                Q_EMIT behindSchedule(s);
            });
        });
        connect(scheduler, &HealthScheduler::backOnSchedule, relay, [this, relay](const SchedulerStats& s) {
            relay->forward([this, s] {
                m_stats = s;
                Q_EMIT backOnSchedule(s);
            });
        });
        connect(scheduler, &HealthScheduler::storageFailed, relay,
                [this, relay](const Error& e) { relay->forward([this, e] { Q_EMIT storageFailed(e); }); });
        connect(scheduler, &HealthScheduler::configured, relay,
                [this, relay](const QList<ProbeStatus>& p, const QList<ScopeHealth>& s,
                              const QList<BreakerStatus>& b) {
                    relay->forward([this, p, s, b] { takeSnapshot(p, s, b); });
                });
        connect(scheduler, &HealthScheduler::started, relay,
                [this, relay] { relay->forward([this] { Q_EMIT started(); }); });
        connect(scheduler, &HealthScheduler::stopped, relay, [this, relay] {
            // A start() may have come after the stop() this answers.
            relay->forward([this] {
                if (!m_running)
                    Q_EMIT stopped();
            });
        });
    }
    QMetaObject::invokeMethod(
        m_scheduler,
        [this, scheduler = m_scheduler, probes = m_probes, sites = m_sites] {
            scheduler->setProbes(probes, sites);
            if (Status restored = scheduler->restoreFromDatabase(); !restored)
                Q_EMIT scheduler->storageFailed(restored.error());
            scheduler->start();
        },
        Qt::QueuedConnection);
}

void HealthMonitor::stop()
{
    if (!m_running)
        return;
    m_running = false;
    QMetaObject::invokeMethod(
        m_scheduler, [scheduler = m_scheduler] { scheduler->stop(); }, Qt::QueuedConnection);
}

void HealthMonitor::pollNow()
{
    if (m_scheduler)
        QMetaObject::invokeMethod(
            m_scheduler, [scheduler = m_scheduler] { scheduler->poll(); }, Qt::QueuedConnection);
}

void HealthMonitor::takeBatch(const QList<ProbeStatus>& probes, const QList<HealthSample>& samples)
{
    for (const ProbeStatus& s : probes) {
        if (!m_probeStatus.contains(s.key))
            m_probeOrder << s.key;
        m_probeStatus.insert(s.key, s);
        Q_EMIT probeChanged(s);
    }
    for (const HealthSample& s : samples)
        Q_EMIT sampleRecorded(s);
}

void HealthMonitor::takeSnapshot(const QList<ProbeStatus>& probes, const QList<ScopeHealth>& scopes,
                                 const QList<BreakerStatus>& breakers)
{
    m_probeStatus.clear();
    m_probeOrder.clear();
    for (const ProbeStatus& p : probes) {
        m_probeOrder << p.key;
        m_probeStatus.insert(p.key, p);
    }
    m_scopes.clear();
    for (const ScopeHealth& h : scopes)
        m_scopes.insert(h.scope(), h);
    m_breakers.clear();
    for (const BreakerStatus& b : breakers)
        m_breakers.insert(b.target, b);
}

QList<ProbeStatus> HealthMonitor::probes() const
{
    QList<ProbeStatus> out;
    for (const QString& key : m_probeOrder)
        out.append(m_probeStatus.value(key));
    return out;
}

std::optional<ProbeStatus> HealthMonitor::probe(const QString& key) const
{
    const auto it = m_probeStatus.constFind(key);
    if (it == m_probeStatus.cend())
        return std::nullopt;
    return *it;
}

QList<ScopeHealth> HealthMonitor::sites() const
{
    QList<ScopeHealth> out;
    for (const ScopeHealth& h : m_scopes) {
        if (h.module.isEmpty())
            out.append(h);
    }
    std::sort(out.begin(), out.end(),
              [](const ScopeHealth& a, const ScopeHealth& b) { return a.site < b.site; });
    return out;
}

std::optional<ScopeHealth> HealthMonitor::site(const QString& name) const
{
    const auto it = m_scopes.constFind(name);
    if (it == m_scopes.cend())
        return std::nullopt;
    return *it;
}

QList<ScopeHealth> HealthMonitor::modules(const QString& site) const
{
    QList<ScopeHealth> out;
    for (const ScopeHealth& h : m_scopes) {
        if (h.site == site && !h.module.isEmpty())
            out.append(h);
    }
    std::sort(out.begin(), out.end(),
              [](const ScopeHealth& a, const ScopeHealth& b) { return a.module < b.module; });
    return out;
}

QList<BreakerStatus> HealthMonitor::breakers() const
{
    QList<BreakerStatus> out = m_breakers.values();
    std::sort(out.begin(), out.end(),
              [](const BreakerStatus& a, const BreakerStatus& b) { return a.target < b.target; });
    return out;
}

HealthQueryJob* HealthMonitor::reportJob(const QString& site, const TimeWindow& window, QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Report, m_database, m_clock, m_settings.retention,
                              HealthScope::ofSite(site), window, 0, parent);
}

HealthQueryJob* HealthMonitor::statisticsJob(const HealthScope& scope, const TimeWindow& window,
                                             QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Statistics, m_database, m_clock, m_settings.retention,
                              scope, window, 0, parent);
}

HealthQueryJob* HealthMonitor::seriesJob(const HealthScope& scope, const TimeWindow& window, qint64 bucketMs,
                                         QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Series, m_database, m_clock, m_settings.retention, scope,
                              window, bucketMs, parent);
}

HealthQueryJob* HealthMonitor::eventsJob(const QString& site, const TimeWindow& window, QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Events, m_database, m_clock, m_settings.retention,
                              HealthScope::ofSite(site), window, 0, parent);
}

} // namespace ms
