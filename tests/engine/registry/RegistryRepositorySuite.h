#pragma once

#include "StoreSuite.h"

/// RegistryRepository on a backend (tst_registryrepository on SQLite files,
/// tst_registryrepository_postgresql on a private PostgreSQL cluster).
class RegistryRepositorySuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void addFindAndList();
    void namesAreUnique();
    void needsKeys();
    void keysComeAndGoButNeverTheLast();
    void removeTakesTheKeysAlong();
    void acceptedStateOnlyMovesForward();
    void concurrentRefreshLosesCleanly();
    void attemptsKeepTheAcceptedState();
    void usableFromPoolThreads();
};
