#include "PostgresBackend.h"
#include "SnapshotSuite.h"

#include <QTest>

/// A team's PostgreSQL database, snapshotted into one SQLite file.
class TestSnapshotPostgresql : public SnapshotSuite
{
    Q_OBJECT

public:
    TestSnapshotPostgresql()
        : SnapshotSuite(std::make_shared<PostgresBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestSnapshotPostgresql)
#include "tst_snapshot_postgresql.moc"
