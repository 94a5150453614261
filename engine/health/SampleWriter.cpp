#include "health/SampleWriter.h"

#include "audit/AuditLog.h"
#include "store/Database.h"
#include "store/HealthRepository.h"

#include <QtConcurrent>

namespace ms {

namespace {

HealthProbeRecord recordOf(const ProbeSpec& spec)
{
    HealthProbeRecord r;
    r.key = spec.key();
    r.site = spec.site;
    r.module = spec.module;
    r.name = spec.name;
    r.kind = spec.kindName();
    r.method = spec.methodName();
    r.target = spec.targetDisplay();
    return r;
}

} // namespace

SampleWriter::SampleWriter(Database& database, const Clock& clock, const HealthSettings& settings,
                           QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SampleWriter::flush);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        // finish() may have taken this write's outcome already.
        if (m_taken == m_started || !m_watcher.isFinished())
            return;
        m_taken = m_started;
        takeOutcome(m_watcher.result());
        schedule();
    });
}

SampleWriter::~SampleWriter()
{
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

void SampleWriter::setProbes(const QList<ProbeSpec>& probes, const QStringList& sites)
{
    m_pending.probes.clear();
    for (const ProbeSpec& spec : probes) {
        HealthProbeRecord r = recordOf(spec);
        m_known.insert(r.key, r);
        m_pending.probes.append(r);
    }
    m_pending.sites = sites;
    m_pending.registerProbes = true;
    schedule();
}

void SampleWriter::addSample(const QString& key, const ProbeResult& result)
{
    HealthSampleRecord s;
    s.atMs = result.at.toMSecsSinceEpoch();
    s.outcome = HealthNames::outcome(result.outcome);
    s.latencyUs = result.latencyUs;
    s.detail = result.detail;
    m_pending.samples.append({key, s});
    if (m_pending.samples.size() > MaxPending) {
        const qsizetype excess = m_pending.samples.size() - MaxPending;
        m_pending.samples.remove(0, excess);
        m_dropped += excess;
    }
    if (m_pending.samples.size() >= m_settings.maxBatch)
        flush();
    else
        schedule();
}

void SampleWriter::setProbeState(const QString& key, std::optional<ProbeState> state, const QDateTime& since,
                                 const QDateTime& lastChecked, const QString& lastError,
                                 const QDateTime& lastErrorAt)
{
    HealthProbeRecord r;
    r.key = key;
    r.state = state ? HealthNames::probeState(*state) : QString();
    r.stateSince = since;
    r.lastChecked = lastChecked;
    r.lastError = lastError;
    r.lastErrorAt = lastErrorAt;
    m_pending.states.insert(key, r);
    schedule();
}

void SampleWriter::addEvent(const HealthEvent& event)
{
    m_pending.events.append(event);
    schedule();
}

void SampleWriter::schedule()
{
    const bool work = !m_pending.samples.isEmpty() || !m_pending.states.isEmpty()
        || !m_pending.events.isEmpty() || m_pending.registerProbes;
    if (work && !m_timer.isActive() && !isWriting())
        m_timer.start(m_settings.flushIntervalMs);
}

bool SampleWriter::maintenanceDue() const
{
    return m_clock.monotonicMs() >= m_nextMaintenanceMs;
}

void SampleWriter::flush()
{
    if (isWriting())
        return;
    m_timer.stop();
    const bool maintain = maintenanceDue();
    if (maintain)
        m_nextMaintenanceMs = m_clock.monotonicMs() + m_settings.maintenanceIntervalMs;
    Pending batch = std::exchange(m_pending, Pending {});
    ++m_started;
    m_watcher.setFuture(QtConcurrent::run(&SampleWriter::write, std::ref(m_database), std::move(batch), m_ids,
                                          m_known, maintain, m_clock.now().toMSecsSinceEpoch(),
                                          m_settings.retention));
}

Status SampleWriter::finish()
{
    m_timer.stop();
    if (m_taken != m_started) {
        // The finished signal would come later through the event loop; take it now.
        m_watcher.waitForFinished();
        m_taken = m_started;
        takeOutcome(m_watcher.result());
    }
    Pending batch = std::exchange(m_pending, Pending {});
    Outcome outcome = write(m_database, std::move(batch), m_ids, m_known, false, 0, m_settings.retention);
    const Status status = outcome.status ? outcome.auditStatus : outcome.status;
    takeOutcome(std::move(outcome));
    return status;
}

void SampleWriter::takeOutcome(Outcome outcome)
{
    for (auto it = outcome.ids.cbegin(); it != outcome.ids.cend(); ++it)
        m_ids.insert(it.key(), it.value());
    if (!outcome.status) {
        // Put the batch back in front of what came meanwhile, and try again with the next write.
        Pending& back = outcome.unwritten;
        back.samples.append(m_pending.samples);
        for (auto it = m_pending.states.cbegin(); it != m_pending.states.cend(); ++it)
            back.states.insert(it.key(), it.value());
        back.events.append(m_pending.events);
        if (m_pending.registerProbes) {
            back.probes = m_pending.probes;
            back.sites = m_pending.sites;
            back.registerProbes = true;
        }
        m_pending = std::move(back);
        if (m_pending.samples.size() > MaxPending) {
            const qsizetype excess = m_pending.samples.size() - MaxPending;
            m_pending.samples.remove(0, excess);
            m_dropped += excess;
        }
        Q_EMIT failed(outcome.status.error());
        return;
    }
    m_written += outcome.samples;
    if (outcome.samples > 0)
        Q_EMIT written(outcome.samples);
    if (!outcome.auditStatus)
        Q_EMIT failed(outcome.auditStatus.error());
    if (outcome.maintained) {
        if (outcome.maintenanceStatus)
            Q_EMIT maintained(outcome.summary);
        else
            Q_EMIT failed(outcome.maintenanceStatus.error());
    }
}

SampleWriter::Outcome SampleWriter::write(Database& database, Pending batch, QHash<QString, qint64> ids,
                                          QHash<QString, HealthProbeRecord> known, bool maintain,
                                          qint64 nowMs, RetentionSettings retention)
{
    Outcome outcome;
    HealthRepository repository(database);

    // Probes must have rows before their samples: the configured ones, and any sample's probe
    // this writer has not registered yet.
    QList<HealthProbeRecord> toRegister = batch.registerProbes ? batch.probes : QList<HealthProbeRecord>();
    QSet<QString> registering;
    for (const HealthProbeRecord& r : std::as_const(toRegister))
        registering.insert(r.key);
    auto need = [&](const QString& key) {
        if (!ids.contains(key) && !registering.contains(key) && known.contains(key)) {
            toRegister.append(known.value(key));
            registering.insert(key);
        }
    };
    for (const auto& [key, sample] : std::as_const(batch.samples))
        need(key);
    for (auto it = batch.states.cbegin(); it != batch.states.cend(); ++it)
        need(it.key());
    if (!toRegister.isEmpty() || batch.registerProbes) {
        const Result<QHash<QString, qint64>> registered
            = repository.registerProbes(toRegister, batch.registerProbes ? batch.sites : QStringList());
        if (!registered) {
            outcome.status = registered.error();
            outcome.unwritten = std::move(batch);
            return outcome;
        }
        for (auto it = registered->cbegin(); it != registered->cend(); ++it) {
            ids.insert(it.key(), it.value());
            outcome.ids.insert(it.key(), it.value());
        }
    }

    HealthWriteBatch write;
    write.samples.reserve(batch.samples.size());
    for (const auto& [key, sample] : std::as_const(batch.samples)) {
        const qint64 id = ids.value(key);
        if (id == 0)
            continue; // a probe nobody described: nothing to file it under
        HealthSampleRecord s = sample;
        s.probeId = id;
        write.samples.append(s);
    }
    for (auto it = batch.states.cbegin(); it != batch.states.cend(); ++it) {
        HealthProbeRecord r = it.value();
        r.id = ids.value(it.key());
        if (r.id != 0)
            write.states.append(r);
    }
    for (const HealthEvent& e : std::as_const(batch.events))
        write.events.append(e.toRecord());
    if (Status written = repository.write(write); !written) {
        outcome.status = written;
        batch.registerProbes = false; // the probes are in
        outcome.unwritten = std::move(batch);
        return outcome;
    }
    outcome.samples = write.samples.size();

    bool anyNotice = false;
    for (const HealthEvent& e : std::as_const(batch.events))
        anyNotice = anyNotice || e.notify;
    if (anyNotice) {
        AuditLog audit(database);
        audit.setActor(QStringLiteral("mothership"));
        for (const HealthEvent& e : std::as_const(batch.events)) {
            if (!e.notify)
                continue;
            AuditEvent a;
            a.action = e.auditAction();
            a.site = e.site;
            a.module = e.module;
            a.message = e.describe();
            a.details = QJsonObject {{QStringLiteral("subject"), HealthEvent::subjectName(e.subject)},
                                     {QStringLiteral("from"), e.from},
                                     {QStringLiteral("to"), e.to}};
            if (!e.target.isEmpty())
                a.details.insert(QStringLiteral("target"), e.target);
            if (const Result<AuditRecord> recorded = audit.record(a); !recorded) {
                outcome.auditStatus = recorded.error();
                break;
            }
        }
    }

    if (maintain) {
        outcome.maintained = true;
        const Result<HealthRetention::Summary> summary = HealthRetention::run(repository, nowMs, retention);
        if (summary)
            outcome.summary = *summary;
        else
            outcome.maintenanceStatus = summary.error();
    }
    return outcome;
}

} // namespace ms
