#include "LifecycleStoreSuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// The lifecycle's repositories on SQLite files; tst_lifecyclestore_postgresql runs the same
/// suite on PostgreSQL.
class TestLifecycleStore : public LifecycleStoreSuite
{
    Q_OBJECT

public:
    TestLifecycleStore()
        : LifecycleStoreSuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestLifecycleStore)
#include "tst_lifecyclestore.moc"
