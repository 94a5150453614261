#include "TestSupport.h"
#include "discovery/BackupFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using ms::BackupFile;

namespace {
// The file mode as ls shows it: 0600.
int mode(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}
} // namespace

class TestBackupFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesSortByTime_data();
    void namesSortByTime();
    void writesBesideWithSameMode();
    void neverOverwritesABackup();
    void failsInMissingDirectoryAndNamesIt();
};

void TestBackupFile::namesSortByTime_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<QString>("name");
    QTest::newRow("utc") << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC)
                         << "/s/.env.20260102T030405Z.bak";
    QTest::newRow("offset converted to utc")
        << QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::OffsetFromUTC, 3600)
        << "/s/.env.20260102T020405Z.bak";
}

void TestBackupFile::namesSortByTime()
{
    QFETCH(QDateTime, when);
    QFETCH(QString, name);
    QCOMPARE(BackupFile::nameFor("/s/.env", when), name);
}

void TestBackupFile::writesBesideWithSameMode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("site.json");
    QVERIFY(TestSupport::writeFile(path, "{}"));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
    const ms::ManualClock clock;
    const auto backup = BackupFile::write(path, "old bytes", clock);
    QVERIFY2(backup.ok(), qPrintable(backup.error().toString()));
    QCOMPARE(QFileInfo(*backup).absolutePath(), dir.path());
    QCOMPARE(TestSupport::readFile(*backup), QByteArray("old bytes"));
    QCOMPARE(mode(*backup), 0640);
}

void TestBackupFile::neverOverwritesABackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(".env");
    QVERIFY(TestSupport::writeFile(path, "A=1\n"));
    const ms::ManualClock clock;
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        const auto backup = BackupFile::write(path, QByteArray::number(i), clock);
        QVERIFY(backup.ok());
        names << QFileInfo(*backup).fileName();
        QCOMPARE(TestSupport::readFile(*backup), QByteArray::number(i));
    }
    QCOMPARE(names,
             QStringList({".env.20260101T000000Z.bak", ".env.20260101T000000Z-2.bak",
                          ".env.20260101T000000Z-3.bak"}));
}

void TestBackupFile::failsInMissingDirectoryAndNamesIt()
{
    QTemporaryDir dir;
    const auto backup = BackupFile::write(dir.filePath("gone/.env"), "x", ms::ManualClock());
    QVERIFY(!backup.ok());
    QCOMPARE(backup.error().code(), ms::ErrorCode::Io);
    QVERIFY(backup.error().subject().startsWith(dir.filePath("gone/.env.")));
}

QTEST_GUILESS_MAIN(TestBackupFile)
#include "tst_backupfile.moc"
