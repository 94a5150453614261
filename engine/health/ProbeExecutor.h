#pragma once

#include "core/Clock.h"
#include "health/HttpConnectionPool.h"
#include "health/ProbeCheck.h"

#include <QObject>

namespace ms {

/// Makes the check for a probe (HttpCheck, TcpCheck or CommandCheck) and owns what they
/// share: the HttpConnectionPool, so HTTP probes reuse connections to a site. Lives on the
/// thread that runs the checks.
class ProbeExecutor : public QObject
{
    Q_OBJECT

public:
    explicit ProbeExecutor(const Clock& clock, QObject* parent = nullptr);
    ~ProbeExecutor() override;

    /// A new, unstarted check for @p spec, owned by @p parent.
    ProbeCheck* create(const ProbeSpec& spec, QObject* parent);

    HttpConnectionPool& connections() { return *m_connections; }

private:
    const Clock& m_clock;
    HttpConnectionPool* m_connections;
};

} // namespace ms
