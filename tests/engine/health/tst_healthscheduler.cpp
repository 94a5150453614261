#include "SqliteBackend.h"
#include "StoreSuite.h"
#include "TestHttpServer.h"
#include "audit/AuditLog.h"
#include "health/HealthScheduler.h"
#include "store/HealthRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace ms;
using Mode = TestHttpServer::Mode;

namespace {

ProbeSpec http(const QString& name, ProbeSpec::Kind kind, const QUrl& url, int periodS = 10)
{
    ProbeSpec s;
    s.site = QStringLiteral("shop");
    s.name = name;
    s.kind = kind;
    s.url = url;
    s.periodS = periodS;
    s.timeoutS = 1;
    s.failureThreshold = 1;
    return s;
}

} // namespace

/// The scheduler on a ManualClock: the test moves time and calls poll(); the checks are real
/// requests to a real server on loopback.
class TestHealthScheduler : public StoreSuite
{
    Q_OBJECT

public:
    TestHealthScheduler()
        : StoreSuite(std::make_shared<SqliteBackend>())
    {
        m_serverUp = m_server.start();
    }

private:
    TestHttpServer m_server;
    bool m_serverUp = false;

    // Moves the clock to @p dueMs (monotonic) and starts what is due.
    void at(HealthScheduler& s, qint64 dueMs)
    {
        m_clock.advanceMs(dueMs - m_clock.monotonicMs());
        s.poll();
    }
    // Waits until no check runs.
    static bool settle(HealthScheduler& s)
    {
        return QTest::qWaitFor([&] { return s.stats().running == 0; }, 10000);
    }
    static ProbeStatus statusOf(const HealthScheduler& s, const QString& key)
    {
        for (const ProbeStatus& p : s.probeStatuses()) {
            if (p.key == key)
                return p;
        }
        return {};
    }
    static ScopeState siteState(const HealthScheduler& s, const QString& site = QStringLiteral("shop"))
    {
        for (const ScopeHealth& h : s.scopes()) {
            if (h.site == site && h.module.isEmpty())
                return h.state;
        }
        return ScopeState::Unknown;
    }

private Q_SLOTS:
    void spreadIsStableAndFillsThePeriod()
    {
        QCOMPARE(HealthScheduler::spreadOffset(QStringLiteral("shop/live"), 10000),
                 HealthScheduler::spreadOffset(QStringLiteral("shop/live"), 10000));
        QCOMPARE(HealthScheduler::spreadOffset(QStringLiteral("x"), 0), 0);
        // A thousand probes over a 10 s period: every second of it gets some, none a crowd.
        QList<int> perSecond(10, 0);
        for (int i = 0; i < 1000; ++i) {
            const qint64 offset
                = HealthScheduler::spreadOffset(QStringLiteral("site%1/default").arg(i), 10000);
            QVERIFY(offset >= 0 && offset < 10000);
            ++perSecond[int(offset / 1000)];
        }
        for (int n : perSecond)
            QVERIFY2(n >= 60 && n <= 140, qPrintable(QString::number(n)));
    }

    void firstRunAfterInitialDelayAndSpreadThenEveryPeriod()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        m_server.clearRequests();
        ProbeSpec spec = http("ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"));
        spec.initialDelayS = 5;
        HealthScheduler s(nullptr, m_clock, HealthSettings {});
        s.setProbes({spec}, {"shop"});
        const qint64 t0 = m_clock.monotonicMs();
        s.start();
        const qint64 first = t0 + 5000 + HealthScheduler::spreadOffset(spec.key(), 10000);
        at(s, first - 1);
        QTest::qWait(50);
        QCOMPARE(m_server.requestCount("/ok"), 0);
        at(s, first);
        QTRY_COMPARE(m_server.requestCount("/ok"), 1);
        QVERIFY(settle(s));
        at(s, first + 9999);
        QTest::qWait(50);
        QCOMPARE(m_server.requestCount("/ok"), 1);
        at(s, first + 10000);
        QTRY_COMPARE(m_server.requestCount("/ok"), 2);
        QVERIFY(settle(s));
        QCOMPARE(s.stats().started, 2);
        QVERIFY(!s.stats().behind);
        QCOMPARE(statusOf(s, "shop/ready").state, ProbeState::Passing);
        QCOMPARE(siteState(s), ScopeState::Up);
    }

    void missedPeriodsAreCountedAndAnnounced()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        m_server.clearRequests();
        const ProbeSpec spec = http("ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"));
        HealthScheduler s(nullptr, m_clock, HealthSettings {});
        QSignalSpy behind(&s, &HealthScheduler::behindSchedule);
        QSignalSpy back(&s, &HealthScheduler::backOnSchedule);
        s.setProbes({spec}, {"shop"});
        const qint64 t0 = m_clock.monotonicMs();
        s.start();
        const qint64 first = t0 + HealthScheduler::spreadOffset(spec.key(), 10000);
        at(s, first);
        QTRY_COMPARE(m_server.requestCount("/ok"), 1);
        QVERIFY(settle(s));
        // The machine slept through a period and a half: the run due at first + 10 s starts
        // 15 s late, the one due at first + 20 s is missed, and the rhythm is kept (the next
        // at first + 30 s).
        at(s, first + 25000);
        QTRY_COMPARE(m_server.requestCount("/ok"), 2);
        QCOMPARE(s.stats().missed, 1);
        QVERIFY(s.stats().behind);
        QCOMPARE(behind.count(), 1);
        QVERIFY(settle(s));
        QCOMPARE(s.stats().late, 1);
        at(s, first + 29999);
        QTest::qWait(50);
        QCOMPARE(m_server.requestCount("/ok"), 2);
        at(s, first + 30000);
        QTRY_COMPARE(m_server.requestCount("/ok"), 3);
        QVERIFY(settle(s));
        // A minute on time later it says it has caught up.
        for (qint64 t = first + 40000; t <= first + 90000 && back.isEmpty(); t += 10000) {
            at(s, t);
            QVERIFY(settle(s));
        }
        QCOMPARE(back.count(), 1);
        QVERIFY(!s.stats().behind);
        QCOMPARE(s.stats().missed, 1);
    }

    void concurrencyIsBoundedAndQueuedProbesRunLate()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/hang", {.mode = Mode::NoResponse});
        m_server.clearRequests();
        HealthSettings settings;
        settings.maxConcurrent = 2;
        HealthScheduler s(nullptr, m_clock, settings);
        QSignalSpy behind(&s, &HealthScheduler::behindSchedule);
        // An hour's period, so that the clock moving below never makes a probe due again.
        QList<ProbeSpec> probes;
        qint64 lastOffset = 0;
        for (int i = 0; i < 5; ++i) {
            ProbeSpec p
                = http(QStringLiteral("p%1").arg(i), ProbeSpec::Kind::Readiness, m_server.url("/hang"), 3600);
            p.timeoutS = 1;
            probes << p;
            lastOffset = std::max(lastOffset, HealthScheduler::spreadOffset(p.key(), 3600 * 1000));
        }
        s.setProbes(probes, {"shop"});
        const qint64 t0 = m_clock.monotonicMs();
        s.start();
        at(s, t0 + lastOffset); // everything is due
        QCOMPARE(s.stats().running, 2);
        QCOMPARE(s.stats().queued, 3);
        QTRY_COMPARE(m_server.requestCount("/hang"), 2);
        // Time passes on the clock while the two hang: the queued ones start late.
        m_clock.advanceMs(3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount("/hang"), 4, 5000);
        QVERIFY(s.stats().running <= 2);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.requestCount("/hang"), 5, 5000);
        QVERIFY(settle(s));
        QCOMPARE(s.stats().started, 5);
        QVERIFY(s.stats().late >= 3);
        QVERIFY(s.stats().maxLagMs >= 3000);
        QVERIFY(behind.count() >= 1);
        for (const ProbeStatus& p : s.probeStatuses())
            QCOMPARE(p.last.outcome, ProbeOutcome::TimedOut);
    }

    void aRunStillGoingWhenDueAgainIsSkipped()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/hang", {.mode = Mode::NoResponse});
        m_server.clearRequests();
        ProbeSpec spec = http("slow", ProbeSpec::Kind::Readiness, m_server.url("/hang"), 1);
        spec.timeoutS = 3;
        HealthScheduler s(nullptr, m_clock, HealthSettings {});
        s.setProbes({spec}, {"shop"});
        s.start();
        at(s, m_clock.monotonicMs() + 1000);
        QTRY_COMPARE(m_server.requestCount("/hang"), 1);
        at(s, m_clock.monotonicMs() + 1000);
        QCOMPARE(s.stats().overruns, 1);
        QVERIFY(s.stats().behind);
        QTest::qWait(100);
        QCOMPARE(m_server.requestCount("/hang"), 1);
    }

    void startupProbesHoldTheOthersBack()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/booting", {.status = 503});
        m_server.setRoute("/ok", {.body = "ok"});
        m_server.clearRequests();
        ProbeSpec boot = http("boot", ProbeSpec::Kind::Startup, m_server.url("/booting"), 1);
        boot.failureThreshold = 30;
        const ProbeSpec ready = http("ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"), 1);
        HealthScheduler s(nullptr, m_clock, HealthSettings {});
        s.setProbes({boot, ready}, {"shop"});
        s.start();
        QCOMPARE(siteState(s), ScopeState::Starting);
        QCOMPARE(statusOf(s, "shop/ready").waitingFor, QStringLiteral("shop/boot"));
        for (int i = 1; i <= 3; ++i) {
            at(s, m_clock.monotonicMs() + 1000);
            QTRY_COMPARE(m_server.requestCount("/booting"), i);
            QVERIFY(settle(s));
        }
        QCOMPARE(m_server.requestCount("/ok"), 0);
        QCOMPARE(siteState(s), ScopeState::Starting);

        m_server.setRoute("/booting", {.body = "up"});
        at(s, m_clock.monotonicMs() + 1000);
        // The startup probe passes; the readiness probe runs at once, then on its period.
        QTRY_COMPARE(m_server.requestCount("/ok"), 1);
        QVERIFY(settle(s));
        QCOMPARE(siteState(s), ScopeState::Up);
        QVERIFY(statusOf(s, "shop/ready").waitingFor.isEmpty());
        const int boots = m_server.requestCount("/booting");
        for (int i = 0; i < 3; ++i) {
            at(s, m_clock.monotonicMs() + 1000);
            QVERIFY(settle(s));
        }
        QCOMPARE(m_server.requestCount("/booting"), boots); // never again
        QVERIFY(m_server.requestCount("/ok") >= 3);
    }

    void thresholdsAndTransitions()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/live", {.body = "ok"});
        ProbeSpec live = http("live", ProbeSpec::Kind::Liveness, m_server.url("/live"), 1);
        live.failureThreshold = 3;
        HealthScheduler s(nullptr, m_clock, HealthSettings {});
        QSignalSpy transitions(&s, &HealthScheduler::transition);
        s.setProbes({live}, {"shop"});
        s.start();
        auto tick = [&] {
            at(s, m_clock.monotonicMs() + 1000);
            QVERIFY(QTest::qWaitFor([&] { return s.stats().started > 0 && s.stats().running == 0; }, 10000));
        };
        tick();
        QTRY_COMPARE(siteState(s), ScopeState::Up);
        QCOMPARE(transitions.count(), 1); // unknown → up: stored, not announced
        QVERIFY(!transitions.last().first().value<HealthEvent>().notify);

        m_server.setRoute("/live", {.status = 500});
        tick();
        tick();
        QCOMPARE(siteState(s), ScopeState::Up); // two failures: still up
        QCOMPARE(statusOf(s, "shop/live").consecutiveFailures, 2);
        tick();
        QCOMPARE(siteState(s), ScopeState::Down);
        QCOMPARE(transitions.count(), 2);
        const HealthEvent down = transitions.last().first().value<HealthEvent>();
        QVERIFY(down.notify);
        QCOMPARE(down.from, QStringLiteral("up"));
        QCOMPARE(down.to, QStringLiteral("down"));
        QCOMPARE(down.at, m_clock.now());
        QCOMPARE(down.detail, QStringLiteral("liveness probe live: HTTP 500 (expected 200–399)"));

        m_server.setRoute("/live", {.body = "ok"});
        tick();
        QCOMPARE(siteState(s), ScopeState::Up);
        QCOMPARE(transitions.last().first().value<HealthEvent>().to, QStringLiteral("up"));
        QVERIFY(transitions.last().first().value<HealthEvent>().notify);
    }

    void breakerOpensSkipsAndClosesAgain()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/dead", {.status = 502});
        m_server.clearRequests();
        HealthSettings settings;
        settings.breaker = {3, 30000};
        HealthScheduler s(nullptr, m_clock, settings);
        QSignalSpy transitions(&s, &HealthScheduler::transition);
        QSignalSpy samples(&s, &HealthScheduler::sampleRecorded);
        s.setProbes({http("ready", ProbeSpec::Kind::Readiness, m_server.url("/dead"), 5)}, {"shop"});
        s.start();
        auto tick = [&](qint64 ms) {
            at(s, m_clock.monotonicMs() + ms);
            QVERIFY(settle(s));
        };
        for (int i = 1; i <= 3; ++i) {
            tick(5000);
            QTRY_COMPARE(m_server.requestCount("/dead"), i);
            QVERIFY(settle(s));
        }
        QCOMPARE(s.breakers().size(), 1);
        QCOMPARE(s.breakers().first().state, BreakerState::Open);
        QCOMPARE(s.breakers().first().target, m_server.url("/").adjusted(QUrl::RemovePath).toString());
        QVERIFY(std::any_of(transitions.cbegin(), transitions.cend(), [](const QList<QVariant>& a) {
            const HealthEvent e = a.first().value<HealthEvent>();
            return e.subject == HealthEvent::Subject::Breaker && e.to == u"open" && e.notify;
        }));

        // Open: the next runs make no request and record breaker_open samples.
        tick(5000);
        tick(5000);
        QTest::qWait(100);
        QCOMPARE(m_server.requestCount("/dead"), 3);
        QCOMPARE(samples.last().first().value<HealthSample>().result.outcome, ProbeOutcome::BreakerOpen);
        QCOMPARE(statusOf(s, "shop/ready").last.outcome, ProbeOutcome::BreakerOpen);

        // Past the recovery timeout one trial goes through; the site is back, so it closes.
        m_server.setRoute("/dead", {.body = "ok"});
        tick(30000);
        QTRY_COMPARE(m_server.requestCount("/dead"), 4);
        QVERIFY(settle(s));
        QCOMPARE(s.breakers().first().state, BreakerState::Closed);
        const HealthEvent closed = transitions.last().first().value<HealthEvent>();
        QVERIFY(std::any_of(transitions.cbegin(), transitions.cend(), [](const QList<QVariant>& a) {
            const HealthEvent e = a.first().value<HealthEvent>();
            return e.subject == HealthEvent::Subject::Breaker && e.to == u"closed";
        }));
        QCOMPARE(statusOf(s, "shop/ready").state, ProbeState::Passing);
        Q_UNUSED(closed)
    }

    void aFailedTrialKeepsItOpen()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/dead2", {.status = 502});
        m_server.clearRequests();
        HealthSettings settings;
        settings.breaker = {1, 10000};
        HealthScheduler s(nullptr, m_clock, settings);
        s.setProbes({http("ready", ProbeSpec::Kind::Readiness, m_server.url("/dead2"), 1)}, {"shop"});
        s.start();
        at(s, m_clock.monotonicMs() + 1000);
        QTRY_COMPARE(m_server.requestCount("/dead2"), 1);
        QVERIFY(settle(s));
        QCOMPARE(s.breakers().first().state, BreakerState::Open);
        at(s, m_clock.monotonicMs() + 10000); // the trial
        QTRY_COMPARE(m_server.requestCount("/dead2"), 2);
        QVERIFY(settle(s));
        QCOMPARE(s.breakers().first().state, BreakerState::Open);
        at(s, m_clock.monotonicMs() + 5000);
        QVERIFY(settle(s));
        QCOMPARE(m_server.requestCount("/dead2"), 2);
    }

    void storesSamplesStatesEventsAndKeepsSinceAcrossARestart()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        const ProbeSpec spec = http("ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"), 1);
        QDateTime upSince;
        {
            HealthScheduler s(&db(), m_clock, HealthSettings {});
            s.setProbes({spec}, {"shop"});
            QVERIFY(s.restoreFromDatabase());
            s.start();
            for (int i = 0; i < 3; ++i) {
                at(s, m_clock.monotonicMs() + 1000);
                QVERIFY(
                    QTest::qWaitFor([&] { return s.stats().started > i && s.stats().running == 0; }, 10000));
            }
            QCOMPARE(siteState(s), ScopeState::Up);
            upSince = s.scopes().first().since;
            QVERIFY(upSince.isValid());
            s.stop();
        }
        HealthRepository repo(db());
        QCOMPARE(repo.samples("shop", 0, std::numeric_limits<qint64>::max())->size(), 3);
        QCOMPARE(repo.probes("shop")->first().state, QStringLiteral("passing"));
        QCOMPARE(repo.latestEvent("site", "shop")->toState, QStringLiteral("up"));

        m_clock.advanceSecs(3600);
        HealthScheduler again(&db(), m_clock, HealthSettings {});
        QSignalSpy transitions(&again, &HealthScheduler::transition);
        again.setProbes({spec}, {"shop"});
        QVERIFY(again.restoreFromDatabase());
        again.start();
        at(again, m_clock.monotonicMs() + 1000);
        QVERIFY(
            QTest::qWaitFor([&] { return again.stats().started > 0 && again.stats().running == 0; }, 10000));
        QCOMPARE(siteState(again), ScopeState::Up);
        QCOMPARE(again.scopes().first().since, upSince); // up since before the restart
        QCOMPARE(statusOf(again, "shop/ready").since, repo.probes("shop")->first().stateSince);
        QCOMPARE(transitions.count(), 0);
        again.stop();
        QCOMPARE(repo.events("shop", upSince.addDays(-1), m_clock.now().addSecs(1))->size(), 1);
    }

    void reconfiguringKeepsWhatDidNotChange()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        const ProbeSpec a = http("a", ProbeSpec::Kind::Readiness, m_server.url("/ok"), 1);
        const ProbeSpec b = http("b", ProbeSpec::Kind::Liveness, m_server.url("/ok"), 1);
        HealthScheduler s(nullptr, m_clock, HealthSettings {});
        QSignalSpy configured(&s, &HealthScheduler::configured);
        s.setProbes({a, b}, {"shop"});
        s.start();
        at(s, m_clock.monotonicMs() + 1000);
        QVERIFY(QTest::qWaitFor([&] { return s.stats().started == 2 && s.stats().running == 0; }, 10000));
        const QDateTime since = statusOf(s, "shop/a").since;
        ProbeSpec changed = b;
        changed.url = m_server.url("/other");
        s.setProbes({a, changed}, {"shop"});
        QCOMPARE(statusOf(s, "shop/a").state, ProbeState::Passing);
        QCOMPARE(statusOf(s, "shop/a").since, since);
        QCOMPARE(statusOf(s, "shop/b").state, ProbeState::Unknown);
        s.setProbes({a}, {"shop"});
        QCOMPARE(s.probeStatuses().size(), 1);
        QCOMPARE(configured.count(), 4); // three setProbes and the start
    }
};

QTEST_GUILESS_MAIN(TestHealthScheduler)
#include "tst_healthscheduler.moc"
