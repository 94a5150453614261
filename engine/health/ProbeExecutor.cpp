#include "health/ProbeExecutor.h"

#include "health/CommandCheck.h"
#include "health/HttpCheck.h"
#include "health/TcpCheck.h"

namespace ms {

ProbeExecutor::ProbeExecutor(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_connections(new HttpConnectionPool(this))
{
}

ProbeExecutor::~ProbeExecutor() = default;

ProbeCheck* ProbeExecutor::create(const ProbeSpec& spec, QObject* parent)
{
    switch (spec.method) {
    case ProbeSpec::Method::Http:
        return new HttpCheck(spec, *m_connections, m_clock, parent);
    case ProbeSpec::Method::Tcp:
        return new TcpCheck(spec, m_clock, parent);
    case ProbeSpec::Method::Command:
        return new CommandCheck(spec, m_clock, parent);
    }
    return nullptr;
}

} // namespace ms
