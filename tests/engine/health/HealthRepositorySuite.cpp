#include "HealthRepositorySuite.h"

#include "store/HealthRepository.h"

#include <QTest>

using namespace ms;

namespace {

HealthProbeRecord probe(const QString& site, const QString& name, const QString& module = {})
{
    HealthProbeRecord r;
    r.site = site;
    r.module = module;
    r.name = name;
    r.key = module.isEmpty() ? QString(site + u'/' + name) : QString(site + u'/' + module + u'/' + name);
    r.kind = QStringLiteral("readiness");
    r.method = QStringLiteral("http");
    r.target = QStringLiteral("http://127.0.0.1:3004/health");
    return r;
}

HealthSampleRecord sample(qint64 probeId, qint64 atMs, const char* outcome, qint64 latencyUs,
                          const QString& detail = {})
{
    HealthSampleRecord s;
    s.probeId = probeId;
    s.atMs = atMs;
    s.outcome = QString::fromLatin1(outcome);
    s.latencyUs = latencyUs;
    s.detail = detail;
    return s;
}

HealthEventRecord healthEvent(const QDateTime& at, const char* subject, const QString& site,
                              const QString& to, const QString& module = {})
{
    HealthEventRecord e;
    e.at = at;
    e.subject = QString::fromLatin1(subject);
    e.site = site;
    e.module = module;
    e.fromState = QStringLiteral("up");
    e.toState = to;
    return e;
}

} // namespace

void HealthRepositorySuite::registersProbesAndRetiresTheOnesAConfigDrops()
{
    HealthRepository repo(db());
    auto ids = repo.registerProbes({probe("a", "ready"), probe("a", "live"), probe("b", "ready", "farm")},
                                   {"a", "b"});
    QVERIFY2(ids, qPrintable(ids.error().toString()));
    QCOMPARE(ids->size(), 3);
    QVERIFY(ids->value("a/ready") > 0);
    QVERIFY(ids->value("b/farm/ready") > 0);

    // Site a's config now has only "ready", with another target; b is not part of this one.
    HealthProbeRecord changed = probe("a", "ready");
    changed.target = QStringLiteral("http://127.0.0.1:3999/health");
    auto again = repo.registerProbes({changed}, {"a"});
    QVERIFY(again);
    QCOMPARE(again->value("a/ready"), ids->value("a/ready")); // same row
    auto active = repo.probes();
    QVERIFY(active);
    QStringList keys;
    for (const HealthProbeRecord& p : *active)
        keys << p.key;
    QCOMPARE(keys, (QStringList {"a/ready", "b/farm/ready"}));
    QCOMPARE(active->first().target, QStringLiteral("http://127.0.0.1:3999/health"));
    QCOMPARE(active->at(1).module, QStringLiteral("farm"));
    auto all = repo.probes(QStringLiteral("a"), true);
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QVERIFY(!all->first().active); // a/live, sorted first
    QCOMPARE(all->first().key, QStringLiteral("a/live"));

    // Declared again: active again.
    QVERIFY(repo.registerProbes({probe("a", "live"), changed}, {"a"}));
    QCOMPARE(repo.probes(QStringLiteral("a"))->size(), 2);
}

void HealthRepositorySuite::writesABatchInOneTransaction()
{
    HealthRepository repo(db());
    const auto ids = repo.registerProbes({probe("a", "ready")}, {"a"});
    QVERIFY(ids);
    const qint64 id = ids->value("a/ready");
    HealthWriteBatch batch;
    for (int i = 0; i < 1000; ++i)
        batch.samples << sample(id, 1000 + i, i % 10 == 0 ? "failed" : "passed", i % 10 == 0 ? -1 : 1000 + i,
                                i % 10 == 0 ? QStringLiteral("connection refused") : QString());
    HealthProbeRecord state = probe("a", "ready");
    state.id = id;
    state.state = QStringLiteral("passing");
    state.stateSince = startTime();
    state.lastChecked = startTime().addSecs(10);
    state.lastError = QStringLiteral("connection refused");
    state.lastErrorAt = startTime().addSecs(5);
    batch.states << state;
    batch.events << healthEvent(startTime(), "site", "a", "down");
    QVERIFY(repo.write(batch));

    const auto samples = repo.samples(QStringLiteral("a"), 0, 1 << 30);
    QVERIFY(samples);
    QCOMPARE(samples->size(), 1000);
    QCOMPARE(samples->first(), batch.samples.first());
    QCOMPARE(samples->at(1).latencyUs, 1001);
    QCOMPARE(samples->first().latencyUs, -1); // NULL comes back as -1
    const auto stored = repo.probes(QStringLiteral("a"));
    QCOMPARE(stored->first().state, QStringLiteral("passing"));
    QCOMPARE(stored->first().stateSince, startTime());
    QCOMPARE(stored->first().lastChecked, startTime().addSecs(10));
    QCOMPARE(stored->first().lastError, QStringLiteral("connection refused"));
    QCOMPARE(repo.events({}, startTime().addDays(-1), startTime().addDays(1))->size(), 1);
}

void HealthRepositorySuite::aFailingBatchWritesNothing()
{
    HealthRepository repo(db());
    const auto ids = repo.registerProbes({probe("a", "ready")}, {"a"});
    QVERIFY(ids);
    HealthWriteBatch batch;
    batch.samples << sample(ids->value("a/ready"), 1, "passed", 10);
    batch.samples << sample(ids->value("a/ready"), 2, "sideways", 10); // breaks the CHECK
    const Status written = repo.write(batch);
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Database);
    QVERIFY(repo.samples({}, 0, 100)->isEmpty());
    // The connection is usable afterwards.
    batch.samples.removeLast();
    QVERIFY(repo.write(batch));
    QCOMPARE(repo.samples({}, 0, 100)->size(), 1);
}

void HealthRepositorySuite::oneOffChecksKeepTheStateAndTheLastError()
{
    HealthRepository repo(db());
    const qint64 id = repo.registerProbes({probe("a", "ready")}, {"a"})->value("a/ready");
    HealthProbeRecord full = probe("a", "ready");
    full.id = id;
    full.state = QStringLiteral("failing");
    full.stateSince = startTime();
    full.lastChecked = startTime();
    full.lastError = QStringLiteral("HTTP 500");
    full.lastErrorAt = startTime();
    QVERIFY(repo.write({{}, {full}, {}}));

    HealthProbeRecord checked;
    checked.id = id;
    checked.state.clear(); // a one-off check: no state of its own
    checked.lastChecked = startTime().addSecs(60);
    QVERIFY(repo.write({{}, {checked}, {}}));
    const HealthProbeRecord after = repo.probes(QStringLiteral("a"))->first();
    QCOMPARE(after.state, QStringLiteral("failing"));
    QCOMPARE(after.stateSince, startTime());
    QCOMPARE(after.lastChecked, startTime().addSecs(60));
    QCOMPARE(after.lastError, QStringLiteral("HTTP 500"));
    QCOMPARE(after.lastErrorAt, startTime());
}

void HealthRepositorySuite::samplesAndRollupsBySiteAndTime()
{
    HealthRepository repo(db());
    const auto ids = repo.registerProbes({probe("a", "ready"), probe("b", "ready")}, {"a", "b"});
    const qint64 a = ids->value("a/ready");
    const qint64 b = ids->value("b/ready");
    QVERIFY(repo.write({{sample(b, 5, "passed", 1), sample(a, 20, "passed", 2),
                         sample(a, 10, "timed_out", 1000000), sample(a, 30, "breaker_open", -1)},
                        {},
                        {}}));
    const auto ofA = repo.samples(QStringLiteral("a"), 10, 30); // [10, 30)
    QVERIFY(ofA);
    QCOMPARE(ofA->size(), 2);
    QCOMPARE(ofA->at(0).atMs, 10);
    QCOMPARE(ofA->at(0).outcome, QStringLiteral("timed_out"));
    QCOMPARE(ofA->at(1).atMs, 20);
    const auto all = repo.samples({}, 0, 100);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->first().probeId, std::min(a, b)); // by probe, then time

    HealthRollupRecord r;
    r.probeId = a;
    r.minuteMs = 60000;
    r.samples = 6;
    r.failures = 1;
    r.latencyMinUs = 100;
    r.latencyP50Us = 200;
    r.latencyP95Us = 300;
    r.latencyMaxUs = 400;
    HealthRollupRecord none = r;
    none.probeId = b;
    none.failures = 6;
    none.latencyMinUs = none.latencyP50Us = none.latencyP95Us = none.latencyMaxUs = -1;
    QVERIFY(repo.storeRollups(0, 120000, {r, none}));
    const auto rolled = repo.rollups(QStringLiteral("a"), 0, 120000);
    QVERIFY(rolled);
    QCOMPARE(rolled->size(), 1);
    QCOMPARE(rolled->first(), r);
    QCOMPARE(repo.rollups(QStringLiteral("b"), 0, 120000)->first(), none);
    QCOMPARE(repo.rollups({}, 60001, 120000)->size(), 0);
}

void HealthRepositorySuite::rollupWatermarkIsACompareAndSet()
{
    HealthRepository repo(db());
    QCOMPARE(*repo.rolledUntil(), 0);
    QVERIFY(repo.storeRollups(0, 60000, {}));
    QCOMPARE(*repo.rolledUntil(), 60000);
    // A second process that still believes the watermark is 0 is refused and writes nothing.
    const qint64 id = repo.registerProbes({probe("a", "ready")}, {"a"})->value("a/ready");
    HealthRollupRecord r;
    r.probeId = id;
    r.minuteMs = 0;
    r.samples = 1;
    const Status late = repo.storeRollups(0, 60000, {r});
    QVERIFY(!late);
    QCOMPARE(late.error().code(), ErrorCode::Conflict);
    QVERIFY(repo.rollups({}, 0, 1 << 30)->isEmpty());
    QCOMPARE(repo.storeRollups(60000, 0, {}).error().code(), ErrorCode::InvalidArgument);
}

void HealthRepositorySuite::pruneDeletesByTime()
{
    HealthRepository repo(db());
    const qint64 id = repo.registerProbes({probe("a", "ready")}, {"a"})->value("a/ready");
    QVERIFY(repo.write(
        {{sample(id, 100, "passed", 1), sample(id, 200, "passed", 1), sample(id, 300, "passed", 1)},
         {},
         {}}));
    HealthRollupRecord r;
    r.probeId = id;
    r.samples = 1;
    QList<HealthRollupRecord> rollups;
    for (qint64 m : {0, 60000, 120000}) {
        r.minuteMs = m;
        rollups << r;
    }
    QVERIFY(repo.storeRollups(0, 180000, rollups));
    const auto pruned = repo.prune(200, 120000);
    QVERIFY(pruned);
    QCOMPARE(pruned->samples, 1);
    QCOMPARE(pruned->rollups, 2);
    QCOMPARE(repo.samples({}, 0, 1000)->size(), 2);
    QCOMPARE(repo.rollups({}, 0, 1 << 30)->size(), 1);
}

void HealthRepositorySuite::eventsNewestFirstAndLatestPerScope()
{
    HealthRepository repo(db());
    const QDateTime t0 = startTime();
    QVERIFY(repo.write({{},
                        {},
                        {healthEvent(t0, "site", "a", "down"), healthEvent(t0.addSecs(60), "site", "a", "up"),
                         healthEvent(t0.addSecs(30), "module", "a", "not_ready", "farm"),
                         healthEvent(t0.addSecs(90), "breaker", "a", "open"),
                         healthEvent(t0.addSecs(10), "site", "b", "unknown")}}));
    const auto ofA = repo.events(QStringLiteral("a"), t0, t0.addSecs(3600));
    QVERIFY(ofA);
    QCOMPARE(ofA->size(), 4);
    QCOMPARE(ofA->first().subject, QStringLiteral("breaker"));
    QCOMPARE(ofA->last().toState, QStringLiteral("down"));
    QCOMPARE(repo.events({}, t0, t0.addSecs(3600), 2)->size(), 2);
    QCOMPARE(repo.events({}, t0.addSecs(61), t0.addSecs(3600))->size(), 1);

    const auto site = repo.latestEvent(QStringLiteral("site"), QStringLiteral("a"));
    QVERIFY(site);
    QCOMPARE(site->toState, QStringLiteral("up"));
    QCOMPARE(site->at, t0.addSecs(60));
    QCOMPARE(repo.latestEvent(QStringLiteral("module"), QStringLiteral("a"), QStringLiteral("farm"))->toState,
             QStringLiteral("not_ready"));
    QCOMPARE(repo.latestEvent(QStringLiteral("site"), QStringLiteral("zzz"))->id, 0);

    const auto latest = repo.latestScopeEvents();
    QVERIFY(latest);
    QStringList seen;
    for (const HealthEventRecord& e : *latest)
        seen << e.site + u'/' + e.module + u'=' + e.toState;
    seen.sort();
    QCOMPARE(seen, (QStringList {"a/=up", "a/farm=not_ready", "b/=unknown"}));
}

void HealthRepositorySuite::refusesProbesWithoutKey()
{
    HealthProbeRecord r = probe("a", "ready");
    r.key.clear();
    const auto refused = HealthRepository(db()).registerProbes({r}, {});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::InvalidArgument);
}
