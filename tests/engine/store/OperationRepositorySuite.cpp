#include "OperationRepositorySuite.h"

#include "store/OperationRepository.h"

#include <QTest>

using ms::ErrorCode;
using ms::OperationRecord;
using ms::OperationRepository;

namespace {

OperationRecord upgrade(const QString& site)
{
    OperationRecord record;
    record.kind = QStringLiteral("upgrade");
    record.site = site;
    record.module = QStringLiteral("farm_manager");
    record.fromVersion = QStringLiteral("1.8.0");
    record.toVersion = QStringLiteral("1.9.0");
    record.state = QStringLiteral("queued");
    record.requestedBy = QStringLiteral("mothershipctl");
    return record;
}

} // namespace

void OperationRepositorySuite::createAssignsIdAndTime()
{
    OperationRepository operations(db());
    const auto created = operations.create(upgrade(QStringLiteral("alpha")));
    QVERIFY2(created, qPrintable(created.error().toString()));
    QVERIFY(created->id > 0);
    QCOMPARE(created->createdAt, startTime());
    QVERIFY(!created->startedAt.isValid());
    QVERIFY(!created->finishedAt.isValid());

    OperationRecord expected = upgrade(QStringLiteral("alpha"));
    expected.id = created->id;
    expected.createdAt = startTime();
    QCOMPARE(*created, expected);
    const auto found = operations.find(created->id);
    QVERIFY(found);
    QCOMPARE(*found, expected);
}

void OperationRepositorySuite::updateRecordsProgressAndFailure()
{
    OperationRepository operations(db());
    auto created = operations.create(upgrade(QStringLiteral("alpha")));
    QVERIFY(created);
    OperationRecord record = *created;

    m_clock.advanceSecs(2);
    record.state = QStringLiteral("running");
    record.startedAt = m_clock.now();
    QVERIFY(operations.update(record).ok());
    QCOMPARE(*operations.find(record.id), record);

    m_clock.advanceMs(1500);
    record.state = QStringLiteral("failed");
    record.finishedAt = m_clock.now();
    record.setError(ms::Error(ErrorCode::Integrity, QStringLiteral("checksum mismatch"),
                              QStringLiteral("farm_manager-1.9.0.tar.gz")));
    QVERIFY(operations.update(record).ok());
    const auto found = operations.find(record.id);
    QVERIFY(found);
    QCOMPARE(*found, record);
    QCOMPARE(found->errorCode, QStringLiteral("integrity"));
    QCOMPARE(found->errorMessage, QStringLiteral("farm_manager-1.9.0.tar.gz: checksum mismatch"));
    QCOMPARE(found->finishedAt, startTime().addMSecs(3500));

    // Fields other than progress are not rewritten by update().
    OperationRecord tampered = record;
    tampered.kind = QStringLiteral("uninstall");
    tampered.site = QStringLiteral("beta");
    QVERIFY(operations.update(tampered).ok());
    QCOMPARE(*operations.find(record.id), record);
}

void OperationRepositorySuite::listRecentIsNewestFirst()
{
    OperationRepository operations(db());
    QList<qint64> ids;
    for (const QString& site : {QStringLiteral("alpha"), QStringLiteral("beta"), QStringLiteral("gamma")}) {
        const auto created = operations.create(upgrade(site));
        QVERIFY(created);
        ids << created->id;
        m_clock.advanceSecs(10);
    }
    const auto recent = operations.listRecent(2);
    QVERIFY(recent);
    QCOMPARE(recent->size(), 2);
    QCOMPARE(recent->at(0).id, ids.at(2));
    QCOMPARE(recent->at(0).site, QStringLiteral("gamma"));
    QCOMPARE(recent->at(1).id, ids.at(1));
    QCOMPARE(operations.listRecent()->size(), 3);
}

void OperationRepositorySuite::invalidAndUnknownOperations()
{
    OperationRepository operations(db());
    OperationRecord noKind = upgrade(QStringLiteral("alpha"));
    noKind.kind.clear();
    QCOMPARE(operations.create(noKind).error().subject(), QStringLiteral("kind"));
    OperationRecord noState = upgrade(QStringLiteral("alpha"));
    noState.state.clear();
    QCOMPARE(operations.create(noState).error().code(), ErrorCode::InvalidArgument);
    QVERIFY(operations.listRecent()->isEmpty());

    OperationRecord unknown = upgrade(QStringLiteral("alpha"));
    unknown.id = 4242;
    QCOMPARE(operations.update(unknown).error().code(), ErrorCode::NotFound);
    const auto missing = operations.find(4242);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);
    QCOMPARE(missing.error().subject(), QStringLiteral("4242"));
    QCOMPARE(operations.listRecent(0).error().code(), ErrorCode::InvalidArgument);
}
