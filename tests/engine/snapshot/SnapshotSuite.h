#pragma once

#include "StoreSuite.h"

#include <QTemporaryDir>

/// Snapshot export and read-only open from a database on the suite's backend.
class SnapshotSuite : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private:
    void populate();
    QTemporaryDir m_files;

private Q_SLOTS:
    void exportsOneSelfContainedFile();
    void opensReadOnlyWithTheSameContent();
    void snapshotIsConsistentWhileOthersWrite();
    void failureLeavesNothingBehind();
    void refusesAFileThatIsNotASnapshot();
};
