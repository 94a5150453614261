#include "AppsDirRepositorySuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// AppsDirRepository on SQLite files; tst_postgresql runs the same suite on PostgreSQL.
class TestAppsDirRepository : public AppsDirRepositorySuite
{
    Q_OBJECT

public:
    TestAppsDirRepository()
        : AppsDirRepositorySuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestAppsDirRepository)
#include "tst_appsdirrepository.moc"
