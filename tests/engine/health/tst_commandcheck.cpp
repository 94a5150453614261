#include "CheckRunner.h"
#include "TestSupport.h"
#include "health/CommandCheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace ms;

namespace {

ProbeSpec specFor(const QStringList& argv, int timeoutS = 2, const QString& dir = {})
{
    ProbeSpec s;
    s.site = QStringLiteral("fixture");
    s.name = QStringLiteral("cmd");
    s.method = ProbeSpec::Method::Command;
    s.argv = argv;
    s.timeoutS = timeoutS;
    s.workingDir = dir;
    return s;
}

bool alive(qint64 pid)
{
    return pid > 0 && ::kill(pid_t(pid), 0) == 0;
}

} // namespace

/// The command probe: real processes that pass, fail, hang, cannot start or talk too much.
class TestCommandCheck : public QObject
{
    Q_OBJECT

    ManualClock m_clock;
    QTemporaryDir m_dir;

    CheckOutcome run(const ProbeSpec& spec)
    {
        CommandCheck check(spec, m_clock);
        return runCheck(check);
    }

private Q_SLOTS:
    void exitZeroPassesWithTheFirstLine()
    {
        const CheckOutcome out = run(specFor({"sh", "-c", "echo; echo '  all 3 workers idle  '; echo more"}));
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QCOMPARE(out.result.detail, QStringLiteral("all 3 workers idle"));
        const CheckOutcome silent = run(specFor({"true"}));
        QCOMPARE(silent.result.outcome, ProbeOutcome::Passed);
        QCOMPARE(silent.result.detail, QStringLiteral("exited with 0"));
    }

    void nonZeroFails()
    {
        const CheckOutcome out = run(specFor({"sh", "-c", "echo 'queue backlog 900' >&2; exit 3"}));
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail, QStringLiteral("exited with 3: queue backlog 900"));
        QCOMPARE(out.result.error.subject(), QStringLiteral("sh -c echo 'queue backlog 900' >&2; exit 3"));
        QCOMPARE(run(specFor({"false"})).result.detail, QStringLiteral("exited with 1"));
    }

    void crashFails()
    {
        const CheckOutcome out = run(specFor({"sh", "-c", "kill -SEGV $$"}));
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail, QStringLiteral("the program crashed"));
    }

    void hangIsKilledAtTheTimeoutWithWhatItStarted()
    {
        QVERIFY(m_dir.isValid());
        const QString pidFile = m_dir.filePath(QStringLiteral("child.pid"));
        // The shell starts a grandchild that would keep running (and keep the pipe open).
        const CheckOutcome out
            = run(specFor({"sh", "-c", QStringLiteral("sleep 60 & echo $! > '%1'; wait").arg(pidFile)}, 1));
        QCOMPARE(out.result.outcome, ProbeOutcome::TimedOut);
        QCOMPARE(out.result.detail, QStringLiteral("did not finish within 1 s; killed"));
        QVERIFY(out.elapsedMs < 2500);
        const qint64 grandchild = TestSupport::readFile(pidFile).trimmed().toLongLong();
        QVERIFY(grandchild > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!alive(grandchild), 5000);
    }

    void missingProgramFails()
    {
        const CheckOutcome out = run(specFor({"/nonexistent/selftest"}));
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QVERIFY2(out.result.detail.startsWith(QStringLiteral("cannot start the program")),
                 qPrintable(out.result.detail));
        QCOMPARE(out.result.error.code(), ErrorCode::Io);
    }

    void relativeProgramRunsInTheModulesFolder()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("bin")));
        const QString script = m_dir.filePath(QStringLiteral("bin/selftest"));
        QVERIFY(TestSupport::writeFile(script, "#!/bin/sh\npwd\n"));
        QVERIFY(QFile::setPermissions(script, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
        const CheckOutcome out = run(specFor({"bin/selftest"}, 2, m_dir.path()));
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QCOMPARE(out.result.detail, QDir(m_dir.path()).canonicalPath());
    }

    void outputIsCapped()
    {
        // 1 MB of output: read to the end (the program is not blocked on a full pipe) but
        // only the first MaxCommandOutput bytes are kept.
        CommandCheck check(specFor({"sh", "-c", "head -c 1000000 /dev/zero | tr '\\0' 'y'; echo; exit 0"}, 5),
                           m_clock);
        const CheckOutcome out = runCheck(check);
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QCOMPARE(check.output().size(), ProbeSpec::MaxCommandOutput);
        QVERIFY(out.result.detail.size() <= ProbeResult::MaxDetail);
    }
};

QTEST_GUILESS_MAIN(TestCommandCheck)
#include "tst_commandcheck.moc"
