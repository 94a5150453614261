#pragma once

#include "StoreSuite.h"

/// HealthRepository on a backend: probes and their states, batched samples, rollups with
/// their watermark, retention and events.
class HealthRepositorySuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void registersProbesAndRetiresTheOnesAConfigDrops();
    void writesABatchInOneTransaction();
    void aFailingBatchWritesNothing();
    void oneOffChecksKeepTheStateAndTheLastError();
    void samplesAndRollupsBySiteAndTime();
    void rollupWatermarkIsACompareAndSet();
    void pruneDeletesByTime();
    void eventsNewestFirstAndLatestPerScope();
    void refusesProbesWithoutKey();
};
