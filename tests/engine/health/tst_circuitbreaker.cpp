#include "core/Clock.h"
#include "health/CircuitBreaker.h"

#include <QTest>

using namespace ms;

/// closed → open after N consecutive failures → half-open after the recovery timeout →
/// closed on success (or open again on failure), on a ManualClock.
class TestCircuitBreaker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void opensAfterConsecutiveFailures()
    {
        ManualClock clock;
        CircuitBreaker b({3, 30000});
        QCOMPARE(b.state(), BreakerState::Closed);
        for (int i = 0; i < 2; ++i) {
            QVERIFY(b.allow(clock.monotonicMs()));
            b.recordFailure(clock.monotonicMs());
            QCOMPARE(b.state(), BreakerState::Closed);
        }
        QVERIFY(b.allow(clock.monotonicMs()));
        b.recordSuccess(); // a success in between starts the count again
        for (int i = 0; i < 3; ++i) {
            QVERIFY(b.allow(clock.monotonicMs()));
            b.recordFailure(clock.monotonicMs());
        }
        QCOMPARE(b.state(), BreakerState::Open);
        QCOMPARE(b.openedAtMs(), clock.monotonicMs());
        QCOMPARE(b.retryAtMs(), clock.monotonicMs() + 30000);
    }

    void staysOpenUntilTheRecoveryTimeoutThenLetsOneTrialThrough()
    {
        ManualClock clock;
        CircuitBreaker b({1, 30000});
        QVERIFY(b.allow(clock.monotonicMs()));
        b.recordFailure(clock.monotonicMs());
        QCOMPARE(b.state(), BreakerState::Open);
        clock.advanceMs(29999);
        QVERIFY(!b.allow(clock.monotonicMs()));
        QCOMPARE(b.state(), BreakerState::Open);
        clock.advanceMs(1);
        QVERIFY(b.allow(clock.monotonicMs()));
        QCOMPARE(b.state(), BreakerState::HalfOpen);
        QVERIFY(!b.allow(clock.monotonicMs())); // one trial at a time
        b.recordSuccess();
        QCOMPARE(b.state(), BreakerState::Closed);
        QCOMPARE(b.consecutiveFailures(), 0);
        QVERIFY(b.allow(clock.monotonicMs()));
    }

    void aFailedTrialOpensItAgainWithAFreshTimeout()
    {
        ManualClock clock;
        CircuitBreaker b({2, 10000});
        for (int i = 0; i < 2; ++i) {
            QVERIFY(b.allow(clock.monotonicMs()));
            b.recordFailure(clock.monotonicMs());
        }
        clock.advanceSecs(10);
        QVERIFY(b.allow(clock.monotonicMs()));
        QCOMPARE(b.state(), BreakerState::HalfOpen);
        clock.advanceSecs(1);
        b.recordFailure(clock.monotonicMs());
        QCOMPARE(b.state(), BreakerState::Open);
        QCOMPARE(b.openedAtMs(), clock.monotonicMs());
        clock.advanceMs(9999);
        QVERIFY(!b.allow(clock.monotonicMs()));
        clock.advanceMs(1);
        QVERIFY(b.allow(clock.monotonicMs()));
    }

    void anAbandonedTrialLetsTheNextOneTry()
    {
        ManualClock clock;
        CircuitBreaker b({1, 1000});
        QVERIFY(b.allow(clock.monotonicMs()));
        b.recordFailure(clock.monotonicMs());
        clock.advanceSecs(1);
        QVERIFY(b.allow(clock.monotonicMs()));
        QVERIFY(!b.allow(clock.monotonicMs()));
        b.abandon();
        QVERIFY(b.allow(clock.monotonicMs()));
        QCOMPARE(b.state(), BreakerState::HalfOpen);
    }
};

QTEST_GUILESS_MAIN(TestCircuitBreaker)
#include "tst_circuitbreaker.moc"
