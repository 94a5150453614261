#pragma once

#include "StoreSuite.h"

/// Database and Transaction behaviour that holds on every backend: migrations, refusing a
/// newer schema, transactions, connections per thread, concurrent writers.
class DatabaseSuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void migrationsAreAppliedOnce();
    void reopeningIsANoOp();
    void newerSchemaIsRefusedAndLeftUntouched();
    void transactionCommitsOrRollsBack();
    void failedWriteLeavesNothingBehind();
    void worksFromAnotherThread();
    void connectionsCloseWithTheirThreadAndTheDatabase();
    void twoInstancesWriteConcurrently();
};
