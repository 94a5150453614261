#include "RegistryRepositorySuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// RegistryRepository on SQLite files; tst_registryrepository_postgresql runs the same suite on
/// PostgreSQL.
class TestRegistryRepository : public RegistryRepositorySuite
{
    Q_OBJECT

public:
    TestRegistryRepository()
        : RegistryRepositorySuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestRegistryRepository)
#include "tst_registryrepository.moc"
