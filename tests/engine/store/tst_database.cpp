#include "DatabaseSuite.h"
#include "RawConnection.h"
#include "SqliteBackend.h"
#include "TestSupport.h"

#include <QDir>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ms::Database;
using ms::ErrorCode;

/// Database on SQLite: the shared DatabaseSuite, plus what only a file can show.
class TestDatabase : public DatabaseSuite
{
    Q_OBJECT

public:
    TestDatabase()
        : DatabaseSuite(std::make_shared<SqliteBackend>())
    {
    }

private Q_SLOTS:
    void pragmasHoldOnEveryConnection();
    void newerSchemaInRollbackJournalModeStaysAsItWas();
    void defaultLocationIsInTheDataDirectory();
    void fileThatIsNotADatabaseIsRefusedUntouched();
    void missingFolderIsAnIoError();
    void sqliteUrlOpensTheFile();
};

namespace {

QStringList pragmas(const QSqlDatabase& connection)
{
    QStringList out;
    for (const char* pragma : {"journal_mode", "foreign_keys", "busy_timeout", "synchronous"}) {
        QSqlQuery query(connection);
        if (!query.exec(QStringLiteral("PRAGMA ") + QLatin1String(pragma)) || !query.next())
            return {};
        out << QLatin1String(pragma) + QLatin1Char('=') + query.value(0).toString();
    }
    return out;
}

QStringList filesIn(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

} // namespace

void TestDatabase::pragmasHoldOnEveryConnection()
{
    // synchronous=NORMAL reads back as 1.
    const QStringList expected = {QStringLiteral("journal_mode=wal"), QStringLiteral("foreign_keys=1"),
                                  QStringLiteral("busy_timeout=5000"), QStringLiteral("synchronous=1")};
    QCOMPARE(pragmas(*db().connection()), expected);
    const QStringList fromWorker = onPoolThread([&] {
        const auto connection = db().connection();
        return connection ? pragmas(*connection) : QStringList();
    });
    QVERIFY(ranOnPoolThread());
    QCOMPARE(fromWorker, expected);
}

void TestDatabase::newerSchemaInRollbackJournalModeStaysAsItWas()
{
    // What a newer Mothership that dropped WAL might have left: the refusal must not even
    // switch the journal mode.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("newer.db"));
    {
        RawConnection raw(path);
        QVERIFY(raw.exec(QStringLiteral("PRAGMA journal_mode = DELETE")));
        QVERIFY(raw.exec(
            QStringLiteral("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT)")));
        QVERIFY(raw.exec(QStringLiteral("INSERT INTO schema_migrations VALUES (1, 'x'), (90, 'y')")));
    }
    const QByteArray bytes = TestSupport::readFile(path);
    QCOMPARE(bytes.at(18), char(1)); // file format 1: rollback journal
    const QStringList files = filesIn(dir.path());

    const auto refused = Database::open(path, m_clock);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Unsupported);
    QCOMPARE(refused.error().subject(), path);
    QVERIFY(refused.error().message().contains(QStringLiteral("90")));
    QCOMPARE(TestSupport::readFile(path), bytes);
    QCOMPARE(filesIn(dir.path()), files);
}

void TestDatabase::defaultLocationIsInTheDataDirectory()
{
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(dataDir.contains(QStringLiteral(".qttest")));
    QVERIFY(QDir(dataDir).removeRecursively());

    auto opened = Database::open(QString(), m_clock);
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QVERIFY((*opened)->location().isDefault());
    QCOMPARE((*opened)->location().databaseName(), dataDir + QStringLiteral("/mothership.db"));
    QVERIFY(QFileInfo::exists(dataDir + QStringLiteral("/mothership.db")));
    opened->reset();
    QVERIFY(QDir(dataDir).removeRecursively());
}

void TestDatabase::fileThatIsNotADatabaseIsRefusedUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("inventory.db"));
    QVERIFY(QFile::copy(TestSupport::fixturePath(QStringLiteral("store/not-a-database.db")), path));
    const QByteArray bytes = TestSupport::readFile(path);
    const QStringList files = filesIn(dir.path());

    const auto refused = Database::open(path, m_clock);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Database);
    QCOMPARE(refused.error().subject(), path);
    QCOMPARE(TestSupport::readFile(path), bytes);
    QCOMPARE(filesIn(dir.path()), files);
}

void TestDatabase::missingFolderIsAnIoError()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing/inventory.db"));
    const auto refused = Database::open(path, m_clock);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Io);
    QCOMPARE(refused.error().subject(), path);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
}

void TestDatabase::sqliteUrlOpensTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("by url.db"));
    auto opened = Database::open(
        QStringLiteral("sqlite://") + QString::fromLatin1(QUrl::toPercentEncoding(path, "/")), m_clock);
    QVERIFY2(opened, qPrintable(opened.error().toString()));
    QCOMPARE((*opened)->location().databaseName(), path);
    QCOMPARE((*opened)->location().displayName(), path);
    QCOMPARE((*opened)->backend(), Database::Backend::Sqlite);
    QVERIFY(QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
