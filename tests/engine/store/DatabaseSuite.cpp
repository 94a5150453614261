#include "DatabaseSuite.h"

#include "RawConnection.h"
#include "store/OperationRepository.h"
#include "store/SettingsRepository.h"
#include "store/SiteRepository.h"
#include "store/Transaction.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

using ms::Database;
using ms::ErrorCode;

namespace {

const QString migrationsDump
    = QStringLiteral("SELECT version, applied_at FROM schema_migrations ORDER BY version");

QString describe(const ms::Error& error)
{
    return error.toString() + QLatin1Char('\n') + error.detail();
}

} // namespace

void DatabaseSuite::migrationsAreAppliedOnce()
{
    QVERIFY(Database::latestSchemaVersion() >= 1);
    QCOMPARE(db().schemaVersion(), Database::latestSchemaVersion());

    RawConnection raw(m_location);
    QVERIFY2(raw.isOpen(), qPrintable(raw.lastError()));
    QStringList expected;
    for (int version = 1; version <= Database::latestSchemaVersion(); ++version)
        expected << QString::number(version) + QStringLiteral("|2026-01-01T08:30:00.000Z");
    QCOMPARE(raw.dump(migrationsDump), expected.join(QLatin1Char('\n')));

    for (const QString& table :
         {QStringLiteral("sites"), QStringLiteral("site_domains"), QStringLiteral("site_plugins"),
          QStringLiteral("apps_dirs"), QStringLiteral("operations"), QStringLiteral("settings")}) {
        QCOMPARE(raw.scalar(QStringLiteral("SELECT count(*) FROM ") + table).toInt(), 0);
    }
}

void DatabaseSuite::reopeningIsANoOp()
{
    ms::SettingsRepository settings(db());
    QVERIFY(settings.setValue(QStringLiteral("scan.depth"), QStringLiteral("2")).ok());
    m_db.reset();
    const QString before = RawConnection(m_location).dump(migrationsDump);
    QVERIFY(!before.isEmpty());

    m_clock.advanceSecs(86400);
    m_db = openAgain();
    QVERIFY(m_db);
    QCOMPARE(db().schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(RawConnection(m_location).dump(migrationsDump), before);
    QCOMPARE(*ms::SettingsRepository(db()).value(QStringLiteral("scan.depth")), QStringLiteral("2"));
}

void DatabaseSuite::newerSchemaIsRefusedAndLeftUntouched()
{
    QVERIFY(ms::SettingsRepository(db()).setValue(QStringLiteral("theme"), QStringLiteral("dark")).ok());
    m_db.reset();
    const int newer = Database::latestSchemaVersion() + 1;
    {
        RawConnection raw(m_location);
        QVERIFY2(raw.exec(QStringLiteral("INSERT INTO schema_migrations (version, applied_at) "
                                         "VALUES (%1, '2027-06-01T00:00:00.000Z')")
                              .arg(newer)),
                 qPrintable(raw.lastError()));
    }
    const QByteArray before = m_backend->fingerprint(m_location);
    QVERIFY(!before.isEmpty());

    m_clock.advanceSecs(60);
    auto refused = Database::open(m_location, m_clock);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::Unsupported);
    const QString display = ms::DatabaseLocation::parse(m_location)->displayName();
    QCOMPARE(refused.error().subject(), display);
    QVERIFY2(refused.error().message().contains(display), qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QString::number(newer)),
             qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QString::number(Database::latestSchemaVersion())),
             qPrintable(refused.error().message()));

    QCOMPARE(m_backend->fingerprint(m_location), before);
}

void DatabaseSuite::transactionCommitsOrRollsBack()
{
    auto connection = db().connection();
    QVERIFY(connection);
    auto insert = [&](const QString& key) {
        QSqlQuery query(*connection);
        return query.exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('%1', 'x')").arg(key));
    };
    {
        auto transaction = ms::Transaction::begin(db(), *connection);
        QVERIFY(transaction);
        QVERIFY(insert(QStringLiteral("committed")));
        QVERIFY(transaction->commit().ok());
        QVERIFY(!transaction->isActive());
        const ms::Status again = transaction->commit();
        QCOMPARE(again.error().code(), ErrorCode::Internal);
    }
    {
        auto transaction = ms::Transaction::begin(db(), *connection);
        QVERIFY(transaction);
        QVERIFY(insert(QStringLiteral("dropped with the scope")));
    }
    {
        auto transaction = ms::Transaction::begin(db(), *connection);
        QVERIFY(transaction);
        QVERIFY(insert(QStringLiteral("rolled back")));
        transaction->rollback();
        QVERIFY(!transaction->isActive());
    }
    const auto all = ms::SettingsRepository(db()).all();
    QVERIFY(all);
    QCOMPARE(all->keys(), QStringList {QStringLiteral("committed")});
}

void DatabaseSuite::failedWriteLeavesNothingBehind()
{
    ms::Site good;
    good.name = QStringLiteral("alpha");
    good.path = QStringLiteral("/srv/apps/alpha");
    good.appsDir = QStringLiteral("/srv/apps");
    ms::Site broken = good;
    broken.name = QStringLiteral("beta");
    broken.path.clear(); // sites.path is NOT NULL: the database refuses the second insert

    ms::SiteRepository sites(db());
    const auto applied = sites.applyScan({QStringLiteral("/srv/apps")}, {good, broken});
    QVERIFY(!applied);
    QCOMPARE(applied.error().code(), ErrorCode::Database);
    QCOMPARE(applied.error().subject(), db().location().displayName());
    const auto stored = sites.list();
    QVERIFY(stored);
    QVERIFY(stored->isEmpty());
}

void DatabaseSuite::worksFromAnotherThread()
{
    ms::SettingsRepository settings(db());
    const QString mainConnection = db().connection()->connectionName();
    QString workerConnection;
    const QString written = onPoolThread([&]() -> QString {
        workerConnection = db().connection()->connectionName();
        if (ms::Status s = settings.setValue(QStringLiteral("written.by"), QStringLiteral("worker")); !s)
            return describe(s.error());
        const auto read = settings.value(QStringLiteral("written.by"));
        return read ? *read : describe(read.error());
    });
    QVERIFY(ranOnPoolThread());
    QCOMPARE(written, QStringLiteral("worker"));
    QVERIFY(!workerConnection.isEmpty());
    QVERIFY(workerConnection != mainConnection);
    QCOMPARE(*settings.value(QStringLiteral("written.by")), QStringLiteral("worker"));
}

void DatabaseSuite::connectionsCloseWithTheirThreadAndTheDatabase()
{
    QVERIFY(db().connection());
    const qsizetype withMain = QSqlDatabase::connectionNames().size();

    qsizetype whileRunning = -1;
    QString failure;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        const auto value = ms::SettingsRepository(db()).value(QStringLiteral("any"));
        if (!value)
            failure = describe(value.error());
        whileRunning = QSqlDatabase::connectionNames().size();
    }));
    thread->start();
    QVERIFY(thread->wait());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(whileRunning, withMain + 1);
    QCOMPARE(QSqlDatabase::connectionNames().size(), withMain);

    // A pool thread outlives its task; its connection goes with the Database.
    QVERIFY(onPoolThread([&] { return bool(db().connection()); }));
    QVERIFY(ranOnPoolThread());
    QCOMPARE(QSqlDatabase::connectionNames().size(), withMain + 1);
    m_db.reset();
    QCOMPARE(QSqlDatabase::connectionNames().size(), withMain - 1);
}

void DatabaseSuite::twoInstancesWriteConcurrently()
{
    std::unique_ptr<Database> other = openAgain();
    QVERIFY(other);
    constexpr int writesEach = 40;
    auto writer = [](Database* database, const QString& site, QString* failure) {
        return QThread::create([=] {
            ms::OperationRepository operations(*database);
            for (int i = 0; i < writesEach; ++i) {
                ms::OperationRecord record;
                record.kind = QStringLiteral("install");
                record.site = site;
                record.module = QStringLiteral("module_%1").arg(i);
                record.state = QStringLiteral("queued");
                auto created = operations.create(record);
                if (created)
                    created->state = QStringLiteral("succeeded");
                const ms::Status updated
                    = created ? operations.update(*created) : ms::Status(created.error());
                if (!updated) {
                    *failure = describe(updated.error());
                    return;
                }
            }
        });
    };
    QString firstFailure;
    QString secondFailure;
    std::unique_ptr<QThread> first(writer(m_db.get(), QStringLiteral("alpha"), &firstFailure));
    std::unique_ptr<QThread> second(writer(other.get(), QStringLiteral("beta"), &secondFailure));
    first->start();
    second->start();
    QVERIFY(first->wait());
    QVERIFY(second->wait());
    QVERIFY2(firstFailure.isEmpty(), qPrintable(firstFailure));
    QVERIFY2(secondFailure.isEmpty(), qPrintable(secondFailure));

    const auto all = ms::OperationRepository(db()).listRecent(1000);
    QVERIFY(all);
    QCOMPARE(all->size(), 2 * writesEach);
    for (const ms::OperationRecord& record : *all)
        QCOMPARE(record.state, QStringLiteral("succeeded"));
}
