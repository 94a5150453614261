// Registry figures on a generated 10,000-module catalog signed with a key from the stock
// minisign, from a fixed seed so that every run measures the same bytes:
//
//  - a refresh through RegistryService (fetch, minisign verification, parse, rollback and
//    expiry checks, cache files and database row, merge, search index), from a file://
//    registry and from a loopback HTTP server; the target is 150 ms;
//  - the parts of it alone: verify, parse (and within it VersionRange::parse), merge, index,
//    and the JSON-tree reader that a catalog with something to report gets instead;
//  - search latency per query on the built index; the target is well under 1 ms.
//
//     bench_registry [runs]
//
// runs defaults to 21; each figure is the median, fastest and slowest of them.

#include "RegistryFixture.h"
#include "TestHttpServer.h"
#include "core/Clock.h"
#include "core/VersionRange.h"
#include "registry/Catalog.h"
#include "registry/CatalogIndex.h"
#include "registry/MinisignSignature.h"
#include "registry/MinisignVerifier.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTextStream>
#include <algorithm>
#include <ctime>
#include <functional>

using namespace ms;

namespace {

constexpr int Modules = 10'000;
constexpr quint64 Seed = 20260301;

// splitmix64: the same numbers on every platform and standard library.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }

private:
    quint64 m_state;
};

const QStringList Words {"farm",   "block",      "crop",     "soil",     "rain",    "stock",    "yield",
                         "field",  "barn",       "seed",     "harvest",  "orchard", "dairy",    "invoice",
                         "ledger", "payroll",    "report",   "sensor",   "weather", "tractor",  "fleet",
                         "route",  "order",      "customer", "supplier", "audit",   "schedule", "shift",
                         "water",  "irrigation", "forecast", "market"};

QString moduleName(int i)
{
    return Words[i % Words.size()] + u'_' + Words[(i / Words.size()) % Words.size()] + u'_'
        + QString::number(i);
}

QJsonObject generateCatalog(qint64 serial)
{
    Random random(Seed);
    QJsonArray modules;
    for (int i = 0; i < Modules; ++i) {
        const QString name = moduleName(i);
        QJsonArray versions;
        const int count = 1 + random.below(3);
        for (int k = 0; k < count; ++k) {
            const QString v
                = QStringLiteral("%1.%2.%3").arg(1 + k).arg(random.below(10)).arg(random.below(10));
            const QString path = name + u'/' + v + u'/' + name + u'-' + v + QStringLiteral(".tar.gz");
            QJsonObject deps {{QStringLiteral("core"), QStringLiteral(">=1.%1.0").arg(random.below(6))}};
            const int depCount = random.below(4);
            for (int d = 0; d < depCount; ++d) {
                const int target = random.below(Modules);
                if (target != i)
                    deps.insert(moduleName(target),
                                QStringLiteral("^%1.%2.0").arg(1 + random.below(3)).arg(random.below(10)));
            }
            versions.append(QJsonObject {
                {QStringLiteral("version"), v},
                {QStringLiteral("path"), path},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("size"), 10000 + random.below(900000)},
                {QStringLiteral("released_at"), QStringLiteral("2026-01-15T09:30:00Z")},
                {QStringLiteral("dependencies"), deps}});
        }
        QStringList description;
        for (int w = 0; w < 8 + random.below(8); ++w)
            description << Words[random.below(Words.size())];
        modules.append(QJsonObject {
            {QStringLiteral("module_name"), name},
            {QStringLiteral("display_name"),
             QString(Words[random.below(Words.size())] + u' ' + Words[random.below(Words.size())])},
            {QStringLiteral("description"), description.join(u' ')},
            {QStringLiteral("kind"), QStringLiteral("business")},
            {QStringLiteral("tags"),
             QJsonArray {Words[random.below(Words.size())], Words[random.below(Words.size())]}},
            {QStringLiteral("versions"), versions}});
    }
    return QJsonObject {{QStringLiteral("schema"), 1},
                        {QStringLiteral("registry"), QStringLiteral("bench")},
                        {QStringLiteral("serial"), double(serial)},
                        {QStringLiteral("expires"), QStringLiteral("2030-01-01T00:00:00Z")},
                        {QStringLiteral("modules"), modules}};
}

struct Figures
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
    double cpuMs = 0; ///< median CPU time of the process (all threads), unaffected by other load
};

double cpuNowMs()
{
    timespec t;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

Figures measure(int runs, const std::function<void()>& setup, const std::function<void()>& work)
{
    QList<double> ms;
    QList<double> cpu;
    for (int i = 0; i < runs + 2; ++i) {
        setup();
        QElapsedTimer timer;
        const double cpuStart = cpuNowMs();
        timer.start();
        work();
        if (i >= 2) { // the first two warm caches and allocators
            ms << double(timer.nsecsElapsed()) / 1e6;
            cpu << cpuNowMs() - cpuStart;
        }
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return Figures {ms.at(ms.size() / 2), ms.first(), ms.last(), cpu.at(cpu.size() / 2)};
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void row(const QString& name, const Figures& f, const QString& note = {})
{
    out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                 .arg(name)
                 .arg(f.medianMs, 0, 'f', 2)
                 .arg(f.minMs, 0, 'f', 2)
                 .arg(f.maxMs, 0, 'f', 2)
                 .arg(f.cpuMs, 0, 'f', 2)
                 .arg(note)
          << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 21;

    QTemporaryDir dir;
    RegistryFixture fixture(dir.filePath(QStringLiteral("publisher")), QStringLiteral("bench"));
    if (!fixture.makeKey(QStringLiteral("a"))) {
        out() << "minisign -G failed; is minisign installed?" << Qt::endl;
        return 1;
    }
    // Compact, as RegistryIndexer writes it, and signed by the stock minisign.
    const QString catalogPath = fixture.registryDir() + QStringLiteral("/catalog.json");
    if (!fixture.write(QStringLiteral("catalog.json"),
                       QJsonDocument(generateCatalog(1)).toJson(QJsonDocument::Compact) + '\n')
        || !fixture.sign(catalogPath, QStringLiteral("a"))) {
        out() << "minisign -S failed" << Qt::endl;
        return 1;
    }
    const QByteArray bytes = fixture.read(QStringLiteral("catalog.json"));
    const QByteArray sigBytes = fixture.read(QStringLiteral("catalog.json.minisig"));
    const MinisignPublicKey key = fixture.publicKey(QStringLiteral("a"));

    Result<Catalog> parsed = Catalog::parse(bytes);
    if (!parsed) {
        out() << parsed.error().toString() << Qt::endl << parsed.error().detail() << Qt::endl;
        return 1;
    }
    int versions = 0;
    int totalRanges = 0;
    QSet<QString> ranges;
    QJsonArray modulesJson = QJsonDocument::fromJson(bytes).object().value(u"modules").toArray();
    for (const QJsonValue& m : std::as_const(modulesJson)) {
        for (const QJsonValue& v : m.toObject().value(u"versions").toArray()) {
            ++versions;
            const QJsonObject deps = v.toObject().value(u"dependencies").toObject();
            for (auto it = deps.begin(); it != deps.end(); ++it) {
                ranges.insert(it.value().toString());
                ++totalRanges;
            }
        }
    }
    out() << QStringLiteral(
                 "Catalog: %1 modules, %2 versions, %3 distinct ranges, %4 bytes, signed by minisign "
                 "(key %5); seed %6, %7 runs per figure, times in ms")
                 .arg(parsed->modules().size())
                 .arg(versions)
                 .arg(ranges.size())
                 .arg(bytes.size())
                 .arg(key.keyIdHex())
                 .arg(Seed)
                 .arg(runs)
          << Qt::endl
          << Qt::endl;

    out() << "| step | median | min | max | CPU | note |" << Qt::endl
          << "| --- | ---: | ---: | ---: | ---: | --- |" << Qt::endl;

    const MinisignVerifier verifier({key});
    const MinisignSignature signature = *MinisignSignature::parse(sigBytes);
    row(QStringLiteral("minisign verify (ED, BLAKE2b-512 + Ed25519)"),
        measure(
            runs, [] {}, [&] { (void)verifier.verify(bytes, signature); }));
    row(QStringLiteral("Catalog::parse (read straight from the text and validated, as a refresh does)"),
        measure(
            runs, [] {}, [&] { (void)Catalog::parse(bytes); }));
    const QStringList rangeList(ranges.cbegin(), ranges.cend());
    const Figures rangeFigures = measure(
        runs, [] {},
        [&] {
            for (const QString& r : rangeList)
                (void)VersionRange::parse(r);
        });
    const double perRange = rangeFigures.medianMs * 1000.0 / double(rangeList.size());
    row(QStringLiteral("  of which VersionRange::parse, %1 distinct ranges").arg(rangeList.size()),
        rangeFigures,
        QStringLiteral("%1 µs per range; were all %2 ranges distinct: %3 ms")
            .arg(perRange, 0, 'f', 1)
            .arg(totalRanges)
            .arg(perRange * totalRanges / 1000.0, 0, 'f', 1));
    // The per-version work that stands out, measured alone.
    QStringList versionTexts;
    QStringList timestamps;
    for (const QJsonValue& m : std::as_const(modulesJson)) {
        for (const QJsonValue& v : m.toObject().value(u"versions").toArray()) {
            versionTexts << v.toObject().value(u"version").toString();
            timestamps << v.toObject().value(u"released_at").toString();
        }
    }
    const Figures times = measure(
        runs, [] {},
        [&] {
            for (const QString& t : std::as_const(timestamps))
                (void)Catalog::parseTimestamp(t);
        });
    row(QStringLiteral("  of which Catalog::parseTimestamp, %1 released_at").arg(timestamps.size()), times,
        QStringLiteral("%1 µs each").arg(times.medianMs * 1000.0 / double(timestamps.size()), 0, 'f', 2));
    const Figures parsedVersions = measure(
        runs, [] {},
        [&] {
            for (const QString& t : std::as_const(versionTexts))
                (void)Version::parse(t);
        });
    row(QStringLiteral("  of which Version::parse, %1 versions").arg(versionTexts.size()), parsedVersions,
        QStringLiteral("%1 µs each")
            .arg(parsedVersions.medianMs * 1000.0 / double(versionTexts.size()), 0, 'f', 2));
    // The JSON tree: what a catalog with something to report gets (it names every problem).
    row(QStringLiteral("JSON tree instead, in one piece (Catalog::parseInParts(1))"),
        measure(
            runs, [] {}, [&] { (void)Catalog::parseInParts(bytes, 1); }));
    row(QStringLiteral("  of which QJsonDocument::fromJson"),
        measure(
            runs, [] {}, [&] { (void)QJsonDocument::fromJson(bytes); }));
    const QJsonObject object = QJsonDocument::fromJson(bytes).object();
    row(QStringLiteral("  of which Catalog::fromJson (validation, Version::parse, ranges)"),
        measure(
            runs, [] {}, [&] { (void)Catalog::fromJson(object); }));
    const int cores = QThread::idealThreadCount();
    row(QStringLiteral("JSON tree instead, in %1 parts").arg(cores),
        measure(
            runs, [] {}, [&] { (void)Catalog::parseInParts(bytes, cores); }));
    Catalog merged;
    row(QStringLiteral("Catalog::merge (one catalog)"),
        measure(
            runs, [] {}, [&] { merged = Catalog::merge({*parsed}); }));
    CatalogIndex index;
    row(QStringLiteral("CatalogIndex build"),
        measure(
            runs, [] {}, [&] { index = CatalogIndex(merged); }));

    // The whole refresh, twice: from the folder and over loopback HTTP. Each run starts from
    // a fresh database, so every run accepts the catalog (the "updated" path).
    TestHttpServer http;
    if (!http.start())
        return 1;
    http.serveDirectory(fixture.registryDir(), "/bench/");
    ManualClock clock(QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC));
    int failures = 0;
    for (const QString& url : {QUrl::fromLocalFile(fixture.registryDir()).toString(),
                               http.url(QStringLiteral("/bench/")).toString()}) {
        std::unique_ptr<QTemporaryDir> state;
        std::unique_ptr<Database> db;
        std::unique_ptr<RegistryService> service;
        int n = 0;
        const Figures f = measure(
            runs,
            [&] {
                service.reset();
                db.reset();
                state = std::make_unique<QTemporaryDir>();
                db = std::move(
                    *Database::open(state->filePath(QStringLiteral("db-%1.sqlite").arg(++n)), clock));
                service
                    = std::make_unique<RegistryService>(*db, state->filePath(QStringLiteral("cache")), clock);
                (void)service->add(QStringLiteral("bench"), url, {key});
            },
            [&] {
                std::unique_ptr<RegistrySyncJob> job(service->refresh());
                job->exec();
                if (job->failures() > 0 || service->catalog()->modules().size() != Modules)
                    ++failures;
            });
        row(QStringLiteral("refresh from %1 (fetch, verify, parse, store, merge, index)")
                .arg(url.startsWith(u"file") ? QStringLiteral("file://") : QStringLiteral("loopback HTTP")),
            f,
            f.medianMs < 150 ? QStringLiteral("target 150 ms: met")
                             : QStringLiteral("target 150 ms: MISSED"));
        // Loading at start: the cached catalog verified and parsed again, merged, indexed.
        if (url.startsWith(u"file")) {
            const Figures load = measure(
                runs,
                [&] {
                    service = std::make_unique<RegistryService>(*db, state->filePath(QStringLiteral("cache")),
                                                                clock);
                },
                [&] {
                    std::unique_ptr<RegistrySyncJob> job(service->load());
                    job->exec();
                    if (service->catalog()->modules().size() != Modules)
                        ++failures;
                });
            row(QStringLiteral("load at start (cache read, verify, parse, merge, index)"), load);
        }
    }

    out() << Qt::endl
          << "| query | matches | µs per query (all) | µs per query (first 50) |" << Qt::endl
          << "| --- | ---: | ---: | ---: |" << Qt::endl;
    const QStringList queries {moduleName(4321),
                               QStringLiteral("harvest_"),
                               QStringLiteral("irrigation"),
                               QStringLiteral("weather forecast"),
                               QStringLiteral("crop yield report"),
                               QStringLiteral("arv"),
                               QStringLiteral("fo"),
                               QStringLiteral("q"),
                               QStringLiteral("nonexistent"),
                               QString()};
    double worstLimited = 0;
    for (const QString& q : queries) {
        const int iterations = 2000;
        qsizetype matches = 0;
        auto perQuery = [&](qsizetype limit) {
            QList<double> samples;
            for (int r = 0; r < 5; ++r) {
                QElapsedTimer t;
                t.start();
                for (int i = 0; i < iterations; ++i)
                    matches += index.search(q, limit).size();
                samples << double(t.nsecsElapsed()) / 1e3 / iterations;
            }
            std::sort(samples.begin(), samples.end());
            return samples.at(samples.size() / 2);
        };
        const double all = perQuery(-1);
        const qsizetype allMatches = index.search(q).size();
        const double limited = perQuery(50);
        worstLimited = std::max(worstLimited, limited);
        out() << QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(q.isEmpty() ? QStringLiteral("(empty)") : u'"' + q + u'"')
                     .arg(allMatches)
                     .arg(all, 0, 'f', 1)
                     .arg(limited, 0, 'f', 1)
              << Qt::endl;
        Q_UNUSED(matches);
    }
    out() << Qt::endl
          << QStringLiteral("Slowest query with a limit of 50: %1 µs").arg(worstLimited, 0, 'f', 1)
          << Qt::endl;
    if (failures > 0) {
        out() << QStringLiteral("%1 refreshes or loads did not end with the whole catalog").arg(failures)
              << Qt::endl;
        return 1;
    }
    return 0;
}
