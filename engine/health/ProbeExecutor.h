#pragma once

#include "core/Clock.h"
#include "health/ProbeCheck.h"

#include <QObject>

class QNetworkAccessManager;

namespace ms {

/// Makes the check for a probe (HttpCheck, TcpCheck or CommandCheck) and owns what they
/// share: the QNetworkAccessManagers, so HTTP probes reuse connections to a site. Lives on
/// the thread that runs the checks.
///
/// Probes that skip TLS verification get a QNetworkAccessManager of their own: QNAM pools
/// connections by host and port, not by TLS settings, so a connection opened without
/// verification would otherwise carry a verifying probe's requests too.
class ProbeExecutor : public QObject
{
    Q_OBJECT

public:
    explicit ProbeExecutor(const Clock& clock, QObject* parent = nullptr);
    ~ProbeExecutor() override;

    /// A new, unstarted check for @p spec, owned by @p parent.
    ProbeCheck* create(const ProbeSpec& spec, QObject* parent);

private:
    QNetworkAccessManager* network(bool verifying);

    const Clock& m_clock;
    QNetworkAccessManager* m_verifying = nullptr;
    QNetworkAccessManager* m_unverified = nullptr;
};

} // namespace ms
