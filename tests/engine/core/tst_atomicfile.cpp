#include "core/AtomicFile.h"

#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using ms::AtomicFile;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesContent_data() { durabilities(); }
    void replacesContent();
    void leavesNoTemporaryFiles_data() { durabilities(); }
    void leavesNoTemporaryFiles();
    void failsInMissingDirectoryAndNamesIt_data() { durabilities(); }
    void failsInMissingDirectoryAndNamesIt();
    void unsyncedFileGetsTheUsualMode();

private:
    static void durabilities()
    {
        QTest::addColumn<AtomicFile::Durability>("durability");
        QTest::newRow("synced") << AtomicFile::Durability::Synced;
        QTest::newRow("unsynced") << AtomicFile::Durability::Unsynced;
    }
};

void TestAtomicFile::replacesContent()
{
    QFETCH(AtomicFile::Durability, durability);
    QTemporaryDir dir;
    const QString path = dir.filePath("modules.lock.json");
    QVERIFY(AtomicFile::write(path, "old", durability).ok());
    QVERIFY(AtomicFile::write(path, "new", durability).ok());
    QCOMPARE(TestSupport::readFile(path), QByteArray("new"));
}

void TestAtomicFile::leavesNoTemporaryFiles()
{
    QFETCH(AtomicFile::Durability, durability);
    QTemporaryDir dir;
    QVERIFY(AtomicFile::write(dir.filePath("a.json"), "1", durability).ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"a.json"});
}

void TestAtomicFile::failsInMissingDirectoryAndNamesIt()
{
    QFETCH(AtomicFile::Durability, durability);
    QTemporaryDir dir;
    const QString path = dir.filePath("missing/a.json");
    const ms::Status s = AtomicFile::write(path, "x", durability);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ms::ErrorCode::Io);
    QCOMPARE(s.error().subject(), path);
}

void TestAtomicFile::unsyncedFileGetsTheUsualMode()
{
    // As a file the program creates any other way (0666 less the umask), not a temporary
    // file's private 0600.
    QTemporaryDir dir;
    const QString plain = dir.filePath("plain");
    QVERIFY(TestSupport::writeFile(plain, "x"));
    const QString cached = dir.filePath("cached");
    QVERIFY(AtomicFile::write(cached, "x", AtomicFile::Durability::Unsynced).ok());
    QCOMPARE(QFileInfo(cached).permissions(), QFileInfo(plain).permissions());
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
