#include "SqliteBackend.h"
#include "StoreSuite.h"
#include "TestHttpServer.h"
#include "audit/AuditLog.h"
#include "health/HealthMonitor.h"
#include "store/HealthRepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace ms;
using Mode = TestHttpServer::Mode;

namespace {

ProbeConfig configFor(const QList<ProbeSpec>& probes)
{
    ProbeConfig c;
    c.probes = probes;
    return c;
}

ProbeSpec http(const QString& site, const QString& name, ProbeSpec::Kind kind, const QUrl& url)
{
    ProbeSpec s;
    s.site = site;
    s.name = name;
    s.kind = kind;
    s.url = url;
    s.periodS = 1;
    s.timeoutS = 1;
    s.failureThreshold = 1;
    return s;
}

} // namespace

/// The monitor as the console holds it: probing on its own thread, state and signals on the
/// caller's, everything stored — on the real clock, with one-second periods.
class TestHealthMonitor : public StoreSuite
{
    Q_OBJECT

public:
    TestHealthMonitor()
        : StoreSuite(std::make_shared<SqliteBackend>())
    {
        m_serverUp = m_server.start();
    }

private:
    TestHttpServer m_server;
    bool m_serverUp = false;

private Q_SLOTS:
    void probesOnItsOwnThreadAndReportsOnTheCallers()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        HealthMonitor monitor(db(), Clock::system());
        QThread* samplesArriveOn = nullptr;
        connect(&monitor, &HealthMonitor::sampleRecorded, this,
                [&] { samplesArriveOn = QThread::currentThread(); });
        QSignalSpy started(&monitor, &HealthMonitor::started);
        monitor.setProbes(configFor({http("shop", "ready", ProbeSpec::Kind::Readiness, m_server.url("/ok")),
                                     http("shop", "live", ProbeSpec::Kind::Liveness, m_server.url("/ok"))}),
                          {"shop"});
        monitor.start();
        QVERIFY(monitor.isRunning());
        QTRY_COMPARE(started.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(monitor.site("shop").value_or(ScopeHealth {}).state, ScopeState::Up, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.probe("shop/ready")->last.at.isValid()
                                     && monitor.probe("shop/live")->last.at.isValid(),
                                 10000);
        QCOMPARE(samplesArriveOn, QThread::currentThread());
        QCOMPARE(monitor.sites().size(), 1);
        QCOMPARE(monitor.probes().size(), 2);
        QCOMPARE(monitor.probe("shop/live")->state, ProbeState::Passing);
        QVERIFY(monitor.probe("shop/live")->last.latencyUs >= 0);
        QVERIFY(!monitor.probe("nope"));
        QCOMPARE(monitor.breakers().size(), 1);
        QCOMPARE(monitor.breakers().first().state, BreakerState::Closed);
        QSignalSpy stopped(&monitor, &HealthMonitor::stopped);
        monitor.stop();
        QTRY_COMPARE(stopped.count(), 1);
        const auto stored = HealthRepository(db()).samples("shop", 0, std::numeric_limits<qint64>::max());
        QVERIFY2(stored, qPrintable(stored.error().toString()));
        QVERIFY2(stored->size() >= 2, qPrintable(QString::number(stored->size())));
    }

    void transitionsAreSignalledStoredAndAudited()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/flaky", {.body = "ok"});
        HealthMonitor monitor(db(), Clock::system());
        QSignalSpy transitions(&monitor, &HealthMonitor::transition);
        monitor.setProbes(
            configFor({http("shop", "ready", ProbeSpec::Kind::Readiness, m_server.url("/flaky"))}), {"shop"});
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.site("shop").value_or(ScopeHealth {}).state, ScopeState::Up, 10000);
        QCOMPARE(transitions.count(), 0); // unknown → up at start is not news
        m_server.setRoute("/flaky", {.status = 503});
        QTRY_COMPARE_WITH_TIMEOUT(transitions.count(), 1, 10000);
        const HealthEvent event = transitions.first().first().value<HealthEvent>();
        QCOMPARE(event.site, QStringLiteral("shop"));
        QCOMPARE(event.from, QStringLiteral("up"));
        QCOMPARE(event.to, QStringLiteral("not_ready"));
        QCOMPARE(monitor.site("shop")->state, ScopeState::NotReady);
        QCOMPARE(monitor.site("shop")->reason,
                 QStringLiteral("readiness probe ready: HTTP 503 (expected 200–399)"));
        QSignalSpy stopped(&monitor, &HealthMonitor::stopped);
        monitor.stop();
        QTRY_COMPARE(stopped.count(), 1);

        const auto audit = AuditLog(db()).entries();
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("health.site.not_ready"));
        QCOMPARE(audit->first().actor, QStringLiteral("mothership"));
        const auto events = HealthRepository(db()).events("shop", event.at.addDays(-1), event.at.addSecs(1));
        QCOMPARE(events->size(), 2); // unknown → up, up → not ready
    }

    void historyAndSinceSurviveARestart()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        const ProbeConfig config
            = configFor({http("shop", "ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"))});
        QDateTime since;
        {
            HealthMonitor first(db(), Clock::system());
            first.setProbes(config, {"shop"});
            first.start();
            QTRY_COMPARE_WITH_TIMEOUT(first.site("shop").value_or(ScopeHealth {}).state, ScopeState::Up,
                                      10000);
            since = first.site("shop")->since;
        } // destroyed while running: it stores what it has
        const qint64 before
            = HealthRepository(db()).samples("shop", 0, std::numeric_limits<qint64>::max())->size();
        QVERIFY(before >= 1);

        HealthMonitor second(db(), Clock::system());
        QSignalSpy transitions(&second, &HealthMonitor::transition);
        second.setProbes(config, {"shop"});
        second.start();
        QTRY_COMPARE_WITH_TIMEOUT(second.site("shop").value_or(ScopeHealth {}).state, ScopeState::Up, 10000);
        QCOMPARE(second.site("shop")->since, since);
        QCOMPARE(transitions.count(), 0);

        // The history job sees both runs.
        QTest::qWait(1200);
        QScopedPointer<HealthQueryJob> job(
            second.reportJob("shop", TimeWindow::lastHour(QDateTime::currentDateTimeUtc())));
        job->exec();
        QVERIFY2(job->succeeded(), qPrintable(job->error().toString()));
        QVERIFY(job->report().site.samples >= before);
        QCOMPARE(job->report().site.state, QStringLiteral("up"));
        QScopedPointer<HealthQueryJob> series(second.seriesJob(
            HealthScope::ofSite("shop"), TimeWindow::lastHour(QDateTime::currentDateTimeUtc())));
        series->exec();
        QVERIFY(series->succeeded());
        QCOMPARE(series->series().size(), 60);
    }

    void stopsPromptlyWithChecksInFlight()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/hang", {.mode = Mode::NoResponse});
        ProbeSpec slow = http("shop", "ready", ProbeSpec::Kind::Readiness, m_server.url("/hang"));
        slow.timeoutS = 60;
        QElapsedTimer timer;
        {
            HealthMonitor monitor(db(), Clock::system());
            monitor.setProbes(configFor({slow}), {"shop"});
            monitor.start();
            QTRY_VERIFY_WITH_TIMEOUT(m_server.requestCount("/hang") >= 1, 10000);
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void reconfiguresWhileRunning()
    {
        QVERIFY(m_serverUp);
        m_server.setRoute("/ok", {.body = "ok"});
        HealthMonitor monitor(db(), Clock::system());
        monitor.setProbes(configFor({http("a", "ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"))}),
                          {"a"});
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(monitor.site("a").value_or(ScopeHealth {}).state, ScopeState::Up, 10000);
        monitor.setProbes(configFor({http("b", "ready", ProbeSpec::Kind::Readiness, m_server.url("/ok"))}),
                          {"a", "b"});
        QTRY_COMPARE_WITH_TIMEOUT(monitor.site("b").value_or(ScopeHealth {}).state, ScopeState::Up, 10000);
        QVERIFY(!monitor.site("a"));
        QCOMPARE(monitor.probes().size(), 1);
        // Site a's probe is retired in the database: it no longer counts.
        QTRY_VERIFY(HealthRepository(db()).probes("a")->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
