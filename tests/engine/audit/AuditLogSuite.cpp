#include "AuditLogSuite.h"

#include "RawConnection.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using ms::AuditEvent;
using ms::AuditFilter;
using ms::AuditLog;
using ms::AuditRecord;

namespace {

AuditEvent auditEvent(const QString& action, const QString& site, const QString& module,
                 AuditRecord::Outcome outcome = AuditRecord::Outcome::Success, const QString& message = {})
{
    AuditEvent e;
    e.action = action;
    e.site = site;
    e.module = module;
    e.outcome = outcome;
    e.message = message;
    e.fromVersion = QStringLiteral("1.0.0");
    e.toVersion = QStringLiteral("1.1.0");
    e.details = {{QStringLiteral("attempt"), 1}};
    return e;
}

} // namespace

void AuditLogSuite::recordsActorTimeAndChain()
{
    AuditLog log(db());
    log.setActor(QStringLiteral("alice"));
    QSignalSpy recorded(&log, &AuditLog::recorded);
    QList<AuditRecord> written;
    for (int i = 0; i < 3; ++i) {
        m_clock.advanceSecs(60);
        auto r = log.record(auditEvent(QStringLiteral("install"), QStringLiteral("salarium"), QStringLiteral("payroll")));
        QVERIFY2(r.ok(), qPrintable(r.error().toString()));
        written << *r;
    }
    QCOMPARE(recorded.count(), 3);
    QCOMPARE(written[0].prevHash, AuditRecord::genesisHash());
    QCOMPARE(written[1].prevHash, written[0].hash);
    QCOMPARE(written[2].prevHash, written[1].hash);
    QCOMPARE(written[2].at, startTime().addSecs(180));

    auto all = log.entries();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->first().id, written[2].id); // newest first
    QCOMPARE(all->first().actor, QString("alice"));
    QCOMPARE(all->first().details, QString("{\"attempt\":1}"));
    QCOMPARE(all->first().hash, written[2].hash);

    auto verified = log.verify();
    QVERIFY(verified.ok());
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QCOMPARE(verified->entries, 3);
}

void AuditLogSuite::filters()
{
    AuditLog log(db());
    QVERIFY(log.record(auditEvent("install", "salarium", "payroll")).ok());
    m_clock.advanceSecs(3600);
    QVERIFY(log.record(auditEvent("upgrade", "capacita", "courses", AuditRecord::Outcome::Failure, "hash mismatch")).ok());
    m_clock.advanceSecs(3600);
    QVERIFY(log.record(auditEvent("health.down", "capacita", {}, AuditRecord::Outcome::Info)).ok());
    QVERIFY(log.record(auditEvent("health.up", "capacita", {}, AuditRecord::Outcome::Info)).ok());

    auto count = [&](const AuditFilter& f) { return log.entries(f)->size(); };
    QCOMPARE(count({.site = "capacita"}), 3);
    QCOMPARE(count({.module = "payroll"}), 1);
    QCOMPARE(count({.outcome = "failure"}), 1);
    QCOMPARE(count({.action = "health."}), 2);
    QCOMPARE(count({.action = "health"}), 0);
    QCOMPARE(count({.since = startTime().addSecs(3600)}), 3);
    QCOMPARE(count({.until = startTime().addSecs(3600)}), 1);
    QCOMPARE(count({.limit = 2}), 2);
    QCOMPARE(log.entries({.outcome = "failure"})->first().message, QString("hash mismatch"));
}

void AuditLogSuite::detectsAnEditedEntry()
{
    AuditLog log(db());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.record(auditEvent("install", "salarium", "payroll")).ok());
    const qint64 second = log.entries()->at(2).id;
    RawConnection raw(m_location);
    QVERIFY2(raw.exec(QStringLiteral("UPDATE audit_log SET outcome = 'failure' WHERE id = %1").arg(second)),
             qPrintable(raw.lastError()));
    auto v = log.verify();
    QVERIFY(v.ok());
    QVERIFY(!v->intact);
    QCOMPARE(v->brokenAt, second);
    QVERIFY2(v->problem.contains("altered"), qPrintable(v->problem));
}

void AuditLogSuite::detectsARemovedEntry()
{
    AuditLog log(db());
    for (int i = 0; i < 4; ++i)
        QVERIFY(log.record(auditEvent("install", "salarium", "payroll")).ok());
    const QList<AuditRecord> all = *log.entries();
    RawConnection raw(m_location);
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(all[2].id)));
    auto v = log.verify();
    QVERIFY(!v->intact);
    QCOMPARE(v->brokenAt, all[1].id);
    QVERIFY2(v->problem.contains("removed"), qPrintable(v->problem));
}

void AuditLogSuite::detectsRemovedNewestEntries()
{
    AuditLog log(db());
    for (int i = 0; i < 3; ++i)
        QVERIFY(log.record(auditEvent("install", "salarium", "payroll")).ok());
    const qint64 newest = log.entries()->first().id;
    RawConnection raw(m_location);
    QVERIFY(raw.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(newest)));
    auto v = log.verify();
    QVERIFY(!v->intact);
    QCOMPARE(v->brokenAt, newest);
    QVERIFY2(v->problem.contains("newest entries were removed"), qPrintable(v->problem));
}

void AuditLogSuite::concurrentWritersKeepOneChain()
{
    // Two programs (two Database instances) appending at once still make one chain.
    std::unique_ptr<ms::Database> other = openAgain();
    QVERIFY(other);
    constexpr int PerWriter = 40;
    auto write = [](ms::Database* database, const QString& site) {
        AuditLog log(*database);
        int ok = 0;
        for (int i = 0; i < PerWriter; ++i)
            ok += log.record(auditEvent("install", site, "payroll")).ok() ? 1 : 0;
        return ok;
    };
    auto first = QtConcurrent::run(write, &db(), QStringLiteral("a"));
    auto second = QtConcurrent::run(write, other.get(), QStringLiteral("b"));
    QCOMPARE(first.result() + second.result(), 2 * PerWriter);
    auto v = AuditLog(db()).verify();
    QVERIFY(v.ok());
    QVERIFY2(v->intact, qPrintable(v->problem));
    QCOMPARE(v->entries, 2 * PerWriter);
}

void AuditLogSuite::csvQuotesAndExports()
{
    AuditLog log(db());
    QVERIFY(log.record(auditEvent("upgrade", "capacita", "courses", AuditRecord::Outcome::Failure,
                             "refused: \"size\" differs, expected 10,\nnot 11"))
                .ok());
    const QByteArray csv = AuditLog::toCsv(*log.entries());
    QVERIFY(csv.startsWith("id,time,actor,action,site,module,from,to,outcome,message,operation,hash\r\n"));
    QVERIFY2(csv.contains(",\"refused: \"\"size\"\" differs, expected 10,\nnot 11\","), csv.constData());

    QTemporaryDir dir;
    QVERIFY(log.exportCsv({.site = "capacita"}, dir.filePath("audit.csv")).ok());
    QCOMPARE(TestSupport::readFile(dir.filePath("audit.csv")), csv);
}

void AuditLogSuite::refusesAnEventWithoutAction()
{
    AuditLog log(db());
    auto r = log.record(AuditEvent{});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ms::ErrorCode::InvalidArgument);
    QVERIFY(log.verify()->intact);
}
