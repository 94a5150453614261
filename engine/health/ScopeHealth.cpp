#include "health/ScopeHealth.h"

namespace ms {

namespace {

QString because(const ProbeStatus& p)
{
    const QString who = p.module.isEmpty()
        ? ScopeHealth::tr("%1 probe %2").arg(HealthProbe::typeName(p.kind), p.name)
        : ScopeHealth::tr("%1 probe %2 of %3").arg(HealthProbe::typeName(p.kind), p.name, p.module);
    if (p.state == ProbeState::Failing && !p.lastError.isEmpty())
        return who + QStringLiteral(": ") + p.lastError;
    return who;
}

} // namespace

ScopeHealth ScopeHealth::evaluate(const QString& site, const QString& module,
                                  const QList<ProbeStatus>& probes)
{
    ScopeHealth h;
    h.site = site;
    h.module = module;
    const ProbeStatus* liveFailing = nullptr;
    const ProbeStatus* startupPending = nullptr;
    const ProbeStatus* readyFailing = nullptr;
    bool anyKnown = false;
    for (const ProbeStatus& p : probes) {
        ++h.probes;
        if (p.state == ProbeState::Passing)
            ++h.passing;
        else if (p.state == ProbeState::Failing)
            ++h.failing;
        if (p.state != ProbeState::Unknown)
            anyKnown = true;
        switch (p.kind) {
        case ProbeSpec::Kind::Liveness:
            if (p.state == ProbeState::Failing && !liveFailing)
                liveFailing = &p;
            break;
        case ProbeSpec::Kind::Startup:
            if (p.state != ProbeState::Passing && !startupPending)
                startupPending = &p;
            break;
        case ProbeSpec::Kind::Readiness:
            if (p.state == ProbeState::Failing && !readyFailing)
                readyFailing = &p;
            break;
        }
    }
    if (liveFailing) {
        h.state = ScopeState::Down;
        h.reason = because(*liveFailing);
    } else if (startupPending) {
        h.state = ScopeState::Starting;
        h.reason = because(*startupPending);
    } else if (readyFailing) {
        h.state = ScopeState::NotReady;
        h.reason = because(*readyFailing);
    } else if (!anyKnown) {
        h.state = ScopeState::Unknown;
    } else {
        h.state = ScopeState::Up;
    }
    return h;
}

} // namespace ms
