#include "AppsDirRepositorySuite.h"
#include "DatabaseSuite.h"
#include "OperationRepositorySuite.h"
#include "PostgresBackend.h"
#include "SettingsRepositorySuite.h"
#include "SiteRepositorySuite.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QTest>

using ms::Database;
using ms::ErrorCode;

/// What only a server shows: authentication, and URLs that never leak the password.
class TestPostgresql : public StoreSuite
{
    Q_OBJECT

public:
    using StoreSuite::StoreSuite;

private:
    PostgresBackend& cluster() { return static_cast<PostgresBackend&>(*m_backend); }

private Q_SLOTS:
    void opensByUrlWithoutShowingThePassword();
    void wrongPasswordIsRefusedWithoutShowingIt();
};

void TestPostgresql::opensByUrlWithoutShowingThePassword()
{
    QCOMPARE(db().backend(), Database::Backend::PostgreSql);
    QCOMPARE(db().location().databaseName(), QStringLiteral("mothership_test"));
    QVERIFY(db().location().displayName().startsWith(
        QStringLiteral("postgresql://mothership_test@localhost:55432/")));
    QVERIFY(!db().location().displayName().contains(cluster().password()));
    QVERIFY(!db().location().displayName().contains(
        QString::fromLatin1(QUrl::toPercentEncoding(cluster().password()))));
    QVERIFY(ms::SettingsRepository(db()).setValue(QStringLiteral("k"), QStringLiteral("v")).ok());
}

void TestPostgresql::wrongPasswordIsRefusedWithoutShowingIt()
{
    const QString wrong = QStringLiteral("wrong-%1-password").arg(QUuid::createUuid().toString(QUuid::Id128));
    const auto refused = Database::open(cluster().urlWithPassword(wrong), m_clock);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Database);
    QVERIFY(refused.error().subject().startsWith(QStringLiteral("postgresql://mothership_test@")));
    for (const QString& shown : {refused.error().toString(), refused.error().detail()}) {
        QVERIFY2(!shown.contains(wrong), "the password shows in the error");
        QVERIFY2(!shown.contains(cluster().password()), "the password shows in the error");
    }
}

// The repository suites of the SQLite tests, on one private cluster started once. QSKIPs
// when the PostgreSQL server programs are not installed.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    auto backend = std::make_shared<PostgresBackend>();
    DatabaseSuite database(backend);
    SiteRepositorySuite sites(backend);
    AppsDirRepositorySuite appsDirs(backend);
    OperationRepositorySuite operations(backend);
    SettingsRepositorySuite settings(backend);
    TestPostgresql specific(backend);
    int failures = 0;
    for (QObject* suite :
         std::initializer_list<QObject*> {&database, &sites, &appsDirs, &operations, &settings, &specific})
        failures += QTest::qExec(suite, argc, argv);
    return failures == 0 ? 0 : 1;
}

#include "tst_postgresql.moc"
