#pragma once

#include "StoreSuite.h"

/// OperationRepository on a backend.
class OperationRepositorySuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void createAssignsIdAndTime();
    void updateRecordsProgressAndFailure();
    void listRecentIsNewestFirst();
    void invalidAndUnknownOperations();
};
