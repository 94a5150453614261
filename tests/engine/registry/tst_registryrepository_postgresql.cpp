#include "PostgresBackend.h"
#include "RegistryRepositorySuite.h"

#include <QTest>

/// RegistryRepository on a private PostgreSQL cluster; skips when the server programs are not
/// installed.
class TestRegistryRepositoryPostgresql : public RegistryRepositorySuite
{
    Q_OBJECT

public:
    TestRegistryRepositoryPostgresql()
        : RegistryRepositorySuite(std::make_shared<PostgresBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestRegistryRepositoryPostgresql)
#include "tst_registryrepository_postgresql.moc"
