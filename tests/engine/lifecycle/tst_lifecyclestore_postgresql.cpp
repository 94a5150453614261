#include "LifecycleStoreSuite.h"
#include "PostgresBackend.h"

#include <QTest>

/// The lifecycle's repositories on a private PostgreSQL cluster (skips when the server
/// programs are not installed): migration 0003 is written once for both backends.
class TestLifecycleStorePostgresql : public LifecycleStoreSuite
{
    Q_OBJECT

public:
    TestLifecycleStorePostgresql()
        : LifecycleStoreSuite(std::make_shared<PostgresBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestLifecycleStorePostgresql)
#include "tst_lifecyclestore_postgresql.moc"
