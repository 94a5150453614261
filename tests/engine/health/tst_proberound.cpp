#include "TestHttpServer.h"
#include "health/ProbeCheck.h"
#include "health/ProbeRound.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

using namespace ms;

namespace {

ProbeSpec http(const QString& site, const QString& name, ProbeSpec::Kind kind, const QUrl& url,
               const QString& module = {})
{
    ProbeSpec s;
    s.site = site;
    s.module = module;
    s.name = name;
    s.kind = kind;
    s.url = url;
    s.timeoutS = 2;
    return s;
}

const ProbeRound::Run& runOf(const ProbeRound& round, const QString& key)
{
    for (const ProbeRound::Run& r : round.runs()) {
        if (r.spec.key() == key)
            return r;
    }
    qFatal("no run for %s", qPrintable(key));
}

} // namespace

/// One round of every probe, as `mothershipctl health` and deployment gates run them.
class TestProbeRound : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;
    ManualClock m_clock;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void everyProbeRunsOnceWithItsOutcome()
    {
        m_server.setRoute("/ok", {.body = "ok"});
        m_server.setRoute("/broken", {.status = 500});
        m_server.clearRequests();
        ProbeRound round(
            {http("a", "ready", ProbeSpec::Kind::Readiness, m_server.url(QStringLiteral("/ok"))),
             http("a", "live", ProbeSpec::Kind::Liveness, m_server.url(QStringLiteral("/broken"))),
             http("b", "ready", ProbeSpec::Kind::Readiness, m_server.url(QStringLiteral("/broken")))},
            m_clock);
        round.exec();
        QVERIFY(round.succeeded());
        QCOMPARE(round.runs().size(), 3);
        QVERIFY(runOf(round, "a/ready").ran);
        QCOMPARE(runOf(round, "a/ready").result.outcome, ProbeOutcome::Passed);
        QCOMPARE(runOf(round, "a/live").result.outcome, ProbeOutcome::Failed);
        QCOMPARE(runOf(round, "b/ready").result.outcome, ProbeOutcome::Failed);
        QVERIFY(round.livenessFailed());
        QCOMPARE(m_server.requests().size(), 3);
    }

    void readinessFailuresAreNotLivenessFailures()
    {
        m_server.setRoute("/broken", {.status = 500});
        ProbeRound round(
            {http("a", "ready", ProbeSpec::Kind::Readiness, m_server.url(QStringLiteral("/broken")))},
            m_clock);
        round.exec();
        QVERIFY(!round.livenessFailed());
    }

    void startupProbesGateTheirScope()
    {
        m_server.setRoute("/ok", {.body = "ok"});
        m_server.setRoute("/booting", {.status = 503});
        m_server.clearRequests();
        ProbeRound round(
            {http("a", "ready", ProbeSpec::Kind::Readiness, m_server.url(QStringLiteral("/ok"))),
             http("a", "boot", ProbeSpec::Kind::Startup, m_server.url(QStringLiteral("/booting"))),
             http("a", "ready", ProbeSpec::Kind::Readiness, m_server.url(QStringLiteral("/ok")),
                  QStringLiteral("farm")),
             http("b", "boot", ProbeSpec::Kind::Startup, m_server.url(QStringLiteral("/ok"))),
             http("b", "live", ProbeSpec::Kind::Liveness, m_server.url(QStringLiteral("/ok")))},
            m_clock);
        round.exec();
        // a's startup probe fails: a's other probes, its module's included, do not run.
        QVERIFY(runOf(round, "a/boot").ran);
        QVERIFY(!runOf(round, "a/ready").ran);
        QCOMPARE(runOf(round, "a/ready").notRun, QStringLiteral("not run: startup probe boot did not pass"));
        QVERIFY(!runOf(round, "a/farm/ready").ran);
        // b's passes, so b's liveness runs.
        QCOMPARE(runOf(round, "b/live").result.outcome, ProbeOutcome::Passed);
        QCOMPARE(m_server.requests().size(), 3);
    }

    void concurrencyIsBounded()
    {
        // Five probes that each take 300 ms, two at a time: three waves.
        m_server.setRoute("/slow", {.body = "ok", .delayMs = 300});
        QList<ProbeSpec> probes;
        for (int i = 0; i < 5; ++i)
            probes << http(QStringLiteral("s%1").arg(i), "ready", ProbeSpec::Kind::Readiness,
                           m_server.url(QStringLiteral("/slow")));
        ProbeRound round(probes, m_clock, 2);
        int most = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] {
            int running = 0;
            for (QObject* child : round.children())
                running += qobject_cast<ProbeCheck*>(child) && !static_cast<ProbeCheck*>(child)->isFinished()
                    ? 1
                    : 0;
            most = std::max(most, running);
        });
        sampler.start(20);
        round.exec();
        QVERIFY(most <= 2);
        QVERIFY(most >= 1);
        for (const ProbeRound::Run& r : round.runs())
            QCOMPARE(r.result.outcome, ProbeOutcome::Passed);
    }

    void cancelStopsEverything()
    {
        m_server.setRoute("/hang", {.mode = TestHttpServer::Mode::NoResponse});
        QList<ProbeSpec> probes;
        for (int i = 0; i < 4; ++i) {
            ProbeSpec s = http(QStringLiteral("s%1").arg(i), "ready", ProbeSpec::Kind::Readiness,
                               m_server.url(QStringLiteral("/hang")));
            s.timeoutS = 60;
            probes << s;
        }
        ProbeRound round(probes, m_clock, 2);
        QTimer::singleShot(200, &round, [&] { round.cancel(); });
        QElapsedTimer t;
        t.start();
        round.exec();
        QVERIFY(t.elapsed() < 10000);
        QCOMPARE(round.error().code(), ErrorCode::Cancelled);
        for (const ProbeRound::Run& r : round.runs())
            QVERIFY(!r.ran);
    }
};

QTEST_GUILESS_MAIN(TestProbeRound)
#include "tst_proberound.moc"
