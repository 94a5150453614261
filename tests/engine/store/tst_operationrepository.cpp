#include "OperationRepositorySuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// OperationRepository on SQLite files; tst_postgresql runs the same suite on PostgreSQL.
class TestOperationRepository : public OperationRepositorySuite
{
    Q_OBJECT

public:
    TestOperationRepository()
        : OperationRepositorySuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestOperationRepository)
#include "tst_operationrepository.moc"
