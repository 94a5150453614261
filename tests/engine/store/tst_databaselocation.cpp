#include "store/DatabaseLocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QTest>

using ms::DatabaseLocation;
using ms::ErrorCode;
using Backend = ms::DatabaseLocation::Backend;

class TestDatabaseLocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void parses_data();
    void parses();
    void rejectsWithoutShowingThePassword_data();
    void rejectsWithoutShowingThePassword();
    void emptyMeansTheDefaultFile();
    void redacts_data();
    void redacts();
};

void TestDatabaseLocation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestDatabaseLocation::parses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("databaseName");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("absolute path") << "/srv/ms/inventory.db" << Backend::Sqlite << "/srv/ms/inventory.db"
                                   << "" << -1 << ""
                                   << ""
                                   << ""
                                   << "/srv/ms/inventory.db";
    const QString relative = QDir::currentPath() + "/data/inventory.db";
    QTest::newRow("relative path is made absolute")
        << "data/inventory.db" << Backend::Sqlite << relative << "" << -1 << ""
        << ""
        << "" << relative;
    QTest::newRow("path is cleaned") << "/srv//ms/../ms/inventory.db" << Backend::Sqlite
                                     << "/srv/ms/inventory.db"
                                     << "" << -1 << ""
                                     << ""
                                     << ""
                                     << "/srv/ms/inventory.db";
    QTest::newRow("sqlite url") << "sqlite:///srv/ms/inventory.db" << Backend::Sqlite
                                << "/srv/ms/inventory.db"
                                << "" << -1 << ""
                                << ""
                                << ""
                                << "/srv/ms/inventory.db";
    QTest::newRow("sqlite url, encoded")
        << "sqlite:///srv/my%20ms/inventory.db" << Backend::Sqlite << "/srv/my ms/inventory.db"
        << "" << -1 << ""
        << ""
        << ""
        << "/srv/my ms/inventory.db";
    QTest::newRow("postgres over tcp")
        << "postgres://admin:s3cret@db.example.org:6543/mothership" << Backend::PostgreSql << "mothership"
        << "db.example.org" << 6543 << "admin"
        << "s3cret"
        << ""
        << "postgres://admin@db.example.org:6543/mothership";
    QTest::newRow("postgresql over a socket")
        << "postgresql://admin@/mothership?host=/run/postgresql" << Backend::PostgreSql << "mothership"
        << "/run/postgresql" << -1 << "admin"
        << ""
        << ""
        << "postgresql://admin@/mothership?host=/run/postgresql";
    QTest::newRow("host parameter wins")
        << "postgresql://admin:pw@localhost:5433/ms?host=%2Ftmp%2Fpg" << Backend::PostgreSql << "ms"
        << "/tmp/pg" << 5433 << "admin"
        << "pw"
        << ""
        << "postgresql://admin@localhost:5433/ms?host=%2Ftmp%2Fpg";
    QTest::newRow("encoded user and password")
        << "postgresql://ad%20min:p%40ss%3Aw%2Frd@h/db" << Backend::PostgreSql << "db"
        << "h" << -1 << "ad min"
        << "p@ss:w/rd"
        << ""
        << "postgresql://ad%20min@h/db";
    QTest::newRow("libpq options") << "postgresql://u@h/db?sslmode=require&connect_timeout=5"
                                   << Backend::PostgreSql << "db"
                                   << "h" << -1 << "u"
                                   << ""
                                   << "sslmode=require;connect_timeout=5"
                                   << "postgresql://u@h/db?sslmode=require&connect_timeout=5";
    QTest::newRow("no user") << "postgresql://localhost/db" << Backend::PostgreSql << "db"
                             << "localhost" << -1 << ""
                             << ""
                             << ""
                             << "postgresql://localhost/db";
}

void TestDatabaseLocation::parses()
{
    QFETCH(QString, text);
    const auto location = DatabaseLocation::parse(text);
    QVERIFY2(location, qPrintable(location.error().toString()));
    QTEST(location->backend(), "backend");
    QCOMPARE(location->driverName(), location->backend() == Backend::Sqlite ? "QSQLITE" : "QPSQL");
    QTEST(location->databaseName(), "databaseName");
    QTEST(location->hostName(), "host");
    QTEST(location->port(), "port");
    QTEST(location->userName(), "user");
    QTEST(location->password(), "password");
    QTEST(location->connectOptions(), "options");
    QTEST(location->displayName(), "display");
    QVERIFY(!location->isDefault());
}

void TestDatabaseLocation::rejectsWithoutShowingThePassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("subject");

    QTest::newRow("unknown scheme") << "mysql://u:hunter2@h/db"
                                    << "mysql://u@h/db";
    QTest::newRow("sqlite relative") << "sqlite://inventory.db"
                                     << "sqlite://inventory.db";
    QTest::newRow("sqlite with a query") << "sqlite:///srv/inventory.db?mode=ro"
                                         << "sqlite:///srv/inventory.db";
    QTest::newRow("postgres without database") << "postgresql://u:hunter2@h"
                                               << "postgresql://u@h";
    QTest::newRow("postgres with empty database") << "postgresql://u:hunter2@h/"
                                                  << "postgresql://u@h/";
    QTest::newRow("postgres database with a slash") << "postgresql://u:hunter2@h/a/b"
                                                    << "postgresql://u@h/a/b";
    QTest::newRow("password as a parameter") << "postgresql://u@h/db?password=hunter2"
                                             << "postgresql://u@h/db";
    QTest::newRow("unknown parameter") << "postgresql://u:hunter2@h/db?options=hunter2"
                                       << "postgresql://u@h/db";
    QTest::newRow("bad sslmode") << "postgresql://u:hunter2@h/db?sslmode=maybe"
                                 << "postgresql://u@h/db";
    QTest::newRow("bad timeout") << "postgresql://u:hunter2@h/db?connect_timeout=soon"
                                 << "postgresql://u@h/db";
    QTest::newRow("port out of range") << "postgresql://u:hunter2@h:99999/db"
                                       << "postgresql://u@h:99999/db";
}

void TestDatabaseLocation::rejectsWithoutShowingThePassword()
{
    QFETCH(QString, text);
    const auto location = DatabaseLocation::parse(text);
    QVERIFY(!location);
    QCOMPARE(location.error().code(), ErrorCode::InvalidArgument);
    QTEST(location.error().subject(), "subject");
    QVERIFY(!location.error().message().isEmpty());
    for (const QString& shown :
         {location.error().message(), location.error().subject(), location.error().detail()})
        QVERIFY2(!shown.contains("hunter2"), "the password shows in the error");
}

void TestDatabaseLocation::emptyMeansTheDefaultFile()
{
    const auto location = DatabaseLocation::parse(QString());
    QVERIFY(location);
    QVERIFY(location->isDefault());
    QCOMPARE(location->backend(), Backend::Sqlite);
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/mothership.db");
    QVERIFY(expected.contains(QStringLiteral(".qttest")));
    QCOMPARE(location->databaseName(), expected);
    QCOMPARE(DatabaseLocation::defaultPath(), expected);
}

void TestDatabaseLocation::redacts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("redacted");
    QTest::newRow("path") << "/srv/a:b@c.db"
                          << "/srv/a:b@c.db";
    QTest::newRow("no password") << "postgresql://u@h/db"
                                 << "postgresql://u@h/db";
    QTest::newRow("password") << "postgresql://u:pw@h:5432/db"
                              << "postgresql://u@h:5432/db";
    QTest::newRow("@ in the password") << "postgresql://u:p@w@h/db"
                                       << "postgresql://u@h/db";
    QTest::newRow("query dropped") << "postgresql://h/db?password=pw"
                                   << "postgresql://h/db";
    QTest::newRow("nothing after the authority") << "postgres://u:pw@h"
                                                 << "postgres://u@h";
}

void TestDatabaseLocation::redacts()
{
    QFETCH(QString, text);
    QTEST(DatabaseLocation::redacted(text), "redacted");
}

QTEST_GUILESS_MAIN(TestDatabaseLocation)
#include "tst_databaselocation.moc"
