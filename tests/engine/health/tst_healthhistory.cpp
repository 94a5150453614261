#include "SqliteBackend.h"
#include "StoreSuite.h"
#include "health/HealthHistory.h"
#include "store/HealthRepository.h"

#include <QTest>

using namespace ms;

namespace {

constexpr qint64 Minute = 60 * 1000;
constexpr qint64 Ms = 1000; // microseconds per millisecond

HealthProbeRecord probe(const QString& name, const QString& kind, const QString& module = {})
{
    HealthProbeRecord p;
    p.site = QStringLiteral("shop");
    p.module = module;
    p.name = name;
    p.key = module.isEmpty() ? QString(QStringLiteral("shop/") + name)
                             : QString(QStringLiteral("shop/") + module + u'/' + name);
    p.kind = kind;
    p.method = QStringLiteral("http");
    return p;
}

HealthSampleRecord sample(qint64 probe, qint64 atMs, const char* outcome, qint64 latencyUs)
{
    HealthSampleRecord s;
    s.probeId = probe;
    s.atMs = atMs;
    s.outcome = QString::fromLatin1(outcome);
    s.latencyUs = latencyUs;
    return s;
}

} // namespace

/// Statistics, series and the current state from the database, against hand-computed values.
class TestHealthHistory : public StoreSuite
{
    Q_OBJECT

public:
    TestHealthHistory()
        : StoreSuite(std::make_shared<SqliteBackend>())
    {
    }

private:
    QHash<QString, qint64> m_ids;
    qint64 nowMs() { return m_clock.now().toMSecsSinceEpoch(); }

    // shop/live (liveness): 10 samples over the last 10 minutes, 10 … 100 ms, the 3rd and 7th
    // failed. shop/ready (readiness): 4 samples, 5 ms each, all passed. shop/farm/ready: 2
    // samples, one timed out (1000 ms) and one passed at 40 ms.
    void fill()
    {
        HealthRepository repo(db());
        auto ids = repo.registerProbes(
            {probe("live", "liveness"), probe("ready", "readiness"), probe("ready", "readiness", "farm")},
            {"shop"});
        QVERIFY(ids);
        m_ids = *ids;
        const qint64 now = nowMs();
        HealthWriteBatch batch;
        for (int i = 1; i <= 10; ++i)
            batch.samples << sample(m_ids["shop/live"], now - (11 - i) * Minute,
                                    i == 3 || i == 7 ? "failed" : "passed", i * 10 * Ms);
        for (int i = 0; i < 4; ++i)
            batch.samples << sample(m_ids["shop/ready"], now - (i + 1) * Minute, "passed", 5 * Ms);
        batch.samples << sample(m_ids["shop/farm/ready"], now - 2 * Minute, "timed_out", 1000 * Ms);
        batch.samples << sample(m_ids["shop/farm/ready"], now - Minute, "passed", 40 * Ms);
        QVERIFY(repo.write(batch));
    }

private Q_SLOTS:
    void probeStatisticsByHand()
    {
        fill();
        const HealthHistory history(db(), m_clock);
        const auto live = history.statistics(HealthScope::ofProbe("shop", {}, "live"),
                                             TimeWindow::lastHour(m_clock.now()));
        QVERIFY2(live, qPrintable(live.error().toString()));
        QCOMPARE(live->samples, 10);
        QCOMPARE(live->failures, 2);
        QCOMPARE(live->uptimePercent(), 80.0);
        // Passed: 10 20 40 50 60 80 90 100 ms. p50 rank 4 → 50; p95 rank ⌈7.6⌉ = 8 → 100.
        QCOMPARE(live->latency.count, 8);
        QCOMPARE(live->latency.minUs, 10 * Ms);
        QCOMPARE(live->latency.p50Us, 50 * Ms);
        QCOMPARE(live->latency.p95Us, 100 * Ms);
        QCOMPARE(live->latency.maxUs, 100 * Ms);
        QVERIFY(!live->approximate);
        QCOMPARE(live->kind, QStringLiteral("liveness"));
    }

    void siteAndModulePoolTheirProbes()
    {
        fill();
        const HealthHistory history(db(), m_clock);
        const auto report = history.report("shop", TimeWindow::lastHour(m_clock.now()));
        QVERIFY2(report, qPrintable(report.error().toString()));
        // Site: 16 samples, 3 failures → 81.25 %. Passed latencies (13): 5 5 5 5 10 20 40 40
        // 50 60 80 90 100 ms. p50 rank ⌈6.5⌉ = 7 → 40; p95 rank ⌈12.35⌉ = 13 → 100.
        QCOMPARE(report->site.samples, 16);
        QCOMPARE(report->site.failures, 3);
        QCOMPARE(report->site.uptimePercent(), 81.25);
        QCOMPARE(report->site.latency.p50Us, 40 * Ms);
        QCOMPARE(report->site.latency.p95Us, 100 * Ms);
        QCOMPARE(report->site.latency.minUs, 5 * Ms);
        QCOMPARE(report->modules.size(), 1);
        const HealthStatistics& farm = report->modules.first();
        QCOMPARE(farm.scope.module, QStringLiteral("farm"));
        QCOMPARE(farm.samples, 2);
        QCOMPARE(farm.uptimePercent(), 50.0);
        QCOMPARE(farm.latency.p50Us, 40 * Ms); // the timed-out sample's 1000 ms is no answer
        QCOMPARE(farm.latency.maxUs, 40 * Ms);
        QCOMPARE(report->probes.size(), 3);
        // The window cuts: the last five minutes hold live's 6th…10th (one failure) only.
        const auto recent = history.statistics(HealthScope::ofProbe("shop", {}, "live"),
                                               TimeWindow::last(5 * Minute + 1, m_clock.now()));
        QCOMPARE(recent->samples, 5);
        QCOMPARE(recent->failures, 1);
    }

    void currentStateFromTheStoredStates()
    {
        fill();
        HealthRepository repo(db());
        const QDateTime downAt = m_clock.now().addSecs(-90);
        HealthProbeRecord live = probe("live", "liveness");
        live.id = m_ids["shop/live"];
        live.state = QStringLiteral("failing");
        live.stateSince = downAt;
        live.lastChecked = m_clock.now();
        live.lastError = QStringLiteral("connection refused");
        live.lastErrorAt = m_clock.now().addSecs(-30);
        HealthProbeRecord ready = probe("ready", "readiness");
        ready.id = m_ids["shop/ready"];
        ready.state = QStringLiteral("passing");
        ready.stateSince = downAt.addSecs(-3600);
        HealthEventRecord down;
        down.at = downAt;
        down.subject = QStringLiteral("site");
        down.site = QStringLiteral("shop");
        down.fromState = QStringLiteral("up");
        down.toState = QStringLiteral("down");
        down.detail = QStringLiteral("liveness probe live: connection refused");
        QVERIFY(repo.write({{}, {live, ready}, {down}}));

        const auto report = HealthHistory(db(), m_clock).report("shop", TimeWindow::lastDay(m_clock.now()));
        QVERIFY(report);
        QCOMPARE(report->site.state, QStringLiteral("down"));
        QCOMPARE(report->site.since, downAt);
        QCOMPARE(report->site.lastError, QStringLiteral("connection refused"));
        QCOMPARE(report->site.lastErrorAt, m_clock.now().addSecs(-30));
        QCOMPARE(report->site.lastChecked, m_clock.now());
        QCOMPARE(report->events.size(), 1);
        QCOMPARE(report->events.first().describe(),
                 QStringLiteral("shop: up → down (liveness probe live: connection refused)"));
        // Probes by key: shop/farm/ready, shop/live, shop/ready.
        const HealthStatistics& liveStats = report->probes.at(1);
        QCOMPARE(liveStats.scope.probe, QStringLiteral("live"));
        QCOMPARE(liveStats.state, QStringLiteral("failing"));
        QCOMPARE(liveStats.since, downAt);
        // The module has no stored state yet.
        QCOMPARE(report->modules.first().state, QStringLiteral("unknown"));
    }

    void beyondTheRawWindowRollupsAnswer()
    {
        HealthRepository repo(db());
        m_ids = *repo.registerProbes({probe("live", "liveness")}, {"shop"});
        const qint64 id = m_ids["shop/live"];
        const qint64 now = nowMs();
        const qint64 day = 24 * 60 * Minute;
        // Three days ago: two rolled-up minutes (raw samples long gone). Recently: raw samples.
        HealthRollupRecord a {id, now - 3 * day, 6, 0, 10 * Ms, 20 * Ms, 30 * Ms, 40 * Ms};
        HealthRollupRecord b {id, now - 3 * day + Minute, 6, 6, -1, -1, -1, -1};
        HealthRollupRecord c {id, now - 2 * day, 2, 0, 50 * Ms, 60 * Ms, 70 * Ms, 80 * Ms};
        QVERIFY(repo.storeRollups(0, now - day, {a, b, c}));
        QVERIFY(repo.write(
            {{sample(id, now - Minute, "passed", 15 * Ms), sample(id, now - 2 * Minute, "failed", -1)},
             {},
             {}}));

        const HealthHistory history(db(), m_clock);
        const auto week = history.statistics(HealthScope::ofProbe("shop", {}, "live"),
                                             TimeWindow::lastWeek(m_clock.now()));
        QVERIFY2(week, qPrintable(week.error().toString()));
        QVERIFY(week->approximate);
        QCOMPARE(week->samples, 16); // 6 + 6 + 2 + 2
        QCOMPARE(week->failures, 7);
        QCOMPARE(week->latency.minUs, 10 * Ms);
        QCOMPARE(week->latency.maxUs, 80 * Ms);
        // p50: per-minute medians weighted by passed samples: 20 ms ×6, 60 ms ×2, 15 ms ×1 →
        // nine values, rank 5 → 20 ms. p95: the weighted median of the p95s: 30 ×6, 70 ×2,
        // 15 ×1 → rank 5 → 30 ms.
        QCOMPARE(week->latency.p50Us, 20 * Ms);
        QCOMPARE(week->latency.p95Us, 30 * Ms);

        // Inside the raw window the raw samples alone answer, exactly.
        const auto hour = history.statistics(HealthScope::ofProbe("shop", {}, "live"),
                                             TimeWindow::lastHour(m_clock.now()));
        QVERIFY(!hour->approximate);
        QCOMPARE(hour->samples, 2);
        QCOMPARE(hour->latency.p50Us, 15 * Ms);
    }

    void seriesBuckets()
    {
        fill();
        const HealthHistory history(db(), m_clock);
        const TimeWindow hour = TimeWindow::lastHour(m_clock.now());
        QCOMPARE(HealthHistory::bucketFor(hour), Minute);
        QCOMPARE(HealthHistory::bucketFor(TimeWindow::lastDay(m_clock.now())), 10 * Minute);
        QCOMPARE(HealthHistory::bucketFor(TimeWindow::lastWeek(m_clock.now())), 60 * Minute);
        QCOMPARE(HealthHistory::bucketFor(TimeWindow::last30Days(m_clock.now())), 6 * 60 * Minute);

        const auto points = history.series(HealthScope::ofProbe("shop", {}, "live"), hour, 10 * Minute);
        QVERIFY2(points, qPrintable(points.error().toString()));
        QCOMPARE(points->size(), 6);
        QCOMPARE(points->first().start, hour.from);
        // live's samples are at now-10 min … now-1 min: the 5th bucket [now-20, now-10) is
        // empty, the last one [now-10, now) holds all ten.
        QCOMPARE(points->at(4).samples, 0);
        QCOMPARE(points->at(4).uptimePercent(), -1.0);
        QCOMPARE(points->at(5).samples, 10);
        QCOMPARE(points->at(5).failures, 2);
        QCOMPARE(points->at(5).latency.p50Us, 50 * Ms);

        const auto site = history.series(HealthScope::ofSite("shop"), hour, 30 * Minute);
        QCOMPARE(site->size(), 2);
        QCOMPARE(site->at(1).samples, 16);
        const auto farm = history.series(HealthScope::ofModule("shop", "farm"), hour, 30 * Minute);
        QCOMPARE(farm->at(1).samples, 2);
        QVERIFY(!history.series(HealthScope::ofSite("shop"), hour, 1));
    }

    void unknownSiteAndEmptyWindow()
    {
        const HealthHistory history(db(), m_clock);
        const auto none = history.report("nowhere", TimeWindow::lastHour(m_clock.now()));
        QVERIFY(!none);
        QCOMPARE(none.error().code(), ErrorCode::NotFound);
        QCOMPARE(none.error().subject(), QStringLiteral("nowhere"));
        const auto empty = history.report("nowhere", TimeWindow {m_clock.now(), m_clock.now()});
        QCOMPARE(empty.error().code(), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestHealthHistory)
#include "tst_healthhistory.moc"
