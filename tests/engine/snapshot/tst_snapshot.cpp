#include "SnapshotSuite.h"
#include "SqliteBackend.h"

#include <QStandardPaths>
#include <QTest>

/// Snapshots of a SQLite database; tst_snapshot_postgresql takes them from PostgreSQL.
class TestSnapshot : public SnapshotSuite
{
    Q_OBJECT

public:
    TestSnapshot()
        : SnapshotSuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"
