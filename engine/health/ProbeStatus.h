#pragma once

#include "health/ProbeResult.h"
#include "health/ProbeSpec.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ms {

/// What the console shows for one probe: its identity, its state through the thresholds and
/// since when, and its latest result.
struct ProbeStatus
{
    QString key; ///< ProbeSpec::key()
    QString site;
    QString module; ///< empty for the site's own probes
    QString name;
    ProbeSpec::Kind kind = ProbeSpec::Kind::Readiness;
    ProbeSpec::Method method = ProbeSpec::Method::Http;
    QString target; ///< ProbeSpec::targetDisplay()
    QString breakerTarget; ///< ProbeSpec::breakerTarget()

    ProbeState state = ProbeState::Unknown;
    QDateTime since; ///< when state began; invalid while unknown
    ProbeResult last; ///< the latest result; last.at is invalid before the first
    QString lastError; ///< the latest failure's detail, kept after it passes again
    QDateTime lastErrorAt;
    int consecutiveFailures = 0;
    int consecutivePasses = 0;
    /// The startup probe it waits for ("site/boot"); empty when it runs.
    QString waitingFor;

    /// A status for @p spec with nothing known yet.
    static ProbeStatus of(const ProbeSpec& spec);
};

} // namespace ms

Q_DECLARE_METATYPE(ms::ProbeStatus)
