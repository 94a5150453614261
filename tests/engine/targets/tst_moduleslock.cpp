#include "targets/ModulesLock.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using ms::ModulesLock;
using ms::Version;

class TestModulesLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsEmpty()
    {
        QTemporaryDir dir;
        auto lock = ModulesLock::read(ModulesLock::pathFor(dir.path()));
        QVERIFY(lock.ok());
        QVERIFY(lock->entries().isEmpty());
    }

    void roundTripSortedByName()
    {
        QTemporaryDir dir;
        ModulesLock lock;
        lock.set({"payroll", *Version::parse(u"2.0.1"), true});
        lock.set({"documents", *Version::parse(u"1.1.0"), false});
        lock.set({"payroll", *Version::parse(u"2.1.0"), true}); // replaces
        const QString path = ModulesLock::pathFor(dir.path());
        QVERIFY(lock.write(path).ok());
        auto back = ModulesLock::read(path);
        QVERIFY2(back.ok(), qPrintable(back.error().toString()));
        QCOMPARE(*back, lock);
        QCOMPARE(back->entries().size(), 2);
        QCOMPARE(back->entries().first().moduleName, QString("documents"));
        QCOMPARE(back->find("payroll")->version.toString(), QString("2.1.0"));
        QVERIFY(!back->find("documents")->enabled);
        QVERIFY(TestSupport::readFile(path).contains("\"schema\": 1"));
        QVERIFY(back->remove("documents"));
        QVERIFY(!back->remove("documents"));
        QCOMPARE(back->entries().size(), 1);
    }

    void invalidFilesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << "not valid JSON";
        QTest::newRow("array") << QByteArray("[]") << "(root): must be an object";
        QTest::newRow("no schema") << QByteArray(R"({"modules": []})") << "schema: must be 1";
        QTest::newRow("modules not array") << QByteArray(R"({"schema": 1, "modules": {}})") << "modules: must be an array";
        QTest::newRow("no name") << QByteArray(R"({"schema": 1, "modules": [{"version": "1.0.0", "enabled": true}]})")
                                 << "modules[0].module_name: is missing";
        QTest::newRow("bad version")
            << QByteArray(R"({"schema": 1, "modules": [{"module_name": "a", "version": "1.0", "enabled": true}]})")
            << "modules[0].version:";
        QTest::newRow("enabled not bool")
            << QByteArray(R"({"schema": 1, "modules": [{"module_name": "a", "version": "1.0.0", "enabled": "yes"}]})")
            << "modules[0].enabled: must be true or false";
        QTest::newRow("twice")
            << QByteArray(R"({"schema": 1, "modules": [{"module_name": "a", "version": "1.0.0", "enabled": true},
                                                       {"module_name": "a", "version": "1.1.0", "enabled": true}]})")
            << "modules[1].module_name: \"a\" is listed twice";
    }

    void invalidFilesNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        auto lock = ModulesLock::parse(json, "/site/modules.lock.json");
        QVERIFY(!lock.ok());
        QCOMPARE(lock.error().subject(), QString("/site/modules.lock.json"));
        QVERIFY2(lock.error().message().contains(expected), qPrintable(lock.error().message()));
    }

    void newerSchemaIsUnsupported()
    {
        auto lock = ModulesLock::parse(R"({"schema": 2, "modules": []})");
        QCOMPARE(lock.error().code(), ms::ErrorCode::Unsupported);
    }
};

QTEST_GUILESS_MAIN(TestModulesLock)
#include "tst_moduleslock.moc"
