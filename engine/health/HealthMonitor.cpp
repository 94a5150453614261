#include "health/HealthMonitor.h"

#include "health/HealthScheduler.h"
#include "store/SettingsRepository.h"

#include <QThread>

namespace ms {

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
        m_scheduler, [scheduler = m_scheduler, probes = m_probes, sites] { scheduler->setProbes(probes, sites); },
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
        m_scheduler->moveToThread(m_thread);
        connect(m_scheduler, &HealthScheduler::probeChanged, this, [this](const ProbeStatus& s) {
            if (!m_probeStatus.contains(s.key))
                m_probeOrder << s.key;
            m_probeStatus.insert(s.key, s);
            Q_EMIT probeChanged(s);
        });
        connect(m_scheduler, &HealthScheduler::scopeChanged, this, [this](const ScopeHealth& h) {
            m_scopes.insert(h.scope(), h);
            Q_EMIT scopeChanged(h);
        });
        connect(m_scheduler, &HealthScheduler::breakerChanged, this, [this](const BreakerStatus& b) {
            m_breakers.insert(b.target, b);
            Q_EMIT breakerChanged(b);
        });
        connect(m_scheduler, &HealthScheduler::transition, this, [this](const HealthEvent& e) {
            if (e.notify)
                Q_EMIT transition(e);
        });
        connect(m_scheduler, &HealthScheduler::sampleRecorded, this, &HealthMonitor::sampleRecorded);
        connect(m_scheduler, &HealthScheduler::behindSchedule, this, [this](const SchedulerStats& s) {
            m_stats = s;
            Q_EMIT behindSchedule(s);
        });
        connect(m_scheduler, &HealthScheduler::backOnSchedule, this, [this](const SchedulerStats& s) {
            m_stats = s;
            Q_EMIT backOnSchedule(s);
        });
        connect(m_scheduler, &HealthScheduler::storageFailed, this, &HealthMonitor::storageFailed);
        connect(m_scheduler, &HealthScheduler::configured, this, &HealthMonitor::takeSnapshot);
        connect(m_scheduler, &HealthScheduler::started, this, &HealthMonitor::started);
        connect(m_scheduler, &HealthScheduler::stopped, this, [this] {
            // A start() may have come after the stop() this answers.
            if (!m_running)
                Q_EMIT stopped();
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
    QMetaObject::invokeMethod(m_scheduler, [scheduler = m_scheduler] { scheduler->stop(); }, Qt::QueuedConnection);
}

void HealthMonitor::pollNow()
{
    if (m_scheduler)
        QMetaObject::invokeMethod(m_scheduler, [scheduler = m_scheduler] { scheduler->poll(); }, Qt::QueuedConnection);
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
    std::sort(out.begin(), out.end(), [](const ScopeHealth& a, const ScopeHealth& b) { return a.site < b.site; });
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
    std::sort(out.begin(), out.end(), [](const ScopeHealth& a, const ScopeHealth& b) { return a.module < b.module; });
    return out;
}

QList<BreakerStatus> HealthMonitor::breakers() const
{
    QList<BreakerStatus> out = m_breakers.values();
    std::sort(out.begin(), out.end(), [](const BreakerStatus& a, const BreakerStatus& b) { return a.target < b.target; });
    return out;
}

HealthQueryJob* HealthMonitor::reportJob(const QString& site, const TimeWindow& window, QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Report, m_database, m_clock, m_settings.retention,
                              HealthScope::ofSite(site), window, 0, parent);
}

HealthQueryJob* HealthMonitor::statisticsJob(const HealthScope& scope, const TimeWindow& window, QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Statistics, m_database, m_clock, m_settings.retention, scope,
                              window, 0, parent);
}

HealthQueryJob* HealthMonitor::seriesJob(const HealthScope& scope, const TimeWindow& window, qint64 bucketMs,
                                         QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Series, m_database, m_clock, m_settings.retention, scope, window,
                              bucketMs, parent);
}

HealthQueryJob* HealthMonitor::eventsJob(const QString& site, const TimeWindow& window, QObject* parent)
{
    return new HealthQueryJob(HealthQueryJob::Kind::Events, m_database, m_clock, m_settings.retention,
                              HealthScope::ofSite(site), window, 0, parent);
}

} // namespace ms
