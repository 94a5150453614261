#include "AuditLogSuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// AuditLog on SQLite files; tst_auditlog_postgresql runs the same suite on PostgreSQL.
class TestAuditLog : public AuditLogSuite
{
    Q_OBJECT

public:
    TestAuditLog()
        : AuditLogSuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
