#include "health/HealthState.h"

#include <QStringList>

namespace ms {

namespace {

const QStringList kOutcomes {QStringLiteral("passed"), QStringLiteral("failed"), QStringLiteral("timed_out"),
                             QStringLiteral("breaker_open")};
const QStringList kProbeStates {QStringLiteral("unknown"), QStringLiteral("passing"),
                                QStringLiteral("failing")};
const QStringList kScopeStates {QStringLiteral("unknown"), QStringLiteral("starting"), QStringLiteral("up"),
                                QStringLiteral("not_ready"), QStringLiteral("down")};
const QStringList kBreakerStates {QStringLiteral("closed"), QStringLiteral("open"),
                                  QStringLiteral("half_open")};

template<typename E> std::optional<E> lookup(const QStringList& names, QStringView name)
{
    const qsizetype i = names.indexOf(name);
    if (i < 0)
        return std::nullopt;
    return E(i);
}

} // namespace

QString HealthNames::outcome(ProbeOutcome outcome)
{
    return kOutcomes.at(int(outcome));
}

std::optional<ProbeOutcome> HealthNames::outcomeFromName(QStringView name)
{
    return lookup<ProbeOutcome>(kOutcomes, name);
}

QString HealthNames::probeState(ProbeState state)
{
    return kProbeStates.at(int(state));
}

std::optional<ProbeState> HealthNames::probeStateFromName(QStringView name)
{
    return lookup<ProbeState>(kProbeStates, name);
}

QString HealthNames::scopeState(ScopeState state)
{
    return kScopeStates.at(int(state));
}

std::optional<ScopeState> HealthNames::scopeStateFromName(QStringView name)
{
    return lookup<ScopeState>(kScopeStates, name);
}

QString HealthNames::breakerState(BreakerState state)
{
    return kBreakerStates.at(int(state));
}

std::optional<BreakerState> HealthNames::breakerStateFromName(QStringView name)
{
    return lookup<BreakerState>(kBreakerStates, name);
}

QString HealthNames::describe(ScopeState state)
{
    switch (state) {
    case ScopeState::Unknown:
        return tr("unknown");
    case ScopeState::Starting:
        return tr("starting");
    case ScopeState::Up:
        return tr("up");
    case ScopeState::NotReady:
        return tr("not ready");
    case ScopeState::Down:
        return tr("down");
    }
    return {};
}

QString HealthNames::describe(ProbeState state)
{
    switch (state) {
    case ProbeState::Unknown:
        return tr("unknown");
    case ProbeState::Passing:
        return tr("passing");
    case ProbeState::Failing:
        return tr("failing");
    }
    return {};
}

QString HealthNames::describe(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return tr("closed");
    case BreakerState::Open:
        return tr("open");
    case BreakerState::HalfOpen:
        return tr("half-open");
    }
    return {};
}

} // namespace ms
