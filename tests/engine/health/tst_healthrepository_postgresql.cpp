#include "HealthRepositorySuite.h"
#include "PostgresBackend.h"

#include <QTest>

/// HealthRepositorySuite on a private PostgreSQL cluster; skips when the server programs are
/// not installed.
class TestHealthRepositoryPostgresql : public HealthRepositorySuite
{
    Q_OBJECT

public:
    TestHealthRepositoryPostgresql()
        : HealthRepositorySuite(std::make_shared<PostgresBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestHealthRepositoryPostgresql)
#include "tst_healthrepository_postgresql.moc"
