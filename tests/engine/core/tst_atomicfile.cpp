#include "core/AtomicFile.h"

#include "TestSupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using ms::AtomicFile;

class TestAtomicFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replacesContent();
    void leavesNoTemporaryFiles();
    void failsInMissingDirectoryAndNamesIt();
};

void TestAtomicFile::replacesContent()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("modules.lock.json");
    QVERIFY(AtomicFile::write(path, "old").ok());
    QVERIFY(AtomicFile::write(path, "new").ok());
    QCOMPARE(TestSupport::readFile(path), QByteArray("new"));
}

void TestAtomicFile::leavesNoTemporaryFiles()
{
    QTemporaryDir dir;
    QVERIFY(AtomicFile::write(dir.filePath("a.json"), "1").ok());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"a.json"});
}

void TestAtomicFile::failsInMissingDirectoryAndNamesIt()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("missing/a.json");
    const ms::Status s = AtomicFile::write(path, "x");
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code(), ms::ErrorCode::Io);
    QCOMPARE(s.error().subject(), path);
}

QTEST_GUILESS_MAIN(TestAtomicFile)
#include "tst_atomicfile.moc"
