#include "SettingsRepositorySuite.h"
#include "SqliteBackend.h"

#include <QTest>

/// SettingsRepository on SQLite files; tst_postgresql runs the same suite on PostgreSQL.
class TestSettingsRepository : public SettingsRepositorySuite
{
    Q_OBJECT

public:
    TestSettingsRepository()
        : SettingsRepositorySuite(std::make_shared<SqliteBackend>())
    {
    }
};

QTEST_GUILESS_MAIN(TestSettingsRepository)
#include "tst_settingsrepository.moc"
