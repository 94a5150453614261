#include "TestSupport.h"
#include "discovery/FileContent.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using ms::ErrorCode;
using ms::FileContent;

Q_DECLARE_METATYPE(ErrorCode)

class TestFileContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsWholeFiles_data();
    void readsWholeFiles();
    void failures_data();
    void failures();
    void followsLinksToFiles();
};

void TestFileContent::readsWholeFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("x");
    QTest::newRow("a page") << QByteArray(4096, 'a');
    QTest::newRow("binary") << QByteArray("\0\r\n\xff", 4);
    QTest::newRow("larger than a read buffer") << QByteArray(300000, 'b');
}

void TestFileContent::readsWholeFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath("f");
    QVERIFY(TestSupport::writeFile(path, content));
    const auto data = FileContent::read(path, 1024 * 1024);
    QVERIFY2(data.ok(), qPrintable(data.error().toString()));
    QCOMPARE(data->size(), content.size());
    QVERIFY(*data == content);
}

void TestFileContent::failures_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("missing") << "missing" << ErrorCode::NotFound;
    QTest::newRow("missing parent") << "missing/.env" << ErrorCode::NotFound;
    QTest::newRow("a file used as a folder") << "file/.env" << ErrorCode::NotFound;
    QTest::newRow("a directory") << "folder" << ErrorCode::Io;
    QTest::newRow("too large") << "large" << ErrorCode::Unsupported;
    QTest::newRow("unreadable") << "locked" << ErrorCode::Io;
}

void TestFileContent::failures()
{
    QFETCH(QString, name);
    QFETCH(ErrorCode, code);
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeFile(dir.filePath("file"), "x"));
    QVERIFY(QDir().mkpath(dir.filePath("folder")));
    QVERIFY(TestSupport::writeFile(dir.filePath("large"), QByteArray(101, 'x')));
    QVERIFY(TestSupport::writeFile(dir.filePath("locked"), "secret"));
    QVERIFY(QFile::setPermissions(dir.filePath("locked"), QFile::Permissions()));
    if (name == "locked" && ::geteuid() == 0)
        QSKIP("root reads every file");
    const auto data = FileContent::read(dir.filePath(name), 100);
    QVERIFY(!data.ok());
    QCOMPARE(data.error().code(), code);
    QCOMPARE(data.error().subject(), dir.filePath(name));
}

void TestFileContent::followsLinksToFiles()
{
    QTemporaryDir dir;
    QVERIFY(TestSupport::writeFile(dir.filePath("shared.env"), "PORT=1\n"));
    QVERIFY(QFile::link("shared.env", dir.filePath(".env")));
    const auto data = FileContent::read(dir.filePath(".env"), 100);
    QVERIFY(data.ok());
    QCOMPARE(*data, QByteArray("PORT=1\n"));
}

QTEST_GUILESS_MAIN(TestFileContent)
#include "tst_filecontent.moc"
