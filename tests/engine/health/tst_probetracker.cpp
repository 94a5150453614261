#include "core/Clock.h"
#include "health/ProbeTracker.h"

#include <QTest>

using namespace ms;

/// Kubernetes' thresholds, counted with a ManualClock's times.
class TestProbeTracker : public QObject
{
    Q_OBJECT

    ManualClock clock;

    bool pass(ProbeTracker& t) { return t.record(ProbeOutcome::Passed, clock.now()); }
    bool fail(ProbeTracker& t, ProbeOutcome o = ProbeOutcome::Failed) { return t.record(o, clock.now()); }

private Q_SLOTS:
    void startsUnknownAndLeavesByTheThresholds()
    {
        ProbeTracker t(3, 2);
        QCOMPARE(t.state(), ProbeState::Unknown);
        QVERIFY(!t.since().isValid());
        QVERIFY(!fail(t));
        clock.advanceSecs(10);
        QVERIFY(!fail(t, ProbeOutcome::TimedOut));
        clock.advanceSecs(10);
        const QDateTime third = clock.now();
        QVERIFY(fail(t, ProbeOutcome::BreakerOpen)); // every kind of failure counts
        QCOMPARE(t.state(), ProbeState::Failing);
        QCOMPARE(t.since(), third);
        QCOMPARE(t.consecutiveFailures(), 3);

        clock.advanceSecs(10);
        QVERIFY(!pass(t)); // success_threshold 2
        QCOMPARE(t.state(), ProbeState::Failing);
        clock.advanceSecs(10);
        QVERIFY(pass(t));
        QCOMPARE(t.state(), ProbeState::Passing);
        QCOMPARE(t.since(), clock.now());
        QCOMPARE(t.consecutiveFailures(), 0);
    }

    void aFailureBetweenResetsTheCount()
    {
        ProbeTracker t(3, 1);
        QVERIFY(pass(t));
        QCOMPARE(t.state(), ProbeState::Passing);
        const QDateTime since = t.since();
        for (int round = 0; round < 5; ++round) {
            clock.advanceSecs(10);
            QVERIFY(!fail(t));
            clock.advanceSecs(10);
            QVERIFY(!fail(t));
            clock.advanceSecs(10);
            QVERIFY(!pass(t)); // two failures and a pass: never three in a row
        }
        QCOMPARE(t.state(), ProbeState::Passing);
        QCOMPARE(t.since(), since);
    }

    void restoredStateComesBackWhenTheFirstResultAgrees()
    {
        const QDateTime tuesday(QDate(2025, 12, 30), QTime(9, 0), Qt::UTC);
        ProbeTracker agree(3, 1);
        agree.restore(ProbeState::Passing, tuesday);
        QCOMPARE(agree.state(), ProbeState::Unknown); // nothing known until a result
        QVERIFY(pass(agree));
        QCOMPARE(agree.state(), ProbeState::Passing);
        QCOMPARE(agree.since(), tuesday);

        // A failing probe picks its old failure back up at the first failure, without
        // waiting for three more.
        ProbeTracker failing(3, 1);
        failing.restore(ProbeState::Failing, tuesday);
        QVERIFY(fail(failing));
        QCOMPARE(failing.state(), ProbeState::Failing);
        QCOMPARE(failing.since(), tuesday);
    }

    void restoredStateIsForgottenWhenTheFirstResultDisagrees()
    {
        const QDateTime tuesday(QDate(2025, 12, 30), QTime(9, 0), Qt::UTC);
        ProbeTracker t(2, 1);
        t.restore(ProbeState::Passing, tuesday);
        QVERIFY(!fail(t));
        QCOMPARE(t.state(), ProbeState::Unknown);
        clock.advanceSecs(10);
        QVERIFY(pass(t)); // the first pass after that is the tracker's own
        QCOMPARE(t.state(), ProbeState::Passing);
        QCOMPARE(t.since(), clock.now());
    }

    void resetForgetsEverything()
    {
        ProbeTracker t(1, 1);
        QVERIFY(fail(t));
        t.reset();
        QCOMPARE(t.state(), ProbeState::Unknown);
        QCOMPARE(t.consecutiveFailures(), 0);
        QVERIFY(!t.since().isValid());
    }
};

QTEST_GUILESS_MAIN(TestProbeTracker)
#include "tst_probetracker.moc"
