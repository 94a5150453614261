#pragma once

#include "StoreSuite.h"

/// AuditLog on a backend: the chain, filters, tamper detection and concurrent writers.
class AuditLogSuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void recordsActorTimeAndChain();
    void filters();
    void detectsAnEditedEntry();
    void detectsARemovedEntry();
    void detectsRemovedNewestEntries();
    void concurrentWritersKeepOneChain();
    void csvQuotesAndExports();
    void refusesAnEventWithoutAction();
};
