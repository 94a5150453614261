#include "health/ProbeExecutor.h"

#include "health/CommandCheck.h"
#include "health/HttpCheck.h"
#include "health/TcpCheck.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace ms {

ProbeExecutor::ProbeExecutor(const Clock& clock, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
{
}

ProbeExecutor::~ProbeExecutor() = default;

QNetworkAccessManager* ProbeExecutor::network()
{
    // Made on first use, so it belongs to the thread the checks run on.
    if (!m_network) {
        m_network = new QNetworkAccessManager(this);
        // Sites answer directly; a proxy from the environment would probe the proxy.
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_network->setStrictTransportSecurityEnabled(false);
    }
    return m_network;
}

ProbeCheck* ProbeExecutor::create(const ProbeSpec& spec, QObject* parent)
{
    switch (spec.method) {
    case ProbeSpec::Method::Http:
        return new HttpCheck(spec, *network(), m_clock, parent);
    case ProbeSpec::Method::Tcp:
        return new TcpCheck(spec, m_clock, parent);
    case ProbeSpec::Method::Command:
        return new CommandCheck(spec, m_clock, parent);
    }
    return nullptr;
}

} // namespace ms
