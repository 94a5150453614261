#include "AuditLogSuite.h"
#include "PostgresBackend.h"

#include <QTest>

/// AuditLog on a private PostgreSQL cluster (row locks instead of SQLite's write lock).
class TestAuditLogPostgresql : public AuditLogSuite
{
    Q_OBJECT

public:
    TestAuditLogPostgresql()
        : AuditLogSuite(std::make_shared<PostgresBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestAuditLogPostgresql)
#include "tst_auditlog_postgresql.moc"
