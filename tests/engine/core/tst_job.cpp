#include "core/Job.h"

#include <QSignalSpy>
#include <QTest>
#include <QThread>

using ms::Job;

namespace {

// Sums 1..n on the thread pool, reporting progress, honouring cancel().
class SumJob : public Job
{
public:
    explicit SumJob(int n) : m_n(n) {}
    void start() override
    {
        runInPool(
            [this]() -> qint64 {
                qint64 sum = 0;
                for (int i = 1; i <= m_n; ++i) {
                    if (isCancelled())
                        return -1;
                    sum += i;
                    if (m_slow)
                        QThread::msleep(1);
                }
                return sum;
            },
            [this](qint64 sum) {
                if (sum < 0)
                    return finish(ms::Error(ms::ErrorCode::Cancelled, QStringLiteral("cancelled")));
                m_sum = sum;
                Q_EMIT progress(m_n, m_n, QStringLiteral("Summing"));
                finish();
            });
    }
    qint64 m_sum = 0;
    bool m_slow = false;

private:
    int m_n;
};

class FailingJob : public Job
{
public:
    void start() override { finish(ms::Error(ms::ErrorCode::Io, QStringLiteral("disk on fire"), QStringLiteral("/x"))); }
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsInPoolAndFinishesOnce()
    {
        SumJob job(1000);
        QSignalSpy finished(&job, &Job::finished);
        QSignalSpy progress(&job, &Job::progress);
        job.start();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(job.succeeded());
        QCOMPARE(job.m_sum, 500500);
        QCOMPARE(progress.count(), 1);
        QCOMPARE(progress.first().at(2).toString(), QString("Summing"));
    }

    void cancelEndsWithCancelled()
    {
        SumJob job(100000);
        job.m_slow = true;
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        job.cancel();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(job.error().code(), ms::ErrorCode::Cancelled);
        QVERIFY(!job.succeeded());
    }

    void immediateFailureIsReported()
    {
        FailingJob job;
        job.exec();
        QVERIFY(job.isFinished());
        QCOMPARE(job.error().code(), ms::ErrorCode::Io);
        QCOMPARE(job.error().toString(), QString("/x: disk on fire"));
    }

    void callbackNeverRunsAfterJobIsGone()
    {
        auto* job = new SumJob(1000);
        job->m_slow = true;
        job->start();
        QTest::qWait(20);
        // Deleting cancels and waits for the worker, which reads the job's members: under
        // ASan or valgrind a worker outliving its job shows as a use-after-free here.
        delete job;
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
