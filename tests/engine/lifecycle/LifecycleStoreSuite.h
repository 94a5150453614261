#pragma once

#include "StoreSuite.h"

/// The repositories of migration 0003_lifecycle on a backend: ModuleStateRepository,
/// OperationJournalRepository and VendorKeyRepository.
class LifecycleStoreSuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void stateTransitionsKeepRowAndHistory();
    void stateRestoreIsExact();
    void stateRefusesMalformedChanges();
    void journalBeginsUpdatesAndLists();
    void journalBeginReplacesAnEarlierAttempt();
    void journalRefusesMalformedRecords();
    void runningOperationsWithoutOpenJournal();
    void vendorKeysAreAddedOnce();
    void worksFromAPoolThread();
};
