// OperationQueue: priority, bounded concurrency, one job per key, retries with backoff for
// transient errors only — with jobs that finish when the test says so.
#include "lifecycle/OperationQueue.h"
#include "lifecycle/QueuedJob.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using ms::Error;
using ms::ErrorCode;
using ms::OperationQueue;

namespace {

/// An attempt that ends when its owner calls end(), or after a delay.
class Step : public ms::Job
{
public:
    Step(QObject* parent, Error outcome, int delayMs)
        : Job(parent)
        , m_outcome(std::move(outcome))
        , m_delayMs(delayMs)
    {
    }
    void start() override
    {
        if (m_delayMs >= 0)
            QTimer::singleShot(m_delayMs, this, [this] { finish(m_outcome); });
    }
    void end() { finish(m_outcome); }

protected:
    void onCancel() override { finish(Error(ErrorCode::Cancelled, QStringLiteral("cancelled"))); }

private:
    Error m_outcome;
    int m_delayMs;
};

/// A queued job whose attempts fail with the listed errors, then succeed.
class Scripted : public ms::QueuedJob
{
public:
    Scripted(OperationQueue* queue, QString name, QStringList keys, int priority, QList<Error> failures = {},
             int delayMs = -1, QStringList* log = nullptr)
        : QueuedJob(queue, std::move(keys), priority)
        , name(std::move(name))
        , m_failures(std::move(failures))
        , m_delayMs(delayMs)
        , m_log(log)
    {
    }
    Step* current() const { return static_cast<Step*>(lastAttempt()); }
    QString name;

protected:
    Job* createAttempt(int attempt) override
    {
        if (m_log)
            *m_log << name;
        const Error outcome = attempt <= m_failures.size() ? m_failures[attempt - 1] : Error();
        return new Step(this, outcome, m_delayMs);
    }

private:
    QList<Error> m_failures;
    int m_delayMs;
    QStringList* m_log;
};

} // namespace

class TestOperationQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoffDoubles();
    void transientMeansNetworkOrTimeout();
    void boundedConcurrencyAndPriority();
    void oneJobPerKey();
    void retriesWithBackoffThenGivesUp();
    void permanentErrorsAreNotRetried();
    void cancelWhileWaiting();
};

void TestOperationQueue::backoffDoubles()
{
    OperationQueue::Policy p;
    p.initialBackoffMs = 100;
    p.maxBackoffMs = 1000;
    QCOMPARE(OperationQueue::backoffMs(p, 1), 100);
    QCOMPARE(OperationQueue::backoffMs(p, 2), 200);
    QCOMPARE(OperationQueue::backoffMs(p, 3), 400);
    QCOMPARE(OperationQueue::backoffMs(p, 4), 800);
    QCOMPARE(OperationQueue::backoffMs(p, 5), 1000);
    QCOMPARE(OperationQueue::backoffMs(p, 40), 1000);
}

void TestOperationQueue::transientMeansNetworkOrTimeout()
{
    QVERIFY(OperationQueue::isTransient(Error(ErrorCode::Network, "reset")));
    QVERIFY(OperationQueue::isTransient(Error(ErrorCode::Timeout, "stalled")));
    for (ErrorCode c : {ErrorCode::None, ErrorCode::Integrity, ErrorCode::Io, ErrorCode::Conflict,
                        ErrorCode::Cancelled, ErrorCode::Untrusted, ErrorCode::NotFound})
        QVERIFY(!OperationQueue::isTransient(Error(c, "x")));
}

void TestOperationQueue::boundedConcurrencyAndPriority()
{
    OperationQueue::Policy p;
    p.maxConcurrent = 2;
    OperationQueue queue(p);
    QStringList started;
    Scripted a(&queue, "a", {"s/a"}, 0, {}, -1, &started);
    Scripted b(&queue, "b", {"s/b"}, 0, {}, -1, &started);
    Scripted c(&queue, "c", {"s/c"}, 0, {}, -1, &started);
    Scripted urgent(&queue, "urgent", {"s/u"}, 10, {}, -1, &started);
    a.start();
    QTRY_COMPARE(started, QStringList {"a"});
    b.start();
    c.start();
    urgent.start();
    QTRY_COMPARE(queue.runningCount(), 2);
    QCOMPARE(started, (QStringList {"a", "urgent"})); // the higher priority overtakes b and c
    QCOMPARE(queue.waitingCount(), 2);
    a.current()->end();
    QTRY_COMPARE(started, (QStringList {"a", "urgent", "b"}));
    urgent.current()->end();
    QTRY_COMPARE(started, (QStringList {"a", "urgent", "b", "c"}));
    b.current()->end();
    c.current()->end();
    QTRY_VERIFY(c.isFinished());
    QVERIFY(a.succeeded() && b.succeeded() && c.succeeded() && urgent.succeeded());
    QCOMPARE(queue.runningCount(), 0);
}

void TestOperationQueue::oneJobPerKey()
{
    OperationQueue::Policy p;
    p.maxConcurrent = 4;
    OperationQueue queue(p);
    QStringList started;
    Scripted first(&queue, "first", {"clinic/farm_manager"}, 0, {}, -1, &started);
    Scripted same(&queue, "same", {"clinic/farm_manager"}, 5, {}, -1, &started);
    Scripted other(&queue, "other", {"clinic/inventory"}, 0, {}, -1, &started);
    first.start();
    QTRY_COMPARE(started, QStringList {"first"});
    same.start();
    other.start();
    QTRY_COMPARE(started, (QStringList {"first", "other"}));
    QTest::qWait(20);
    QCOMPARE(started.size(), 2); // "same" waits, though it has the higher priority
    first.current()->end();
    QTRY_COMPARE(started, (QStringList {"first", "other", "same"}));
    same.current()->end();
    other.current()->end();
    QTRY_VERIFY(same.isFinished() && other.isFinished());
}

void TestOperationQueue::retriesWithBackoffThenGivesUp()
{
    OperationQueue::Policy p;
    p.maxAttempts = 3;
    p.initialBackoffMs = 5;
    OperationQueue queue(p);
    const Error reset(ErrorCode::Network, "reset");
    Scripted flaky(&queue, "flaky", {"s/m"}, 0, {reset, reset}, 0);
    QSignalSpy retrying(&flaky, &ms::QueuedJob::retrying);
    flaky.exec();
    QVERIFY(flaky.succeeded());
    QCOMPARE(flaky.attempts(), 3);
    QCOMPARE(retrying.size(), 2);
    QCOMPARE(retrying.at(0).at(1).toLongLong(), 5);
    QCOMPARE(retrying.at(1).at(1).toLongLong(), 10);

    Scripted hopeless(&queue, "hopeless", {"s/m"}, 0, {reset, reset, reset, reset}, 0);
    hopeless.exec();
    QCOMPARE(hopeless.attempts(), 3);
    QCOMPARE(hopeless.error().code(), ErrorCode::Network);
}

void TestOperationQueue::permanentErrorsAreNotRetried()
{
    OperationQueue queue;
    Scripted bad(&queue, "bad", {"s/m"}, 0, {Error(ErrorCode::Integrity, "sha")}, 0);
    bad.exec();
    QCOMPARE(bad.attempts(), 1);
    QCOMPARE(bad.error().code(), ErrorCode::Integrity);
}

void TestOperationQueue::cancelWhileWaiting()
{
    OperationQueue::Policy p;
    p.maxConcurrent = 1;
    OperationQueue queue(p);
    Scripted running(&queue, "running", {"s/a"}, 0);
    Scripted waiting(&queue, "waiting", {"s/b"}, 0);
    running.start();
    waiting.start();
    QTRY_COMPARE(queue.runningCount(), 1);
    waiting.cancel();
    QVERIFY(waiting.isFinished());
    QCOMPARE(waiting.error().code(), ErrorCode::Cancelled);
    QCOMPARE(waiting.attempts(), 0);
    running.cancel();
    QTRY_VERIFY(running.isFinished());
    QCOMPARE(running.error().code(), ErrorCode::Cancelled);
    QCOMPARE(queue.waitingCount(), 0);
}

QTEST_GUILESS_MAIN(TestOperationQueue)
#include "tst_operationqueue.moc"
