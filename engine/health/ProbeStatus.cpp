#include "health/ProbeStatus.h"

namespace ms {

ProbeStatus ProbeStatus::of(const ProbeSpec& spec)
{
    ProbeStatus s;
    s.key = spec.key();
    s.site = spec.site;
    s.module = spec.module;
    s.name = spec.name;
    s.kind = spec.kind;
    s.method = spec.method;
    s.target = spec.targetDisplay();
    s.breakerTarget = spec.breakerTarget();
    return s;
}

} // namespace ms
