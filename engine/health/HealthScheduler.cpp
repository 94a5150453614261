#include "health/HealthScheduler.h"

#include "health/ProbeCheck.h"
#include "health/ProbeExecutor.h"
#include "health/SampleWriter.h"
#include "store/HealthRepository.h"

#include <QEventLoop>

namespace ms {

namespace {

constexpr qint64 BehindSignalEveryMs = 10 * 1000;
constexpr qint64 BackOnScheduleAfterMs = 60 * 1000;

} // namespace

struct HealthScheduler::Entry
{
    explicit Entry(const ProbeSpec& s)
        : spec(s)
        , tracker(s.failureThreshold, s.successThreshold)
    {
    }

    ProbeSpec spec;
    ProbeTracker tracker;
    QStringList gates; ///< the startup probes it waits for, until each has passed once
    quint64 generation = 0;
    bool alive = true;
    QPointer<ProbeCheck> running;
    bool queued = false;
    ProbeResult last;
    QString lastError;
    QDateTime lastErrorAt;
    qint64 persistedMs = -1; ///< when its health_probes row was last written (monotonic)
};

HealthScheduler::HealthScheduler(Database* database, const Clock& clock, const HealthSettings& settings,
                                 QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(settings)
    , m_executor(new ProbeExecutor(clock, this))
{
    m_settings.maxConcurrent = std::max(1, m_settings.maxConcurrent);
    m_stats.maxConcurrent = m_settings.maxConcurrent;
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HealthScheduler::poll);
    if (m_database) {
        m_writer = new SampleWriter(*m_database, m_clock, m_settings, this);
        connect(m_writer, &SampleWriter::failed, this, &HealthScheduler::storageFailed);
    }
}

HealthScheduler::~HealthScheduler()
{
    m_running = false;
    for (const auto& entry : std::as_const(m_entries)) {
        entry->alive = false;
        if (entry->running)
            entry->running->cancel();
    }
}

qint64 HealthScheduler::spreadOffset(const QString& key, qint64 periodMs)
{
    if (periodMs <= 0)
        return 0;
    quint64 hash = 14695981039346656037ULL;
    const QByteArray bytes = key.toUtf8();
    for (char c : bytes) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return qint64(hash % quint64(periodMs));
}

void HealthScheduler::setProbes(const QList<ProbeSpec>& probes, const QStringList& sites)
{
    QHash<QString, std::shared_ptr<Entry>> next;
    QStringList order;
    const qint64 now = m_clock.monotonicMs();
    for (const ProbeSpec& spec : probes) {
        const QString key = spec.key();
        if (next.contains(key))
            continue;
        order << key;
        const auto existing = m_entries.constFind(key);
        if (existing != m_entries.cend() && (*existing)->spec == spec) {
            next.insert(key, *existing);
            continue;
        }
        auto entry = std::make_shared<Entry>(spec);
        if (const auto stored = m_restoredProbes.constFind(key); stored != m_restoredProbes.cend()) {
            if (const auto state = HealthNames::probeStateFromName(stored->state))
                entry->tracker.restore(*state, stored->stateSince);
            entry->lastError = stored->lastError;
            entry->lastErrorAt = stored->lastErrorAt;
        }
        next.insert(key, entry);
        if (m_running)
            scheduleFirst(entry, now);
    }
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it) {
        if (next.value(it.key()) == it.value())
            continue;
        it.value()->alive = false;
        if (it.value()->running)
            it.value()->running->cancel();
        m_passedStartup.remove(it.key());
    }
    m_entries = std::move(next);
    m_order = order;
    m_bySite.clear();
    for (const QString& key : std::as_const(m_order))
        m_bySite[m_entries.value(key)->spec.site] << key;
    // A module's probes wait for the site's startup probes and the module's own; the site's
    // probes for the site's.
    QHash<QString, QStringList> startupBySite;
    for (const QString& key : std::as_const(m_order)) {
        const ProbeSpec& spec = m_entries.value(key)->spec;
        if (spec.kind == ProbeSpec::Kind::Startup)
            startupBySite[spec.site] << key;
    }
    for (const auto& entry : std::as_const(m_entries)) {
        entry->gates.clear();
        if (entry->spec.kind == ProbeSpec::Kind::Startup)
            continue;
        for (const QString& key : startupBySite.value(entry->spec.site)) {
            const ProbeSpec& other = m_entries.value(key)->spec;
            if (other.module.isEmpty() || other.module == entry->spec.module)
                entry->gates << key;
        }
    }

    // Breakers of targets still probed keep their state.
    QHash<QString, Breaker> kept;
    for (const QString& key : std::as_const(m_order)) {
        const ProbeSpec& spec = m_entries.value(key)->spec;
        const QString target = spec.breakerTarget();
        auto it = kept.find(target);
        if (it == kept.end()) {
            Breaker b = m_breakers.contains(target) ? m_breakers.value(target)
                                                    : Breaker {CircuitBreaker(m_settings.breaker), {}, {}};
            b.sites.clear();
            it = kept.insert(target, b);
        }
        if (!it->sites.contains(spec.site))
            it->sites << spec.site;
    }
    m_breakers = std::move(kept);
    m_stats.probes = int(m_entries.size());

    if (m_writer)
        m_writer->setProbes(probes, sites);

    // Scopes that lost every probe go; the others are evaluated afresh.
    QSet<QString> live;
    for (const auto& entry : std::as_const(m_entries)) {
        live.insert(entry->spec.site);
        if (!entry->spec.module.isEmpty())
            live.insert(entry->spec.site + u'/' + entry->spec.module);
    }
    for (auto it = m_scopes.begin(); it != m_scopes.end();) {
        if (live.contains(it.key()))
            ++it;
        else
            it = m_scopes.erase(it);
    }
    for (const QString& scope : std::as_const(live)) {
        const qsizetype slash = scope.indexOf(u'/');
        if (slash < 0)
            updateScope(scope, {});
        else
            updateScope(scope.left(slash), scope.mid(slash + 1));
    }
    Q_EMIT configured(probeStatuses(), scopes(), breakers());
    if (m_running) {
        drain();
        arm();
    }
}

void HealthScheduler::restore(const QList<HealthProbeRecord>& probes,
                              const QList<HealthEventRecord>& scopeEvents)
{
    for (const HealthProbeRecord& p : probes)
        m_restoredProbes.insert(p.key, p);
    for (const HealthEventRecord& e : scopeEvents) {
        const auto state = HealthNames::scopeStateFromName(e.toState);
        if (!state || e.subject == u"breaker")
            continue;
        const QString scope = e.module.isEmpty() ? e.site : e.site + u'/' + e.module;
        m_restoredScopes.insert(scope, {*state, e.at});
    }
    for (const auto& entry : std::as_const(m_entries)) {
        if (entry->tracker.state() != ProbeState::Unknown)
            continue;
        if (const auto stored = m_restoredProbes.constFind(entry->spec.key());
            stored != m_restoredProbes.cend()) {
            if (const auto state = HealthNames::probeStateFromName(stored->state))
                entry->tracker.restore(*state, stored->stateSince);
            entry->lastError = stored->lastError;
            entry->lastErrorAt = stored->lastErrorAt;
        }
    }
}

Status HealthScheduler::restoreFromDatabase()
{
    if (!m_database)
        return {};
    HealthRepository repository(*m_database);
    const Result<QList<HealthProbeRecord>> probes = repository.probes();
    if (!probes)
        return probes.error();
    const Result<QList<HealthEventRecord>> events = repository.latestScopeEvents();
    if (!events)
        return events.error();
    restore(*probes, *events);
    return {};
}

void HealthScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    m_stats = SchedulerStats {};
    m_stats.probes = int(m_entries.size());
    m_stats.maxConcurrent = m_settings.maxConcurrent;
    const qint64 now = m_clock.monotonicMs();
    m_lagWindowStartMs = now;
    for (const QString& key : std::as_const(m_order))
        scheduleFirst(m_entries.value(key), now);
    Q_EMIT started();
    Q_EMIT configured(probeStatuses(), scopes(), breakers());
    poll();
}

void HealthScheduler::scheduleFirst(const std::shared_ptr<Entry>& entry, qint64 nowMs)
{
    const qint64 periodMs = qint64(entry->spec.periodS) * 1000;
    schedule(entry,
             nowMs + qint64(entry->spec.initialDelayS) * 1000 + spreadOffset(entry->spec.key(), periodMs));
}

void HealthScheduler::schedule(const std::shared_ptr<Entry>& entry, qint64 dueMs)
{
    ++entry->generation;
    m_heap.push(Due {dueMs, m_sequence++, entry, entry->generation});
}

void HealthScheduler::stop()
{
    m_running = false;
    m_timer.stop();
    m_ready.clear();
    while (!m_heap.empty())
        m_heap.pop();
    for (const auto& entry : std::as_const(m_entries)) {
        entry->queued = false;
        if (entry->running)
            entry->running->cancel();
    }
    m_stats.running = m_inFlight;
    m_stats.queued = 0;
    if (m_writer) {
        // The rows were written at changes and once a minute: bring last_checked up to date.
        for (const auto& entry : std::as_const(m_entries)) {
            if (entry->last.at.isValid())
                persistState(*entry);
        }
        if (Status written = m_writer->finish(); !written)
            Q_EMIT storageFailed(written.error());
    }
    Q_EMIT stopped();
}

void HealthScheduler::poll()
{
    if (!m_running)
        return;
    const qint64 now = m_clock.monotonicMs();
    while (!m_heap.empty() && m_heap.top().dueMs <= now) {
        const Due due = m_heap.top();
        m_heap.pop();
        if (!due.entry->alive || due.generation != due.entry->generation)
            continue;
        onDue(due.entry, due.dueMs, now);
    }
    drain();
    if (m_stats.behind && m_lastSlipMs >= 0 && now - m_lastSlipMs >= BackOnScheduleAfterMs) {
        m_stats.behind = false;
        Q_EMIT backOnSchedule(stats());
    }
    if (now - m_lagWindowStartMs >= 60 * 1000) {
        m_lagWindowStartMs = now;
        m_stats.maxLagMs = 0;
    }
    arm();
}

void HealthScheduler::onDue(const std::shared_ptr<Entry>& entry, qint64 dueMs, qint64 nowMs)
{
    const ProbeSpec& spec = entry->spec;
    // A startup probe that passed once is done, as in Kubernetes.
    if (spec.kind == ProbeSpec::Kind::Startup && m_passedStartup.contains(spec.key()))
        return;
    const qint64 periodMs = qint64(spec.periodS) * 1000;
    qint64 next = dueMs + periodMs;
    qint64 missed = 0;
    while (next <= nowMs) {
        next += periodMs;
        ++missed;
    }
    schedule(entry, next);
    if (missed > 0) {
        m_stats.missed += missed;
        slipped(nowMs);
    }
    if (entry->running || entry->queued) {
        ++m_stats.overruns;
        slipped(nowMs);
        return;
    }
    if (!waitingFor(*entry).isEmpty())
        return;
    entry->queued = true;
    m_ready.emplace_back(entry, dueMs);
}

void HealthScheduler::drain()
{
    if (m_draining)
        return;
    m_draining = true;
    while (m_running && m_inFlight < m_settings.maxConcurrent && !m_ready.empty()) {
        auto [entry, dueMs] = m_ready.front();
        m_ready.pop_front();
        entry->queued = false;
        if (!entry->alive)
            continue;
        launch(entry, dueMs, m_clock.monotonicMs());
    }
    m_stats.queued = int(m_ready.size());
    m_stats.running = m_inFlight;
    m_draining = false;
}

void HealthScheduler::launch(const std::shared_ptr<Entry>& entry, qint64 dueMs, qint64 nowMs)
{
    const qint64 lag = std::max<qint64>(0, nowMs - dueMs);
    m_stats.maxLagMs = std::max(m_stats.maxLagMs, lag);
    if (lag > m_settings.lagToleranceMs) {
        ++m_stats.late;
        slipped(nowMs);
    }
    const QString target = entry->spec.breakerTarget();
    Breaker& b = m_breakers[target];
    const BreakerState before = b.breaker.state();
    if (!b.breaker.allow(nowMs)) {
        ProbeResult skipped;
        skipped.outcome = ProbeOutcome::BreakerOpen;
        skipped.at = m_clock.now();
        const qint64 waitMs = std::max<qint64>(0, b.breaker.retryAtMs() - nowMs);
        skipped.error = Error(ErrorCode::Network,
                              tr("not run: the circuit breaker for %1 is open (next try in %n s)", nullptr,
                                 int((waitMs + 999) / 1000))
                                  .arg(target),
                              entry->spec.targetDisplay());
        skipped.detail = ProbeResult::capDetail(skipped.error.message());
        record(*entry, skipped);
        return;
    }
    if (b.breaker.state() != before)
        breakerMoved(target, b, before, entry->spec.site, tr("trying %1 again").arg(entry->spec.name));

    ProbeCheck* check = m_executor->create(entry->spec, this);
    entry->running = check;
    ++m_inFlight;
    ++m_stats.started;
    connect(check, &Job::finished, this, [this, entry, check] { onCheckFinished(entry, check); });
    check->start();
}

void HealthScheduler::onCheckFinished(const std::shared_ptr<Entry>& entry, ProbeCheck* check)
{
    --m_inFlight;
    if (entry->running == check)
        entry->running = nullptr;
    check->deleteLater();
    const ProbeResult result = check->result();
    const QString target = entry->spec.breakerTarget();
    const auto b = m_breakers.find(target);
    if (check->error().code() == ErrorCode::Cancelled || !entry->alive) {
        if (b != m_breakers.end())
            b->breaker.abandon();
    } else {
        if (b != m_breakers.end()) {
            const BreakerState before = b->breaker.state();
            if (result.passed())
                b->breaker.recordSuccess();
            else
                b->breaker.recordFailure(m_clock.monotonicMs());
            if (b->breaker.state() != before)
                breakerMoved(target, *b, before, entry->spec.site,
                             result.passed() ? QString()
                                             : entry->spec.name + QStringLiteral(": ") + result.detail);
        }
        record(*entry, result);
    }
    if (m_running) {
        drain();
        arm();
    } else {
        m_stats.running = m_inFlight;
    }
}

void HealthScheduler::record(Entry& entry, const ProbeResult& result)
{
    const ProbeSpec& spec = entry.spec;
    entry.last = result;
    if (!result.passed()) {
        entry.lastError = result.detail;
        entry.lastErrorAt = result.at;
    }
    const QString errorBefore = entry.lastError;
    const bool changed = entry.tracker.record(result.outcome, result.at);

    HealthSample sample;
    sample.key = spec.key();
    sample.site = spec.site;
    sample.module = spec.module;
    sample.probe = spec.name;
    sample.kind = spec.kind;
    sample.result = result;
    if (m_writer)
        m_writer->addSample(sample.key, result);
    Q_EMIT sampleRecorded(sample);
    // The row changes with the state or the error; last_checked alone is refreshed at most
    // once a minute — the samples say the rest.
    const qint64 now = m_clock.monotonicMs();
    if (changed || entry.lastError != errorBefore || entry.persistedMs < 0
        || now - entry.persistedMs >= 60 * 1000) {
        entry.persistedMs = now;
        persistState(entry);
    }

    if (spec.kind == ProbeSpec::Kind::Startup && entry.tracker.state() == ProbeState::Passing
        && !m_passedStartup.contains(spec.key())) {
        m_passedStartup.insert(spec.key());
        openGates(spec.site);
    }
    Q_EMIT probeChanged(statusOf(entry));
    if (changed)
        reevaluate(spec.site, spec.module);
}

void HealthScheduler::persistState(const Entry& entry)
{
    if (!m_writer)
        return;
    m_writer->setProbeState(entry.spec.key(), entry.tracker.state(), entry.tracker.since(), entry.last.at,
                            entry.lastError, entry.lastErrorAt);
}

QString HealthScheduler::waitingFor(const Entry& entry) const
{
    for (const QString& key : entry.gates) {
        if (!m_passedStartup.contains(key))
            return key;
    }
    return {};
}

void HealthScheduler::openGates(const QString& site)
{
    // Probes that were waiting and may run now start at once, then keep their own phase.
    const qint64 now = m_clock.monotonicMs();
    const QStringList keys = m_bySite.value(site);
    for (const QString& key : keys) {
        const auto entry = m_entries.value(key);
        if (entry->spec.kind == ProbeSpec::Kind::Startup || entry->running || entry->queued
            || entry->last.at.isValid() || !waitingFor(*entry).isEmpty())
            continue;
        schedule(entry, now);
        Q_EMIT probeChanged(statusOf(*entry));
    }
    if (m_running)
        poll();
}

void HealthScheduler::reevaluate(const QString& site, const QString& module)
{
    if (!module.isEmpty())
        updateScope(site, module);
    updateScope(site, {});
}

void HealthScheduler::updateScope(const QString& site, const QString& module)
{
    QList<ProbeStatus> probes;
    const QStringList keys = m_bySite.value(site);
    for (const QString& key : keys) {
        const Entry& e = *m_entries.value(key);
        if (module.isEmpty() || e.spec.module == module)
            probes.append(statusOf(e));
    }
    ScopeHealth next = ScopeHealth::evaluate(site, module, probes);
    const QString scope = next.scope();
    const auto current = m_scopes.constFind(scope);
    const ScopeState before = current == m_scopes.cend() ? ScopeState::Unknown : current->state;
    if (current != m_scopes.cend() && before == next.state) {
        // Same state: the counts and the reason may still have moved.
        next.since = current->since;
        const bool moved = current->reason != next.reason || current->passing != next.passing
            || current->failing != next.failing || current->probes != next.probes;
        m_scopes.insert(scope, next);
        if (moved)
            Q_EMIT scopeChanged(next);
        return;
    }
    const QDateTime now = m_clock.now();
    next.since = now;
    if (before == ScopeState::Unknown) {
        // Back to what an earlier run last saw: keep its since, and tell nobody.
        const auto restored = m_restoredScopes.constFind(scope);
        if (restored != m_restoredScopes.cend() && restored->first == next.state) {
            next.since = restored->second;
            m_restoredScopes.remove(scope);
            m_scopes.insert(scope, next);
            Q_EMIT scopeChanged(next);
            return;
        }
    }
    m_restoredScopes.remove(scope);
    m_scopes.insert(scope, next);
    Q_EMIT scopeChanged(next);
    if (current == m_scopes.cend() && next.state == ScopeState::Unknown)
        return; // a new scope with nothing known yet is no transition

    HealthEvent event;
    event.subject = module.isEmpty() ? HealthEvent::Subject::Site : HealthEvent::Subject::Module;
    event.site = site;
    event.module = module;
    event.from = HealthNames::scopeState(before);
    event.to = HealthNames::scopeState(next.state);
    event.at = now;
    event.detail = next.reason;
    event.notify = before != ScopeState::Unknown || next.state == ScopeState::Down
        || next.state == ScopeState::NotReady;
    if (m_writer)
        m_writer->addEvent(event);
    Q_EMIT transition(event);
}

void HealthScheduler::breakerMoved(const QString& target, Breaker& b, BreakerState before,
                                   const QString& site, const QString& detail)
{
    b.since = m_clock.now();
    Q_EMIT breakerChanged(breakerStatus(target, b));
    const BreakerState after = b.breaker.state();
    // Opening and closing are events; half-open is a moment in between.
    const bool opened = after == BreakerState::Open && before == BreakerState::Closed;
    const bool closed = after == BreakerState::Closed;
    if (!opened && !closed)
        return;
    HealthEvent event;
    event.subject = HealthEvent::Subject::Breaker;
    event.site = site;
    event.target = target;
    event.from = HealthNames::breakerState(before);
    event.to = HealthNames::breakerState(after);
    event.at = b.since;
    event.detail = detail;
    event.notify = true;
    if (m_writer)
        m_writer->addEvent(event);
    Q_EMIT transition(event);
}

BreakerStatus HealthScheduler::breakerStatus(const QString& target, const Breaker& b) const
{
    BreakerStatus s;
    s.target = target;
    s.sites = b.sites;
    s.state = b.breaker.state();
    s.consecutiveFailures = b.breaker.consecutiveFailures();
    s.since = b.since;
    if (s.state != BreakerState::Closed)
        s.retryAt = m_clock.now().addMSecs(b.breaker.retryAtMs() - m_clock.monotonicMs());
    return s;
}

ProbeStatus HealthScheduler::statusOf(const Entry& entry) const
{
    ProbeStatus s = ProbeStatus::of(entry.spec);
    s.state = entry.tracker.state();
    s.since = entry.tracker.since();
    s.last = entry.last;
    s.lastError = entry.lastError;
    s.lastErrorAt = entry.lastErrorAt;
    s.consecutiveFailures = entry.tracker.consecutiveFailures();
    s.consecutivePasses = entry.tracker.consecutivePasses();
    s.waitingFor = waitingFor(entry);
    return s;
}

void HealthScheduler::slipped(qint64 nowMs)
{
    m_lastSlipMs = nowMs;
    const bool wasBehind = m_stats.behind;
    m_stats.behind = true;
    if (!wasBehind || m_lastBehindSignalMs < 0 || nowMs - m_lastBehindSignalMs >= BehindSignalEveryMs) {
        m_lastBehindSignalMs = nowMs;
        m_stats.queued = int(m_ready.size());
        m_stats.running = m_inFlight;
        Q_EMIT behindSchedule(m_stats);
    }
}

void HealthScheduler::arm()
{
    if (!m_running)
        return;
    qint64 wake = -1;
    // Drop heap heads that no longer count, so the timer aims at real work.
    while (!m_heap.empty()) {
        const Due& top = m_heap.top();
        if (top.entry->alive && top.generation == top.entry->generation) {
            wake = top.dueMs;
            break;
        }
        m_heap.pop();
    }
    if (m_stats.behind && m_lastSlipMs >= 0) {
        const qint64 recover = m_lastSlipMs + BackOnScheduleAfterMs;
        wake = wake < 0 ? recover : std::min(wake, recover);
    }
    if (wake < 0) {
        m_timer.stop();
        return;
    }
    const qint64 delay = std::max<qint64>(0, wake - m_clock.monotonicMs());
    m_timer.start(int(std::min<qint64>(delay, 24LL * 3600 * 1000)));
}

QList<ProbeStatus> HealthScheduler::probeStatuses() const
{
    QList<ProbeStatus> out;
    out.reserve(m_order.size());
    for (const QString& key : m_order)
        out.append(statusOf(*m_entries.value(key)));
    return out;
}

QList<ScopeHealth> HealthScheduler::scopes() const
{
    QList<ScopeHealth> out = m_scopes.values();
    std::sort(out.begin(), out.end(), [](const ScopeHealth& a, const ScopeHealth& b) {
        return a.site != b.site ? a.site < b.site : a.module < b.module;
    });
    return out;
}

QList<BreakerStatus> HealthScheduler::breakers() const
{
    QList<BreakerStatus> out;
    for (auto it = m_breakers.cbegin(); it != m_breakers.cend(); ++it)
        out.append(breakerStatus(it.key(), it.value()));
    std::sort(out.begin(), out.end(),
              [](const BreakerStatus& a, const BreakerStatus& b) { return a.target < b.target; });
    return out;
}

SchedulerStats HealthScheduler::stats() const
{
    SchedulerStats s = m_stats;
    s.running = m_inFlight;
    s.queued = int(m_ready.size());
    s.probes = int(m_entries.size());
    return s;
}

} // namespace ms
