// Resolver figures on a generated 10,000-version catalog: 500 modules × 20 versions,
// generated from a fixed seed so that every run measures the same problem.
//
// The ecosystem moves in majors: major M of a module depends on major M of what it uses
// (now and then on M-1 or M as well), modules m001–m050 depend on the shared `sdk`, every
// other module on 1–4 modules a little below it. Every 7th version is a release candidate,
// every 13th is yanked, and major 4 needs platform core >=2.0.0.
//
//     bench_resolver [runs] [filter]
//
// runs defaults to 31; each figure is the median, fastest and slowest of them. A filter
// measures only the resolutions whose name contains it.

#include "registry/Catalog.h"
#include "resolve/DependencyResolver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>
#include <algorithm>
#include <functional>

using namespace ms;

namespace {

constexpr int Modules = 500; // sdk + m001..m499
constexpr int VersionsPerModule = 20;
constexpr quint64 Seed = 20260101;

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

QString moduleName(int i)
{
    return i == 0 ? QStringLiteral("sdk") : QStringLiteral("m%1").arg(i, 3, 10, QLatin1Char('0'));
}

int majorOf(int k)
{
    return 1 + k / 5;
}

QString versionOf(int k)
{
    const QString v = QStringLiteral("%1.%2.0").arg(majorOf(k)).arg(k % 5);
    return k % 7 == 6 ? v + QStringLiteral("-rc.1") : v;
}

QJsonObject generateCatalog()
{
    Random random(Seed);
    QJsonArray modules;
    for (int i = 0; i < Modules; ++i) {
        const QString name = moduleName(i);
        // Dependencies are chosen once per major: that is how real modules evolve.
        QList<QJsonObject> depsByMajor;
        for (int major = 1; major <= 4; ++major) {
            QJsonObject deps;
            if (i >= 1 && i <= 50)
                deps.insert(QStringLiteral("sdk"), QStringLiteral("^%1.0.0").arg(major));
            if (i > 50) {
                const int count = 1 + random.below(4);
                for (int d = 0; d < count; ++d) {
                    const int target = std::max(1, i - 1 - random.below(60));
                    const bool wide = random.below(10) == 0 && major > 1;
                    deps.insert(moduleName(target),
                                wide ? QStringLiteral(">=%1.0.0 <%2.0.0").arg(major - 1).arg(major + 1)
                                     : QStringLiteral("^%1.0.0").arg(major));
                }
            }
            if (major == 4 && i != 0)
                deps.insert(QStringLiteral("core"), QStringLiteral(">=2.0.0"));
            depsByMajor << deps;
        }
        QJsonArray versions;
        for (int k = 0; k < VersionsPerModule; ++k) {
            const QString v = versionOf(k);
            const QString path = name + u'/' + v + u'/' + name + u'-' + v + QStringLiteral(".tar.gz");
            QJsonObject entry {
                {QStringLiteral("version"), v},
                {QStringLiteral("path"), path},
                {QStringLiteral("sha256"),
                 QString::fromLatin1(
                     QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha256).toHex())},
                {QStringLiteral("size"), 10000 + random.below(90000)},
                {QStringLiteral("dependencies"), depsByMajor.at(majorOf(k) - 1)},
            };
            if (k % 13 == 12)
                entry.insert(QStringLiteral("yanked"), true);
            versions.append(entry);
        }
        modules.append(QJsonObject {
            {QStringLiteral("module_name"), name},
            {QStringLiteral("display_name"), name},
            {QStringLiteral("kind"), i == 0 ? QStringLiteral("shared") : QStringLiteral("business")},
            {QStringLiteral("versions"), versions}});
    }
    return QJsonObject {{QStringLiteral("schema"), 1},
                        {QStringLiteral("registry"), QStringLiteral("bench")},
                        {QStringLiteral("serial"), 1},
                        {QStringLiteral("expires"), QStringLiteral("2030-01-01T00:00:00Z")},
                        {QStringLiteral("modules"), modules}};
}

struct Figures
{
    double medianMs = 0;
    double minMs = 0;
    double maxMs = 0;
};

Figures measure(int runs, const std::function<void()>& work)
{
    for (int i = 0; i < 3; ++i)
        work(); // warm caches and allocators
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        ms << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return Figures {ms.at(ms.size() / 2), ms.first(), ms.last()};
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QString& name, const Figures& f, const Resolution& r)
{
    const QString outcome = r.ok() ? QStringLiteral("plan of %1 modules").arg(r.plan().size())
                                   : QStringLiteral("%1, %2 explanation lines")
                                         .arg(Error::codeName(r.error().code()))
                                         .arg(r.explanation().size());
    out() << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |")
                 .arg(name)
                 .arg(f.medianMs, 0, 'f', 3)
                 .arg(f.minMs, 0, 'f', 3)
                 .arg(f.maxMs, 0, 'f', 3)
                 .arg(r.steps())
                 .arg(outcome)
          << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 31;
    const QString filter = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();

    const QJsonObject json = generateCatalog();
    Result<Catalog> catalog = Catalog::fromJson(json);
    if (!catalog) {
        out() << catalog.error().detail() << Qt::endl;
        return 1;
    }
    int versions = 0;
    for (const CatalogModule& m : catalog->modules())
        versions += int(m.versions.size());
    out() << QStringLiteral("Catalog: %1 modules, %2 versions (seed %3); %4 runs per figure, times in ms")
                 .arg(catalog->modules().size())
                 .arg(versions)
                 .arg(Seed)
                 .arg(runs)
          << Qt::endl;
    if (filter.isEmpty()) {
        const Figures parse = measure(std::max(1, runs / 4), [&] { (void)Catalog::fromJson(json); });
        out() << QStringLiteral("Catalog::fromJson (validate 10,000 versions): median %1 ms")
                     .arg(parse.medianMs, 0, 'f', 1)
              << Qt::endl;
    }

    const Version core = *Version::parse(u"2.1.0");
    const DependencyResolver fresh(*catalog, core);
    QStringList ten;
    for (int i = 0; i < 10; ++i)
        ten << moduleName(59 + i * 48);
    QStringList top;
    for (int i = 480; i < 500; ++i)
        top << moduleName(i);

    // A site that runs the 10 modules' closure one major back (3.x), as after last year's install.
    DependencyResolver installed(*catalog, core);
    QStringList onMajor3;
    for (const QString& m : ten)
        onMajor3 << m + QStringLiteral("@^3");
    const Resolution previous = fresh.resolve(onMajor3);
    for (const PlanStep& s : previous.plan())
        installed.addInstalled(s.moduleName, s.version);
    out() << QStringLiteral("Installed site: %1 modules on major 3 (the closure of 10 modules @^3)")
                 .arg(previous.plan().size())
          << Qt::endl
          << Qt::endl;

    out() << "| resolution | median | min | max | steps | outcome |" << Qt::endl;
    out() << "| --- | ---: | ---: | ---: | ---: | --- |" << Qt::endl;
    int unexpected = 0;
    auto run = [&](const QString& name, const DependencyResolver& resolver, const QStringList& requests,
                   bool solvable = true) {
        if (!name.contains(filter))
            return;
        Resolution last = resolver.resolve(requests);
        const Figures f = measure(runs, [&] { last = resolver.resolve(requests); });
        report(name, f, last);
        if (last.ok() != solvable)
            ++unexpected;
    };

    run(QStringLiteral("fresh site, 1 top module (m499)"), fresh, {QStringLiteral("m499")});
    run(QStringLiteral("fresh site, 10 modules at once"), fresh, ten);
    run(QStringLiteral("fresh site, the 20 top modules"), fresh, top);
    run(QStringLiteral("installed site, add 1 new module"), installed, {moduleName(250)});
    run(QStringLiteral("installed site, upgrade 1 module to ^4 (ripples)"), installed,
        {moduleName(59 + 5 * 48) + QStringLiteral("@^4")});
    run(QStringLiteral("installed site, re-resolve nothing new"), installed, {});

    // Core 1.9 rules out every major 4; the top modules must settle on 3.x.
    const DependencyResolver oldCore(*catalog, *Version::parse(u"1.9.0"));
    run(QStringLiteral("core 1.9: the 20 top modules fall back to 3.x"), oldCore, top);
    // ... and with sdk pinned to 4 nothing fits: every top module reaches sdk through its
    // dependencies, below major 4.
    QStringList impossible = top;
    impossible << QStringLiteral("sdk@^4");
    run(QStringLiteral("hard unsatisfiable: core 1.9, 20 top modules, sdk ^4"), oldCore, impossible, false);

    // The whole catalog at once.
    QStringList everything;
    for (int i = 1; i < Modules; ++i)
        everything << moduleName(i);
    run(QStringLiteral("fresh site, all 499 modules"), fresh, everything);

    if (unexpected > 0)
        out() << Qt::endl
              << QStringLiteral("%1 resolutions did not end as expected").arg(unexpected) << Qt::endl;
    return unexpected > 0 ? 1 : 0;
}
