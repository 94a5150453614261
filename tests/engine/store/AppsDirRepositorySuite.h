#pragma once

#include "StoreSuite.h"

/// AppsDirRepository on a backend.
class AppsDirRepositorySuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private Q_SLOTS:
    void addsAndListsByPath();
    void addingTwiceKeepsTheFirstTime();
    void relativePathsAreRefused();
    void removeAndNotFound();
};
