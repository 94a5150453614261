#include "RawConnection.h"
#include "SqliteBackend.h"
#include "StoreSuite.h"
#include "audit/AuditLog.h"
#include "health/SampleWriter.h"
#include "store/HealthRepository.h"
#include "store/Transaction.h"

#include <QSignalSpy>
#include <QTest>

using namespace ms;

namespace {

ProbeSpec spec(const QString& name)
{
    ProbeSpec s;
    s.site = QStringLiteral("shop");
    s.name = name;
    s.url = QUrl(QStringLiteral("http://127.0.0.1:3201/") + name);
    return s;
}

ProbeResult passed(const QDateTime& at, qint64 latencyUs)
{
    ProbeResult r;
    r.outcome = ProbeOutcome::Passed;
    r.at = at;
    r.latencyUs = latencyUs;
    r.detail = QStringLiteral("HTTP 200");
    return r;
}

} // namespace

/// Samples, states and events go to the database in batches, on the thread pool, and come
/// through a database that refuses them for a while.
class TestSampleWriter : public StoreSuite
{
    Q_OBJECT

public:
    TestSampleWriter()
        : StoreSuite(std::make_shared<SqliteBackend>())
    {
    }

private:
    qint64 countSamples()
    {
        return HealthRepository(db()).samples({}, 0, std::numeric_limits<qint64>::max())->size();
    }

private Q_SLOTS:
    void writesInBatchesWithoutBlockingTheCaller()
    {
        HealthSettings settings;
        settings.maxBatch = 10000;
        settings.flushIntervalMs = 50;
        SampleWriter writer(db(), m_clock, settings);
        writer.setProbes({spec("a"), spec("b")}, {"shop"});
        QSignalSpy written(&writer, &SampleWriter::written);

        // Hold SQLite's write lock on this thread: a write on this thread would wait here.
        Result<QSqlDatabase> connection = db().connection();
        auto lock = Transaction::begin(db(), *connection);
        QVERIFY(lock);
        for (int i = 0; i < 25000; ++i)
            writer.addSample(i % 2 ? QStringLiteral("shop/a") : QStringLiteral("shop/b"),
                             passed(m_clock.now(), i));
        // addSample() returned with two batches full: the first is waiting for the lock on
        // a pool thread, not here.
        QVERIFY(writer.isWriting());
        QCOMPARE(written.count(), 0);
        QVERIFY(lock->commit());
        QTRY_VERIFY(written.count() >= 1);
        QVERIFY(writer.finish());
        QCOMPARE(writer.writtenSamples(), 25000);
        QCOMPARE(countSamples(), 25000);
        qint64 total = 0;
        for (const QList<QVariant>& args : written)
            total += args.first().toLongLong();
        QCOMPARE(total, 25000);
        QVERIFY(written.count() >= 2); // more than one batch
    }

    void aRefusedWriteIsRetriedWithTheNext()
    {
        HealthSettings settings;
        settings.flushIntervalMs = 20;
        SampleWriter writer(db(), m_clock, settings);
        writer.setProbes({spec("a")}, {"shop"});
        QVERIFY(writer.finish()); // the probe's row exists

        RawConnection raw(m_location);
        QVERIFY(raw.exec("ALTER TABLE health_samples RENAME TO health_samples_away"));
        QSignalSpy failed(&writer, &SampleWriter::failed);
        for (int i = 0; i < 10; ++i)
            writer.addSample(QStringLiteral("shop/a"), passed(m_clock.now(), i));
        QTRY_VERIFY(failed.count() >= 1);
        QCOMPARE(failed.first().first().value<Error>().code(), ErrorCode::Database);
        QVERIFY(raw.exec("ALTER TABLE health_samples_away RENAME TO health_samples"));
        for (int i = 10; i < 15; ++i)
            writer.addSample(QStringLiteral("shop/a"), passed(m_clock.now(), i));
        QVERIFY(writer.finish());
        QCOMPARE(countSamples(), 15);
        QCOMPARE(writer.dropped(), 0);
    }

    void statesEventsAndTheAuditLog()
    {
        SampleWriter writer(db(), m_clock, HealthSettings {});
        writer.setProbes({spec("a")}, {"shop"});
        writer.setProbeState(QStringLiteral("shop/a"), ProbeState::Failing, m_clock.now(), m_clock.now(),
                             QStringLiteral("connection refused"), m_clock.now());
        HealthEvent quiet;
        quiet.site = QStringLiteral("shop");
        quiet.from = QStringLiteral("unknown");
        quiet.to = QStringLiteral("up");
        quiet.at = m_clock.now();
        HealthEvent loud = quiet;
        loud.from = QStringLiteral("up");
        loud.to = QStringLiteral("down");
        loud.detail = QStringLiteral("liveness probe a: connection refused");
        loud.notify = true;
        writer.addEvent(quiet);
        writer.addEvent(loud);
        QVERIFY(writer.finish());

        const auto probes = HealthRepository(db()).probes(QStringLiteral("shop"));
        QCOMPARE(probes->first().state, QStringLiteral("failing"));
        QCOMPARE(probes->first().lastError, QStringLiteral("connection refused"));
        QCOMPARE(
            HealthRepository(db()).events({}, m_clock.now().addSecs(-1), m_clock.now().addSecs(1))->size(),
            2);
        // Only the transition worth telling goes to the audit log, as the engine's own act.
        const auto audit = AuditLog(db()).entries();
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("health.site.down"));
        QCOMPARE(audit->first().actor, QStringLiteral("mothership"));
        QCOMPARE(audit->first().site, QStringLiteral("shop"));
        QCOMPARE(audit->first().message,
                 QStringLiteral("shop: up → down (liveness probe a: connection refused)"));
        QVERIFY(AuditLog(db()).verify()->intact);
    }

    void maintenanceRunsWithTheFirstWrite()
    {
        SampleWriter writer(db(), m_clock, HealthSettings {});
        QSignalSpy maintained(&writer, &SampleWriter::maintained);
        writer.setProbes({spec("a")}, {"shop"});
        writer.addSample(QStringLiteral("shop/a"), passed(m_clock.now().addSecs(-600), 1));
        writer.flush();
        QTRY_COMPARE(maintained.count(), 1);
        QCOMPARE(maintained.first().first().value<HealthRetention::Summary>().rollupsWritten, 1);
        // Not again before maintenanceIntervalMs.
        writer.addSample(QStringLiteral("shop/a"), passed(m_clock.now(), 1));
        QVERIFY(writer.finish());
        QCOMPARE(maintained.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSampleWriter)
#include "tst_samplewriter.moc"
