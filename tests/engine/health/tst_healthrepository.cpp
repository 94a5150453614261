#include "HealthRepositorySuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// HealthRepository on SQLite files; tst_healthrepository_postgresql runs the same suite on
/// PostgreSQL.
class TestHealthRepository : public HealthRepositorySuite
{
    Q_OBJECT

public:
    TestHealthRepository()
        : HealthRepositorySuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestHealthRepository)
#include "tst_healthrepository.moc"
