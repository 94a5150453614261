// SiteLock: one holder per site, across descriptors of one process and across processes, and
// freed when its holder dies.
#include "targets/SiteLock.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

using ms::ErrorCode;
using ms::SiteLock;

class TestSiteLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHolderAtATime();
    void anotherProcessHoldsIt();
    void aKilledHolderReleasesIt();
    void missingFolder();
};

void TestSiteLock::oneHolderAtATime()
{
    QTemporaryDir dir;
    SiteLock first;
    QVERIFY(first.tryAcquire(dir.path()).ok());
    QVERIFY(first.isHeld());
    SiteLock second;
    const auto refused = second.tryAcquire(dir.path());
    QCOMPARE(refused.error().code(), ErrorCode::Conflict);
    QCOMPARE(refused.error().subject(), dir.path());
    QVERIFY(!second.isHeld());
    first.release();
    QVERIFY(second.tryAcquire(dir.path()).ok());
    // No file is left in the site.
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
}

void TestSiteLock::anotherProcessHoldsIt()
{
    QTemporaryDir dir;
    // flock(1) takes the same kind of lock on the folder and keeps it until its command ends.
    QProcess holder;
    holder.start(QStringLiteral("flock"),
                 {dir.path(), QStringLiteral("-c"), QStringLiteral("echo held; read line")});
    QVERIFY(holder.waitForReadyRead(10000));
    SiteLock lock;
    QCOMPARE(lock.tryAcquire(dir.path()).error().code(), ErrorCode::Conflict);
    holder.write("\n");
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(lock.tryAcquire(dir.path()).ok());
}

void TestSiteLock::aKilledHolderReleasesIt()
{
    QTemporaryDir dir;
    int ready[2];
    QVERIFY(::pipe(ready) == 0);
    const pid_t child = ::fork();
    if (child == 0) {
        SiteLock lock;
        const bool ok = lock.tryAcquire(dir.path()).ok();
        const char c = ok ? '1' : '0';
        (void)!::write(ready[1], &c, 1);
        ::pause();
        ::_exit(0);
    }
    char c = 0;
    QCOMPARE(::read(ready[0], &c, 1), ssize_t(1));
    QCOMPARE(c, '1');
    SiteLock lock;
    QCOMPARE(lock.tryAcquire(dir.path()).error().code(), ErrorCode::Conflict);
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    QVERIFY(WIFSIGNALED(status));
    QVERIFY(lock.tryAcquire(dir.path()).ok());
    ::close(ready[0]);
    ::close(ready[1]);
}

void TestSiteLock::missingFolder()
{
    SiteLock lock;
    const auto failed = lock.tryAcquire(QStringLiteral("/nonexistent/site"));
    QCOMPARE(failed.error().code(), ErrorCode::Io);
    QCOMPARE(failed.error().subject(), QStringLiteral("/nonexistent/site"));
}

QTEST_GUILESS_MAIN(TestSiteLock)
#include "tst_sitelock.moc"
