// OperationJournal: the document recovery depends on survives a round trip exactly, and a
// damaged one is refused with the field named.
#include "lifecycle/OperationJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using ms::JournalModule;
using ms::OperationJournal;

namespace {

OperationJournal sample()
{
    OperationJournal j;
    j.operationId = 42;
    j.kind = "upgrade";
    j.site = "clinic";
    j.siteDir = "/srv/apps/clinic";
    j.modulesDir = "/srv/apps/clinic/modules";
    j.reloadCommand = "systemctl reload clinic";
    j.lockExisted = true;
    j.modulesDirExisted = true;
    j.reloadStarted = true;
    j.keepVersions = 4;
    JournalModule m;
    m.module = "farm_manager";
    m.action = "upgrade";
    m.fromVersion = *ms::Version::parse(u"1.8.0");
    m.toVersion = *ms::Version::parse(u"1.9.0-rc.1+build.7");
    m.originalEntry = ms::ModulesLock::Entry {"farm_manager", *ms::Version::parse(u"1.8.0"), true};
    m.originalCurrent = *ms::Version::parse(u"1.8.0");
    m.moduleDirExisted = true;
    m.versionDirExisted = true;
    m.originalState
        = ms::ModuleStateRecord {"clinic",  "farm_manager",
                                 "running", "1.8.0",
                                 {},        {},
                                 7,         QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC)};
    m.staging = "/srv/apps/clinic/modules/.mothership-staging-42-farm_manager";
    m.trash = "/srv/apps/clinic/modules/.mothership-trash-42-farm_manager-old";
    m.step = "staged";
    JournalModule fresh;
    fresh.module = "inventory";
    fresh.action = "install";
    fresh.toVersion = *ms::Version::parse(u"2.1.0");
    fresh.step = "planned";
    j.modules = {m, fresh};
    return j;
}

} // namespace

class TestOperationJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips();
    void refusesDamage_data();
    void refusesDamage();
};

void TestOperationJournal::roundTrips()
{
    const OperationJournal j = sample();
    auto back = OperationJournal::fromJson(j.toJson());
    QVERIFY2(back, qPrintable(back.error().toString()));
    QCOMPARE(back->toJson(), j.toJson());
    const JournalModule& m = back->modules.first();
    QCOMPARE(m.toVersion.toFullString(), QStringLiteral("1.9.0-rc.1+build.7"));
    QCOMPARE(m.originalEntry->enabled, true);
    QCOMPARE(*m.originalCurrent, *ms::Version::parse(u"1.8.0"));
    QVERIFY(!m.originalPrevious);
    QCOMPARE(*m.originalState, *j.modules.first().originalState);
    const JournalModule& fresh = back->modules.last();
    QVERIFY(fresh.fromVersion.isNull());
    QVERIFY(!fresh.originalEntry && !fresh.originalState && !fresh.originalCurrent);
    QCOMPARE(back->module("inventory")->step, QStringLiteral("planned"));
    QVERIFY(!back->module("reports"));
}

void TestOperationJournal::refusesDamage_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("subject");
    QJsonObject root = QJsonDocument::fromJson(sample().toJson()).object();
    QTest::newRow("not json") << QByteArray("{") << "document";
    auto with = [&](const QString& key, const QJsonValue& v) {
        QJsonObject o = root;
        o.insert(key, v);
        return QJsonDocument(o).toJson();
    };
    QTest::newRow("newer schema") << with("schema", 2) << "schema";
    QTest::newRow("flag not a bool") << with("lock_existed", "yes") << "journal.lock_existed";
    QTest::newRow("no site folder") << with("site_dir", "") << "journal.site_dir";
    QJsonObject badModule = root;
    QJsonArray modules = root.value("modules").toArray();
    QJsonObject first = modules.first().toObject();
    first.insert("to_version", "1.9");
    modules.replace(0, first);
    badModule.insert("modules", modules);
    QTest::newRow("bad version") << QJsonDocument(badModule).toJson() << "journal.modules[0].to_version";
}

void TestOperationJournal::refusesDamage()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, subject);
    auto parsed = OperationJournal::fromJson(json);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().subject(), subject);
}

QTEST_GUILESS_MAIN(TestOperationJournal)
#include "tst_operationjournal.moc"
