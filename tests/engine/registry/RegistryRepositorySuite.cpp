#include "RegistryRepositorySuite.h"

#include "store/RegistryRepository.h"

#include <QTest>

using ms::AcceptedCatalog;
using ms::ErrorCode;
using ms::RegistryRecord;
using ms::RegistryRefreshOutcome;
using ms::RegistryRepository;
using ms::TrustedKeyRecord;

namespace {

RegistryRecord registry(const QString& name, int priority = 0)
{
    RegistryRecord r;
    r.name = name;
    r.url = "https://registry.example.org/" + name;
    r.priority = priority;
    return r;
}

TrustedKeyRecord key(const QString& id)
{
    return {id, "RWQ" + id + "base64", "minisign public key " + id, {}};
}

AcceptedCatalog accepted(qint64 serial, const QString& sha, const QDateTime& at)
{
    AcceptedCatalog a;
    a.serial = serial;
    a.sha256 = sha;
    a.catalogName = "acme";
    a.expires = at.addDays(30);
    a.etag = "\"" + sha.left(8) + "\"";
    a.lastModified = "Thu, 01 Jan 2026 08:30:00 GMT";
    a.at = at;
    return a;
}

QString sha(char c)
{
    return QString(64, QLatin1Char(c));
}

} // namespace

void RegistryRepositorySuite::addFindAndList()
{
    RegistryRepository repo(db());
    const auto added = repo.add(registry("main", 10), {key("AAAA000000000001")});
    QVERIFY2(added, qPrintable(added.error().toString()));
    QVERIFY(added->id > 0);
    QCOMPARE(added->addedAt, startTime());
    QCOMPARE(added->serial, qint64(-1));
    QVERIFY(!added->hasCatalog());
    QCOMPARE(added->lastOutcome, RegistryRefreshOutcome::Never);
    QVERIFY(repo.add(registry("community", 0), {key("BBBB000000000002")}));
    QVERIFY(repo.add(registry("beta", 0), {key("CCCC000000000003")}));

    const auto found = repo.find("main");
    QVERIFY(found);
    QCOMPARE(*found, *added);
    QCOMPARE(repo.find("nope").error().code(), ErrorCode::NotFound);

    const auto all = repo.list();
    QVERIFY(all);
    QStringList names;
    for (const RegistryRecord& r : *all)
        names << r.name;
    QCOMPARE(names, (QStringList {"main", "beta", "community"}));

    QVERIFY(repo.setPriority("community", 20).ok());
    QVERIFY(repo.setEnabled("beta", false).ok());
    QCOMPARE(repo.list()->first().name, QString("community"));
    QVERIFY(!repo.find("beta")->enabled);
    QCOMPARE(repo.setPriority("nope", 1).error().code(), ErrorCode::NotFound);
}

void RegistryRepositorySuite::namesAreUnique()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001")}));
    const auto again = repo.add(registry("main"), {key("BBBB000000000002")});
    QCOMPARE(again.error().code(), ErrorCode::Conflict);
    QCOMPARE(again.error().subject(), QString("main"));
    QCOMPARE(repo.keys("main")->size(), 1);
}

void RegistryRepositorySuite::needsKeys()
{
    RegistryRepository repo(db());
    const auto none = repo.add(registry("main"), {});
    QCOMPARE(none.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(none.error().subject(), QString("keys"));
    QCOMPARE(repo.list()->size(), 0);
}

void RegistryRepositorySuite::keysComeAndGoButNeverTheLast()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001")}));
    QVERIFY(repo.addKey("main", key("BBBB000000000002")).ok());
    QCOMPARE(repo.addKey("main", key("BBBB000000000002")).error().code(), ErrorCode::Conflict);
    QCOMPARE(repo.addKey("nope", key("CCCC000000000003")).error().code(), ErrorCode::NotFound);
    auto keys = repo.keys("main");
    QVERIFY(keys);
    QCOMPARE(keys->size(), 2);
    QCOMPARE(keys->at(0).keyId, QString("AAAA000000000001"));
    QCOMPARE(keys->at(0).publicKey, QString("RWQAAAA000000000001base64"));
    QCOMPARE(keys->at(0).comment, QString("minisign public key AAAA000000000001"));
    QCOMPARE(keys->at(0).addedAt, startTime());

    QVERIFY(repo.removeKey("main", "AAAA000000000001").ok());
    QCOMPARE(repo.removeKey("main", "AAAA000000000001").error().code(), ErrorCode::NotFound);
    const auto last = repo.removeKey("main", "BBBB000000000002");
    QCOMPARE(last.error().code(), ErrorCode::Conflict);
    QCOMPARE(repo.keys("main")->size(), 1);
    QCOMPARE(repo.keys("nope").error().code(), ErrorCode::NotFound);
}

void RegistryRepositorySuite::removeTakesTheKeysAlong()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001"), key("BBBB000000000002")}));
    QVERIFY(repo.remove("main").ok());
    QCOMPARE(repo.remove("main").error().code(), ErrorCode::NotFound);
    // A registry added again under the name starts with only its own keys and no state.
    QVERIFY(repo.add(registry("main"), {key("CCCC000000000003")}));
    const auto keys = repo.keys("main");
    QCOMPARE(keys->size(), 1);
    QCOMPARE(keys->first().keyId, QString("CCCC000000000003"));
}

void RegistryRepositorySuite::acceptedStateOnlyMovesForward()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001")}));
    const QDateTime t1 = startTime().addSecs(60);
    QVERIFY2(repo.recordAccepted("main", accepted(5, sha('a'), t1), {}).ok(), "first acceptance");
    RegistryRecord r = *repo.find("main");
    QCOMPARE(r.serial, qint64(5));
    QCOMPARE(r.catalogSha256, sha('a'));
    QCOMPARE(r.catalogName, QString("acme"));
    QCOMPARE(r.catalogExpires, t1.addDays(30));
    QCOMPARE(r.acceptedAt, t1);
    QCOMPARE(r.etag, QString("\"aaaaaaaa\""));
    QCOMPARE(r.lastModified, QString("Thu, 01 Jan 2026 08:30:00 GMT"));
    QCOMPARE(r.lastRefreshAt, t1);
    QCOMPARE(r.lastOutcome, RegistryRefreshOutcome::Updated);

    // The same bytes again: the acceptance time stays, the check time moves.
    const QDateTime t2 = t1.addSecs(60);
    AcceptedCatalog same = accepted(5, sha('a'), t2);
    same.outcome = RegistryRefreshOutcome::Unchanged;
    QVERIFY(repo.recordAccepted("main", same, sha('a')).ok());
    r = *repo.find("main");
    QCOMPARE(r.acceptedAt, t1);
    QCOMPARE(r.lastRefreshAt, t2);
    QCOMPARE(r.lastOutcome, RegistryRefreshOutcome::Unchanged);

    // A lower serial never lands, even when a caller forgets to check.
    const auto lower = repo.recordAccepted("main", accepted(4, sha('b'), t2), sha('a'));
    QCOMPARE(lower.error().code(), ErrorCode::Conflict);
    QCOMPARE(repo.find("main")->serial, qint64(5));
    QVERIFY(repo.recordAccepted("main", accepted(6, sha('c'), t2), sha('a')).ok());
    QCOMPARE(repo.find("main")->serial, qint64(6));
    QCOMPARE(repo.find("main")->acceptedAt, t2);
}

void RegistryRepositorySuite::concurrentRefreshLosesCleanly()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001")}));
    QVERIFY(repo.recordAccepted("main", accepted(5, sha('a'), startTime()), {}).ok());
    // Two refreshes started from serial 5; the first to finish wins.
    QVERIFY(repo.recordAccepted("main", accepted(6, sha('b'), startTime()), sha('a')).ok());
    const auto loser = repo.recordAccepted("main", accepted(7, sha('c'), startTime()), sha('a'));
    QCOMPARE(loser.error().code(), ErrorCode::Conflict);
    QVERIFY(loser.error().message().contains("serial 6"));
    QCOMPARE(repo.find("main")->catalogSha256, sha('b'));
    QCOMPARE(repo.recordAccepted("nope", accepted(1, sha('d'), startTime()), {}).error().code(),
             ErrorCode::NotFound);
}

void RegistryRepositorySuite::attemptsKeepTheAcceptedState()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001")}));
    QVERIFY(repo.recordAccepted("main", accepted(5, sha('a'), startTime()), {}).ok());
    const RegistryRecord before = *repo.find("main");

    const QDateTime later = startTime().addSecs(3600);
    const ms::Error refused(ErrorCode::Integrity, "the catalog's serial 4 is lower than serial 5",
                            "https://registry.example.org/main/catalog.json");
    QVERIFY(repo.recordAttempt("main", RegistryRefreshOutcome::Failed, later, refused).ok());
    RegistryRecord r = *repo.find("main");
    QCOMPARE(r.lastOutcome, RegistryRefreshOutcome::Failed);
    QCOMPARE(r.lastRefreshAt, later);
    QCOMPARE(r.lastErrorCode, QString("integrity"));
    QCOMPARE(r.lastErrorMessage, refused.toString());
    QCOMPARE(r.serial, before.serial);
    QCOMPARE(r.catalogSha256, before.catalogSha256);
    QCOMPARE(r.acceptedAt, before.acceptedAt);
    QCOMPARE(r.etag, before.etag);

    QVERIFY(repo.recordAttempt("main", RegistryRefreshOutcome::Unchanged, later.addSecs(1)).ok());
    r = *repo.find("main");
    QCOMPARE(r.lastOutcome, RegistryRefreshOutcome::Unchanged);
    QVERIFY(r.lastErrorCode.isEmpty());
    QVERIFY(r.lastErrorMessage.isEmpty());
    QCOMPARE(repo.recordAttempt("main", RegistryRefreshOutcome::Updated, later).error().code(),
             ErrorCode::InvalidArgument);
    QCOMPARE(repo.recordAttempt("nope", RegistryRefreshOutcome::Unchanged, later).error().code(),
             ErrorCode::NotFound);
}

void RegistryRepositorySuite::usableFromPoolThreads()
{
    RegistryRepository repo(db());
    QVERIFY(repo.add(registry("main"), {key("AAAA000000000001")}));
    const bool ok = onPoolThread([&] {
        RegistryRepository pooled(db());
        return pooled.recordAccepted("main", accepted(1, sha('a'), startTime()), {}).ok()
            && pooled.find("main")->serial == 1;
    });
    QVERIFY(ranOnPoolThread());
    QVERIFY(ok);
    QCOMPARE(repo.find("main")->serial, qint64(1));
}
