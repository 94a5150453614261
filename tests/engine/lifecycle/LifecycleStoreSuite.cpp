#include "LifecycleStoreSuite.h"

#include "store/ModuleStateRepository.h"
#include "store/OperationRepository.h"
#include "store/OperationJournalRepository.h"
#include "store/VendorKeyRepository.h"

#include <QTest>

using ms::ErrorCode;
using ms::JournalRecord;
using ms::ModuleStateChange;
using ms::ModuleStateRecord;
using ms::ModuleStateRepository;

namespace {

ModuleStateChange change(const QString& from, const QString& to, qint64 operation = 12)
{
    ModuleStateChange c;
    c.site = QStringLiteral("clinic");
    c.module = QStringLiteral("farm_manager");
    c.fromState = from;
    c.toState = to;
    c.version = QStringLiteral("1.8.0");
    c.operationId = operation;
    return c;
}

ModuleStateRecord row(const QString& state, const QString& target = {})
{
    return ModuleStateRecord {QStringLiteral("clinic"),
                              QStringLiteral("farm_manager"),
                              state,
                              QStringLiteral("1.8.0"),
                              target,
                              {},
                              12,
                              {}};
}

} // namespace

void LifecycleStoreSuite::stateTransitionsKeepRowAndHistory()
{
    ModuleStateRepository states(db());
    QVERIFY(!*states.find(QStringLiteral("clinic"), QStringLiteral("farm_manager")));
    auto first = states.apply(change({}, QStringLiteral("running")), row(QStringLiteral("running")));
    QVERIFY2(first, qPrintable(first.error().toString()));
    QVERIFY(first->id > 0);
    QCOMPARE(first->at, startTime());

    m_clock.advanceSecs(5);
    ModuleStateChange up = change(QStringLiteral("running"), QStringLiteral("updating"));
    up.reason = QStringLiteral("upgrade to 1.9.0");
    QVERIFY(states.apply(up, row(QStringLiteral("updating"), QStringLiteral("1.9.0"))).ok());
    auto found = *states.find(QStringLiteral("clinic"), QStringLiteral("farm_manager"));
    QVERIFY(found);
    QCOMPARE(found->state, QStringLiteral("updating"));
    QCOMPARE(found->targetVersion, QStringLiteral("1.9.0"));
    QCOMPARE(found->operationId, 12);
    QCOMPARE(found->updatedAt, startTime().addSecs(5));

    // Another site's module of the same name is another row.
    ModuleStateChange elsewhere = change({}, QStringLiteral("installed"));
    elsewhere.site = QStringLiteral("farm-west");
    ModuleStateRecord elsewhereRow = row(QStringLiteral("installed"));
    elsewhereRow.site = QStringLiteral("farm-west");
    QVERIFY(states.apply(elsewhere, elsewhereRow).ok());
    QCOMPARE(states.list(QStringLiteral("clinic"))->size(), 1);

    m_clock.advanceSecs(1);
    QVERIFY(states.apply(change(QStringLiteral("uninstalling"), QStringLiteral("gone")), std::nullopt).ok());
    QVERIFY(!*states.find(QStringLiteral("clinic"), QStringLiteral("farm_manager")));
    auto history = states.history(QStringLiteral("clinic"), QStringLiteral("farm_manager"));
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).fromState, QString());
    QCOMPARE(history->at(1).reason, QStringLiteral("upgrade to 1.9.0"));
    QCOMPARE(history->at(2).toState, QStringLiteral("gone"));
    QCOMPARE(history->at(2).at, startTime().addSecs(6));
    QCOMPARE(states.history(QStringLiteral("clinic"))->size(), 3);
}

void LifecycleStoreSuite::stateRestoreIsExact()
{
    ModuleStateRepository states(db());
    QVERIFY(states.apply(change({}, QStringLiteral("running")), row(QStringLiteral("running"))).ok());
    const ModuleStateRecord before = **states.find(QStringLiteral("clinic"), QStringLiteral("farm_manager"));
    m_clock.advanceSecs(30);
    QVERIFY(states
                .apply(change(QStringLiteral("running"), QStringLiteral("error"), 13),
                       row(QStringLiteral("error")))
                .ok());
    QVERIFY(states.restore(QStringLiteral("clinic"), QStringLiteral("farm_manager"), before).ok());
    QCOMPARE(**states.find(QStringLiteral("clinic"), QStringLiteral("farm_manager")), before);
    QCOMPARE(states.history(QStringLiteral("clinic"))->size(), 2); // restore writes no history
    QVERIFY(states.restore(QStringLiteral("clinic"), QStringLiteral("farm_manager"), std::nullopt).ok());
    QVERIFY(!*states.find(QStringLiteral("clinic"), QStringLiteral("farm_manager")));
}

void LifecycleStoreSuite::stateRefusesMalformedChanges()
{
    ModuleStateRepository states(db());
    ModuleStateChange noSite = change({}, QStringLiteral("running"));
    noSite.site.clear();
    QCOMPARE(states.apply(noSite, std::nullopt).error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(states.apply(change({}, {}), std::nullopt).error().code(), ErrorCode::InvalidArgument);
    ModuleStateRecord other = row(QStringLiteral("running"));
    other.module = QStringLiteral("inventory");
    QCOMPARE(states.apply(change({}, QStringLiteral("running")), other).error().code(),
             ErrorCode::InvalidArgument);
    QVERIFY(states.history(QStringLiteral("clinic"))->isEmpty());
    // The table refuses a state the lifecycle does not know.
    QVERIFY(!states.apply(change({}, QStringLiteral("sleeping")), row(QStringLiteral("sleeping"))).ok());
    QVERIFY(states.history(QStringLiteral("clinic"))->isEmpty());
}

void LifecycleStoreSuite::journalBeginsUpdatesAndLists()
{
    ms::OperationJournalRepository journals(db());
    QVERIFY(!*journals.find(4));
    QVERIFY(
        journals.begin({4, QStringLiteral("clinic"), QStringLiteral("prepared"), "{\"a\":1}", {}, {}}).ok());
    QVERIFY(journals.begin({5, QStringLiteral("farm-west"), QStringLiteral("prepared"), "{\"b\":2}", {}, {}})
                .ok());
    m_clock.advanceSecs(3);
    QVERIFY(journals.update(5, QStringLiteral("committed"), "{\"b\":3}").ok());
    auto five = **journals.find(5);
    QCOMPARE(five.phase, QStringLiteral("committed"));
    QCOMPARE(five.document, QByteArray("{\"b\":3}"));
    QCOMPARE(five.createdAt, startTime());
    QCOMPARE(five.updatedAt, startTime().addSecs(3));

    auto open = journals.unfinished();
    QVERIFY(open);
    QCOMPARE(open->size(), 2);
    QCOMPARE(open->at(0).operationId, 4);
    QVERIFY(journals.update(4, QStringLiteral("rolled_back"), "{\"a\":1}").ok());
    QVERIFY(journals.update(5, QStringLiteral("finished"), "{\"b\":3}").ok());
    QVERIFY(journals.unfinished()->isEmpty());
    QCOMPARE(journals.update(6, QStringLiteral("finished"), "{}").error().code(), ErrorCode::NotFound);
    QVERIFY(!journals.update(4, QStringLiteral("half-done"), "{}").ok()); // CHECK constraint
}

void LifecycleStoreSuite::journalBeginReplacesAnEarlierAttempt()
{
    ms::OperationJournalRepository journals(db());
    QVERIFY(
        journals.begin({8, QStringLiteral("clinic"), QStringLiteral("prepared"), "{\"attempt\":1}", {}, {}})
            .ok());
    QVERIFY(journals.update(8, QStringLiteral("rolled_back"), "{\"attempt\":1}").ok());
    m_clock.advanceSecs(10);
    QVERIFY(
        journals.begin({8, QStringLiteral("clinic"), QStringLiteral("prepared"), "{\"attempt\":2}", {}, {}})
            .ok());
    auto again = **journals.find(8);
    QCOMPARE(again.phase, QStringLiteral("prepared"));
    QCOMPARE(again.document, QByteArray("{\"attempt\":2}"));
    QCOMPARE(again.createdAt, startTime().addSecs(10));
}

void LifecycleStoreSuite::journalRefusesMalformedRecords()
{
    ms::OperationJournalRepository journals(db());
    QCOMPARE(journals.begin({0, QStringLiteral("clinic"), QStringLiteral("prepared"), "{}", {}, {}})
                 .error()
                 .code(),
             ErrorCode::InvalidArgument);
    QCOMPARE(journals.begin({1, {}, QStringLiteral("prepared"), "{}", {}, {}}).error().subject(),
             QStringLiteral("site"));
    QCOMPARE(journals.begin({1, QStringLiteral("clinic"), {}, "{}", {}, {}}).error().subject(),
             QStringLiteral("phase"));
    QCOMPARE(journals.begin({1, QStringLiteral("clinic"), QStringLiteral("prepared"), {}, {}, {}})
                 .error()
                 .subject(),
             QStringLiteral("document"));
    QVERIFY(journals.unfinished()->isEmpty());
}

void LifecycleStoreSuite::runningOperationsWithoutOpenJournal()
{
    ms::OperationRepository operations(db());
    ms::OperationJournalRepository journals(db());
    auto make = [&](const QString& state) {
        ms::OperationRecord r;
        r.kind = QStringLiteral("install");
        r.site = QStringLiteral("clinic");
        r.state = state;
        return operations.create(r)->id;
    };
    const qint64 bare = make(QStringLiteral("running"));
    const qint64 open = make(QStringLiteral("running"));
    const qint64 closed = make(QStringLiteral("running"));
    const qint64 done = make(QStringLiteral("succeeded"));
    QVERIFY(journals.begin({open, QStringLiteral("clinic"), QStringLiteral("prepared"), "{}", {}, {}}).ok());
    QVERIFY(journals.begin({closed, QStringLiteral("clinic"), QStringLiteral("finished"), "{}", {}, {}}).ok());
    QVERIFY(journals.begin({done, QStringLiteral("clinic"), QStringLiteral("finished"), "{}", {}, {}}).ok());
    auto stale = journals.runningWithoutJournal();
    QVERIFY2(stale, qPrintable(stale.error().toString()));
    QCOMPARE(stale->size(), 2);
    QCOMPARE(stale->at(0).operationId, bare);
    QCOMPARE(stale->at(0).journalPhase, QString());
    QCOMPARE(stale->at(1).operationId, closed);
    QCOMPARE(stale->at(1).journalPhase, QStringLiteral("finished"));
    QCOMPARE(stale->at(1).site, QStringLiteral("clinic"));
}

void LifecycleStoreSuite::vendorKeysAreAddedOnce()
{
    ms::VendorKeyRepository keys(db());
    ms::VendorKeyRecord acme {0,
                              QStringLiteral("acme"),
                              QStringLiteral("acme-2026"),
                              QStringLiteral("x1"),
                              QStringLiteral("{\"kty\":\"OKP\"}"),
                              {}};
    auto added = keys.add(acme);
    QVERIFY2(added, qPrintable(added.error().toString()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->addedAt, startTime());
    m_clock.advanceSecs(60);
    auto again = keys.add(acme);
    QCOMPARE(*again, *added); // unchanged, not duplicated
    ms::VendorKeyRecord rotated = acme;
    rotated.publicKey = QStringLiteral("x2");
    rotated.keyId = QStringLiteral("acme-2027");
    QVERIFY(keys.add(rotated).ok());
    ms::VendorKeyRecord other = acme;
    other.issuer = QStringLiteral("globex");
    other.keyId.clear();
    QVERIFY(keys.add(other).ok());
    auto all = keys.list();
    QCOMPARE(all->size(), 3);
    QCOMPARE(all->at(0).keyId, QStringLiteral("acme-2026"));
    QCOMPARE(all->at(1).keyId, QStringLiteral("acme-2027"));
    QCOMPARE(all->at(2).issuer, QStringLiteral("globex"));
    QCOMPARE(all->at(2).keyId, QString());
    ms::VendorKeyRecord empty = acme;
    empty.publicKey.clear();
    QCOMPARE(keys.add(empty).error().code(), ErrorCode::InvalidArgument);
}

void LifecycleStoreSuite::worksFromAPoolThread()
{
    const bool ok = onPoolThread([this] {
        ModuleStateRepository states(db());
        ms::OperationJournalRepository journals(db());
        return states.apply(change({}, QStringLiteral("running")), row(QStringLiteral("running"))).ok()
            && journals.begin({9, QStringLiteral("clinic"), QStringLiteral("prepared"), "{}", {}, {}}).ok();
    });
    QVERIFY(ok);
    QVERIFY(ranOnPoolThread());
    QCOMPARE(ModuleStateRepository(db()).list(QStringLiteral("clinic"))->size(), 1);
    QCOMPARE(ms::OperationJournalRepository(db()).unfinished()->size(), 1);
}
