#include "health/HealthHistory.h"

#include "health/HealthRetention.h"
#include "health/HealthState.h"
#include "health/ScopeHealth.h"
#include "store/HealthRepository.h"

#include <QHash>
#include <QSet>

namespace ms {

namespace {

// Folds samples and rollups into the figures of HealthStatistics / SeriesPoint.
class Accumulator
{
public:
    void add(const HealthSampleRecord& s)
    {
        ++m_samples;
        if (s.outcome != HealthNames::outcome(ProbeOutcome::Passed)) {
            ++m_failures;
            return;
        }
        if (s.latencyUs >= 0)
            m_raw.append(s.latencyUs);
    }

    void add(const HealthRollupRecord& r)
    {
        m_samples += r.samples;
        m_failures += r.failures;
        if (r.latencyMinUs < 0)
            return;
        m_approximate = true;
        const qint64 passed = r.samples - r.failures;
        m_min = m_min < 0 ? r.latencyMinUs : std::min(m_min, r.latencyMinUs);
        m_max = std::max(m_max, r.latencyMaxUs);
        m_p50.append({r.latencyP50Us, passed});
        m_p95.append({r.latencyP95Us, passed});
    }

    void merge(const Accumulator& other)
    {
        m_samples += other.m_samples;
        m_failures += other.m_failures;
        m_raw.append(other.m_raw);
        m_approximate = m_approximate || other.m_approximate;
        if (other.m_min >= 0)
            m_min = m_min < 0 ? other.m_min : std::min(m_min, other.m_min);
        m_max = std::max(m_max, other.m_max);
        m_p50.append(other.m_p50);
        m_p95.append(other.m_p95);
    }

    qint64 samples() const { return m_samples; }
    qint64 failures() const { return m_failures; }
    bool approximate() const { return m_approximate; }

    LatencySummary latency() const
    {
        QList<qint64> raw = m_raw;
        if (!m_approximate)
            return LatencySummary::of(raw);
        QList<QPair<qint64, qint64>> p50 = m_p50;
        QList<QPair<qint64, qint64>> p95 = m_p95;
        LatencySummary s;
        s.minUs = m_min;
        s.maxUs = m_max;
        for (qint64 v : std::as_const(raw)) {
            p50.append({v, 1});
            p95.append({v, 1});
            s.minUs = s.minUs < 0 ? v : std::min(s.minUs, v);
            s.maxUs = std::max(s.maxUs, v);
        }
        for (const auto& w : std::as_const(p50))
            s.count += w.second;
        s.p50Us = LatencySummary::weightedRank(p50, 50);
        s.p95Us = LatencySummary::weightedRank(p95, 50);
        return s;
    }

private:
    qint64 m_samples = 0;
    qint64 m_failures = 0;
    QList<qint64> m_raw;
    bool m_approximate = false;
    qint64 m_min = -1;
    qint64 m_max = -1;
    QList<QPair<qint64, qint64>> m_p50;
    QList<QPair<qint64, qint64>> m_p95;
};

ProbeStatus statusOf(const HealthProbeRecord& r)
{
    ProbeStatus s;
    s.key = r.key;
    s.site = r.site;
    s.module = r.module;
    s.name = r.name;
    s.kind = HealthProbe::typeFromName(r.kind).value_or(HealthProbe::Type::Readiness);
    s.target = r.target;
    s.state = HealthNames::probeStateFromName(r.state).value_or(ProbeState::Unknown);
    s.since = r.stateSince;
    s.lastError = r.lastError;
    s.lastErrorAt = r.lastErrorAt;
    return s;
}

bool inScope(const HealthProbeRecord& p, const HealthScope& scope)
{
    if (p.site != scope.site)
        return false;
    if (scope.isProbe())
        return p.module == scope.module && p.name == scope.probe;
    if (scope.isModule())
        return p.module == scope.module;
    return true;
}

} // namespace

struct HealthHistory::Data
{
    QList<HealthProbeRecord> probes; ///< active and retired
    QList<HealthSampleRecord> samples;
    QList<HealthRollupRecord> rollups;
};

HealthHistory::HealthHistory(Database& database, const Clock& clock, const RetentionSettings& retention)
    : m_database(database)
    , m_clock(clock)
    , m_retention(retention)
{
}

qint64 HealthHistory::bucketFor(const TimeWindow& window)
{
    const qint64 hour = 3600LL * 1000;
    const qint64 length = window.lengthMs();
    if (length <= 2 * hour)
        return 60LL * 1000;
    if (length <= 48 * hour)
        return 10 * 60LL * 1000;
    if (length <= 8 * 24 * hour)
        return hour;
    return 6 * hour;
}

Result<HealthHistory::Data> HealthHistory::load(const QString& site, const TimeWindow& window) const
{
    if (!window.isValid())
        return Error(ErrorCode::InvalidArgument, tr("The time window is empty."), QStringLiteral("window"));
    HealthRepository repository(m_database);
    Data data;
    Result<QList<HealthProbeRecord>> probes = repository.probes(site, true);
    if (!probes)
        return probes.error();
    data.probes = std::move(*probes);
    const qint64 from = window.fromMs();
    const qint64 to = window.toMs();
    const qint64 rawStart = m_clock.now().toMSecsSinceEpoch() - m_retention.rawMs;
    qint64 rawFrom = from;
    if (from < rawStart) {
        // Older than the raw window: rollups up to the watermark, raw samples after it.
        const Result<qint64> watermark = repository.rolledUntil();
        if (!watermark)
            return watermark.error();
        const qint64 rolledTo = std::min(to, *watermark);
        if (rolledTo > from) {
            Result<QList<HealthRollupRecord>> rollups = repository.rollups(site, from, rolledTo);
            if (!rollups)
                return rollups.error();
            data.rollups = std::move(*rollups);
            rawFrom = rolledTo;
        }
    }
    if (rawFrom < to) {
        Result<QList<HealthSampleRecord>> samples = repository.samples(site, rawFrom, to);
        if (!samples)
            return samples.error();
        data.samples = std::move(*samples);
    }
    return data;
}

Result<HealthReport> HealthHistory::report(const QString& site, const TimeWindow& window) const
{
    const Result<Data> data = load(site, window);
    if (!data)
        return data.error();
    if (data->probes.isEmpty())
        return Error(ErrorCode::NotFound, tr("No health probe of this site has run yet."), site);

    QHash<qint64, Accumulator> byProbe;
    for (const HealthRollupRecord& r : data->rollups)
        byProbe[r.probeId].add(r);
    for (const HealthSampleRecord& s : data->samples)
        byProbe[s.probeId].add(s);

    HealthRepository repository(m_database);
    auto scopeState = [&](HealthStatistics& stats, const QString& module) -> Status {
        QList<ProbeStatus> active;
        for (const HealthProbeRecord& p : data->probes) {
            if (p.active && (module.isEmpty() || p.module == module))
                active.append(statusOf(p));
        }
        const ScopeHealth health = ScopeHealth::evaluate(site, module, active);
        stats.state = HealthNames::scopeState(health.state);
        const Result<HealthEventRecord> latest = repository.latestEvent(
            module.isEmpty() ? QStringLiteral("site") : QStringLiteral("module"), site, module);
        if (!latest)
            return latest.error();
        if (latest->id != 0 && latest->toState == stats.state) {
            stats.since = latest->at;
        } else if (health.state != ScopeState::Unknown) {
            for (const ProbeStatus& p : std::as_const(active))
                stats.since = std::max(stats.since, p.since);
        }
        for (const HealthProbeRecord& p : data->probes) {
            if (!p.active || (!module.isEmpty() && p.module != module))
                continue;
            stats.lastChecked = std::max(stats.lastChecked, p.lastChecked);
            if (p.lastErrorAt.isValid() && p.lastErrorAt >= stats.lastErrorAt) {
                stats.lastErrorAt = p.lastErrorAt;
                stats.lastError = p.lastError;
            }
        }
        return {};
    };

    HealthReport report;
    auto fill = [&](HealthStatistics& stats, const std::function<bool(const HealthProbeRecord&)>& take) {
        Accumulator total;
        for (const HealthProbeRecord& p : data->probes) {
            if (take(p))
                total.merge(byProbe.value(p.id));
        }
        stats.window = window;
        stats.samples = total.samples();
        stats.failures = total.failures();
        stats.approximate = total.approximate();
        stats.latency = total.latency();
    };

    report.site.scope = HealthScope::ofSite(site);
    fill(report.site, [](const HealthProbeRecord&) { return true; });
    if (Status ran = scopeState(report.site, {}); !ran)
        return ran.error();

    QStringList modules;
    for (const HealthProbeRecord& p : data->probes) {
        if (!p.module.isEmpty() && !modules.contains(p.module))
            modules << p.module;
    }
    std::sort(modules.begin(), modules.end());
    for (const QString& module : std::as_const(modules)) {
        HealthStatistics stats;
        stats.scope = HealthScope::ofModule(site, module);
        fill(stats, [&](const HealthProbeRecord& p) { return p.module == module; });
        if (Status ran = scopeState(stats, module); !ran)
            return ran.error();
        report.modules.append(stats);
    }

    for (const HealthProbeRecord& p : data->probes) {
        HealthStatistics stats;
        stats.scope = HealthScope::ofProbe(site, p.module, p.name);
        stats.kind = p.kind;
        const Accumulator acc = byProbe.value(p.id);
        if (!p.active && acc.samples() == 0)
            continue; // retired, and silent in this window
        stats.window = window;
        stats.samples = acc.samples();
        stats.failures = acc.failures();
        stats.approximate = acc.approximate();
        stats.latency = acc.latency();
        stats.state = p.active ? p.state : HealthNames::probeState(ProbeState::Unknown);
        stats.since = p.active ? p.stateSince : QDateTime();
        stats.lastChecked = p.lastChecked;
        stats.lastError = p.lastError;
        stats.lastErrorAt = p.lastErrorAt;
        report.probes.append(stats);
    }

    const Result<QList<HealthEvent>> recent = events(site, window);
    if (!recent)
        return recent.error();
    report.events = *recent;
    return report;
}

Result<HealthStatistics> HealthHistory::statistics(const HealthScope& scope, const TimeWindow& window) const
{
    const Result<HealthReport> all = report(scope.site, window);
    if (!all)
        return all.error();
    if (scope.isProbe()) {
        for (const HealthStatistics& s : all->probes) {
            if (s.scope.module == scope.module && s.scope.probe == scope.probe)
                return s;
        }
        return Error(ErrorCode::NotFound, tr("There is no such probe."),
                     scope.site + u'/' + (scope.module.isEmpty() ? QString() : scope.module + u'/')
                         + scope.probe);
    }
    if (scope.isModule()) {
        for (const HealthStatistics& s : all->modules) {
            if (s.scope.module == scope.module)
                return s;
        }
        return Error(ErrorCode::NotFound, tr("No probe of this module has run yet."),
                     scope.site + u'/' + scope.module);
    }
    return all->site;
}

Result<QList<SeriesPoint>> HealthHistory::series(const HealthScope& scope, const TimeWindow& window,
                                                 qint64 bucketMs) const
{
    if (bucketMs <= 0)
        bucketMs = bucketFor(window);
    if (window.isValid() && window.lengthMs() / bucketMs > 100000)
        return Error(ErrorCode::InvalidArgument, tr("Too many points for one chart; choose a larger bucket."),
                     QStringLiteral("bucket"));
    const Result<Data> data = load(scope.site, window);
    if (!data)
        return data.error();
    QSet<qint64> ids;
    for (const HealthProbeRecord& p : data->probes) {
        if (inScope(p, scope))
            ids.insert(p.id);
    }
    const qint64 from = window.fromMs();
    const qint64 count = (window.lengthMs() + bucketMs - 1) / bucketMs;
    QList<Accumulator> buckets(count);
    for (const HealthRollupRecord& r : data->rollups) {
        const qint64 i = (r.minuteMs - from) / bucketMs;
        if (ids.contains(r.probeId) && i >= 0 && i < count)
            buckets[i].add(r);
    }
    for (const HealthSampleRecord& s : data->samples) {
        const qint64 i = (s.atMs - from) / bucketMs;
        if (ids.contains(s.probeId) && i >= 0 && i < count)
            buckets[i].add(s);
    }
    QList<SeriesPoint> points;
    points.reserve(count);
    for (qint64 i = 0; i < count; ++i) {
        SeriesPoint p;
        p.start = window.from.addMSecs(i * bucketMs);
        p.samples = buckets[i].samples();
        p.failures = buckets[i].failures();
        p.approximate = buckets[i].approximate();
        p.latency = buckets[i].latency();
        points.append(p);
    }
    return points;
}

Result<QList<HealthEvent>> HealthHistory::events(const QString& site, const TimeWindow& window,
                                                 int limit) const
{
    const Result<QList<HealthEventRecord>> records
        = HealthRepository(m_database).events(site, window.from, window.to, limit);
    if (!records)
        return records.error();
    QList<HealthEvent> out;
    for (const HealthEventRecord& r : *records)
        out.append(HealthEvent::fromRecord(r));
    return out;
}

} // namespace ms
