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

QNetworkAccessManager* ProbeExecutor::network(bool verifying)
{
    // Made on first use, so it belongs to the thread the checks run on.
    QNetworkAccessManager*& network = verifying ? m_verifying : m_unverified;
    if (!network) {
        network = new QNetworkAccessManager(this);
        // Sites answer directly; a proxy from the environment would probe the proxy.
        network->setProxy(QNetworkProxy::NoProxy);
        network->setStrictTransportSecurityEnabled(false);
    }
    return network;
}

ProbeCheck* ProbeExecutor::create(const ProbeSpec& spec, QObject* parent)
{
    switch (spec.method) {
    case ProbeSpec::Method::Http:
        return new HttpCheck(spec, *network(spec.tlsVerify), m_clock, parent);
    case ProbeSpec::Method::Tcp:
        return new TcpCheck(spec, m_clock, parent);
    case ProbeSpec::Method::Command:
        return new CommandCheck(spec, m_clock, parent);
    }
    return nullptr;
}

} // namespace ms
