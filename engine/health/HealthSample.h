#pragma once

#include "health/ProbeResult.h"
#include "health/ProbeSpec.h"

#include <QMetaType>

namespace ms {

/// One recorded run of a probe, as the console's charts receive it.
struct HealthSample
{
    QString key; ///< ProbeSpec::key()
    QString site;
    QString module;
    QString probe; ///< the probe's name
    ProbeSpec::Kind kind = ProbeSpec::Kind::Readiness;
    ProbeResult result;
};

} // namespace ms

Q_DECLARE_METATYPE(ms::HealthSample)
