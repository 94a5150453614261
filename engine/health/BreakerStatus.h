#pragma once

#include "health/HealthState.h"

#include <QDateTime>
#include <QMetaType>
#include <QStringList>

namespace ms {

/// What the console shows for one circuit breaker.
struct BreakerStatus
{
    QString target; ///< ProbeSpec::breakerTarget()
    QStringList sites; ///< the sites whose probes go through it
    BreakerState state = BreakerState::Closed;
    int consecutiveFailures = 0;
    QDateTime since; ///< when it entered this state; invalid if it never left closed
    QDateTime retryAt; ///< when an open breaker lets a trial through
};

} // namespace ms

Q_DECLARE_METATYPE(ms::BreakerStatus)
