#include "SqliteBackend.h"
#include "StoreSuite.h"
#include "health/HealthRetention.h"
#include "store/HealthRepository.h"

#include <QTest>

using namespace ms;

namespace {

constexpr qint64 Minute = 60 * 1000;

HealthSampleRecord sample(qint64 probe, qint64 atMs, bool passed, qint64 latencyUs)
{
    HealthSampleRecord s;
    s.probeId = probe;
    s.atMs = atMs;
    s.outcome = passed ? QStringLiteral("passed") : QStringLiteral("failed");
    s.latencyUs = latencyUs;
    return s;
}

} // namespace

/// One-minute rollups and the retention windows, on a ManualClock, against figures worked
/// out by hand.
class TestHealthRetention : public StoreSuite
{
    Q_OBJECT

public:
    TestHealthRetention()
        : StoreSuite(std::make_shared<SqliteBackend>())
    {
    }

private:
    qint64 probeId(HealthRepository& repo, const QString& name = QStringLiteral("ready"))
    {
        HealthProbeRecord p;
        p.key = QStringLiteral("shop/") + name;
        p.site = QStringLiteral("shop");
        p.name = name;
        p.kind = QStringLiteral("readiness");
        p.method = QStringLiteral("http");
        return repo.registerProbes({p}, {})->value(p.key);
    }
    qint64 nowMs() { return m_clock.now().toMSecsSinceEpoch(); }

private Q_SLOTS:
    void rollUpByHand()
    {
        // Minute 0 of probe 1: six samples 100..600 µs, the third failed. Passed latencies
        // 100 200 400 500 600: p50 is rank ⌈2.5⌉ = 3 → 400, p95 rank ⌈4.75⌉ = 5 → 600.
        // Minute 1: two failures, no latency. Probe 2 shares minute 0.
        const QList<HealthSampleRecord> samples {
            sample(1, 0, true, 100),        sample(1, 10000, true, 200),      sample(1, 20000, false, 300),
            sample(1, 30000, true, 400),    sample(1, 40000, true, 500),      sample(1, 59999, true, 600),
            sample(1, Minute, false, 1000), sample(1, Minute + 1, false, -1), sample(2, 5000, true, 7)};
        const QList<HealthRollupRecord> rollups = HealthRetention::rollUp(samples);
        QCOMPARE(rollups.size(), 3);
        QCOMPARE(rollups[0], (HealthRollupRecord {1, 0, 6, 1, 100, 400, 600, 600}));
        QCOMPARE(rollups[1], (HealthRollupRecord {1, Minute, 2, 2, -1, -1, -1, -1}));
        QCOMPARE(rollups[2], (HealthRollupRecord {2, 0, 1, 0, 7, 7, 7, 7}));
        QCOMPARE(HealthRetention::minuteOf(Minute * 5 + 59999), Minute * 5);
        QCOMPARE(HealthRetention::minuteOf(-1), -Minute);
    }

    void rollsUpSettledMinutesOnly()
    {
        HealthRepository repo(db());
        const qint64 id = probeId(repo);
        const qint64 now = nowMs(); // 08:30:00
        HealthWriteBatch batch;
        // A sample every 10 s for the last 30 minutes, latency = seconds before now.
        for (qint64 t = now - 30 * Minute; t < now; t += 10000)
            batch.samples << sample(id, t, true, (now - t) / 1000);
        QVERIFY(repo.write(batch));

        const auto done = HealthRetention::run(repo, now, RetentionSettings {});
        QVERIFY2(done, qPrintable(done.error().toString()));
        // Minutes 08:00 … 08:27 are settled (two minutes' grace); 08:28 and 08:29 are not.
        QCOMPARE(*repo.rolledUntil(), now - 2 * Minute);
        QCOMPARE(done->rollupsWritten, 28);
        QCOMPARE(done->samplesDeleted, 0);
        const auto rollups = repo.rollups({}, 0, now);
        QCOMPARE(rollups->size(), 28);
        // 08:00: latencies 1800, 1790, … 1750; sorted, p50 is rank 3 → 1770, p95 rank 6 → 1800.
        QCOMPARE(rollups->first(),
                 (HealthRollupRecord {id, now - 30 * Minute, 6, 0, 1750, 1770, 1800, 1800}));

        // Again at once: nothing new to roll up.
        const auto again = HealthRetention::run(repo, now, RetentionSettings {});
        QCOMPARE(again->rollupsWritten, 0);

        // A day and an hour later the raw samples have expired — all of them rolled up first.
        m_clock.advanceSecs(25 * 3600);
        const auto later = HealthRetention::run(repo, nowMs(), RetentionSettings {});
        QVERIFY(later);
        QCOMPARE(later->rollupsWritten, 2);
        QCOMPARE(later->samplesDeleted, 180);
        QVERIFY(repo.samples({}, 0, nowMs())->isEmpty());
        QCOMPARE(repo.rollups({}, 0, nowMs())->size(), 30);

        // Thirty days on, the rollups go too.
        m_clock.advanceSecs(30LL * 24 * 3600);
        const auto month = HealthRetention::run(repo, nowMs(), RetentionSettings {});
        QCOMPARE(month->rollupsDeleted, 30);
        QVERIFY(repo.rollups({}, 0, nowMs())->isEmpty());
    }

    void unrolledSamplesOutliveTheirWindow()
    {
        // Raw window one minute, but ten minutes' grace before a minute is rolled up: samples
        // older than the window stay until their minute is in a rollup.
        HealthRepository repo(db());
        const qint64 id = probeId(repo);
        const qint64 now = nowMs();
        QVERIFY(repo.write(
            {{sample(id, now - 5 * Minute, true, 1), sample(id, now - 30 * Minute, true, 2)}, {}, {}}));
        RetentionSettings tight;
        tight.rawMs = Minute;
        tight.settleMs = 10 * Minute;
        const auto done = HealthRetention::run(repo, now, tight);
        QVERIFY(done);
        // 08:00 is rolled up and goes; 08:25 is past its window too, but not rolled up yet.
        QCOMPARE(done->rollupsWritten, 1);
        QCOMPARE(done->samplesDeleted, 1);
        QCOMPARE(repo.samples({}, 0, now)->size(), 1);
        m_clock.advanceSecs(20 * 60);
        const auto later = HealthRetention::run(repo, nowMs(), tight);
        QCOMPARE(later->rollupsWritten, 1);
        QCOMPARE(later->samplesDeleted, 1);
    }

    void catchesUpAcrossALongGap()
    {
        // The console was closed for days: the watermark is ten days old, one sample from
        // nine days ago was never rolled up, and probing resumed five minutes ago.
        HealthRepository repo(db());
        const qint64 id = probeId(repo);
        const qint64 now = nowMs();
        const qint64 day = 24 * 60 * Minute;
        QVERIFY(repo.storeRollups(0, HealthRetention::minuteOf(now - 10 * day), {}));
        QVERIFY(repo.write(
            {{sample(id, now - 9 * day, true, 5), sample(id, now - 5 * Minute, false, -1)}, {}, {}}));
        const auto done = HealthRetention::run(repo, now, RetentionSettings {});
        QVERIFY2(done, qPrintable(done.error().toString()));
        QCOMPARE(done->rollupsWritten, 2);
        QCOMPARE(done->samplesDeleted, 1); // the old one, rolled up first
        QCOMPARE(*repo.rolledUntil(), now - 2 * Minute);
        const auto rollups = repo.rollups({}, 0, now);
        QCOMPARE(rollups->size(), 2);
        QCOMPARE(rollups->first(),
                 (HealthRollupRecord {id, HealthRetention::minuteOf(now - 9 * day), 1, 0, 5, 5, 5, 5}));
        QCOMPARE(rollups->last().failures, 1);
        QCOMPARE(repo.samples({}, 0, now)->size(), 1);
        QCOMPARE(*repo.earliestSampleMs(), now - 5 * Minute);
        QCOMPARE(*repo.earliestSampleMs(now), -1);
    }

    void resumesFromTheWatermark()
    {
        HealthRepository repo(db());
        const qint64 id = probeId(repo);
        const qint64 now = nowMs();
        QVERIFY(repo.write({{sample(id, now - 10 * Minute, true, 1)}, {}, {}}));
        // An earlier run (this process or another) got to 08:10.
        QVERIFY(repo.storeRollups(0, now - 20 * Minute, {}));
        const auto done = HealthRetention::run(repo, now, RetentionSettings {});
        QVERIFY(done);
        QCOMPARE(*repo.rolledUntil(), now - 2 * Minute);
        QCOMPARE(repo.rollups({}, 0, now)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHealthRetention)
#include "tst_healthretention.moc"
