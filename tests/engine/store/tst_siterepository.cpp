#include "SiteRepositorySuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// SiteRepository on SQLite files; tst_postgresql runs the same suite on PostgreSQL.
class TestSiteRepository : public SiteRepositorySuite
{
    Q_OBJECT

public:
    TestSiteRepository()
        : SiteRepositorySuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestSiteRepository)
#include "tst_siterepository.moc"
