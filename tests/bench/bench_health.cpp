// Health probing and sample storage, measured beside Prometheus' blackbox_exporter doing
// the same HTTP probes against the same loopback endpoints (tests/bench/bench_health.sh
// starts nginx for the endpoints and blackbox_exporter, then runs this).
//
//     bench_health --ports P1,P2,... [--paths 50] [--probes 1000] [--period 10]
//                  [--steady 60] [--full 20] [--concurrency 64] [--samples 500000]
//                  [--blackbox http://127.0.0.1:9115 --blackbox-pid PID] [--only steady|full|storage]
//
// Endpoints are http://127.0.0.1:<port>/p/<n>. Figures:
//  - steady: the HealthMonitor (its own thread, samples into SQLite) runs every probe every
//    period; after one period of warm-up, CPU used by this process over --steady seconds.
//    blackbox_exporter gets the same probes at the same rate (one /probe request every
//    period/probes), and its process's CPU is read from /proc over the same span.
//  - full speed: --concurrency probes in flight at once for --full seconds: probes per second
//    and probes per CPU-second, ours with keep-alive (what the monitor does), ours with a new
//    connection per probe (what blackbox_exporter does), and blackbox_exporter's.
//  - storage: samples a second into SQLite through HealthRepository, and through SampleWriter.
// Only the prober's own CPU counts: nginx's is nobody's, and the requests that drive
// blackbox_exporter cost this process, not it.

#include "core/Clock.h"
#include "health/HealthMonitor.h"
#include "health/ProbeCheck.h"
#include "health/ProbeExecutor.h"
#include "health/SampleWriter.h"
#include "store/Database.h"
#include "store/HealthRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>
#include <QTimer>
#include <QUrlQuery>
#include <sys/resource.h>
#include <unistd.h>

using namespace ms;

namespace {

QTextStream out(stdout);

struct Options
{
    QList<int> ports;
    int paths = 50;
    int probes = 1000;
    int periodS = 10;
    int steadyS = 60;
    int fullS = 20;
    int concurrency = 64;
    int samples = 500000;
    QUrl blackbox;
    qint64 blackboxPid = 0;
    QString only; ///< "steady", "full" or "storage": run that part alone
    bool runs(const char* part) const { return only.isEmpty() || only == QLatin1String(part); }
};

double selfCpuSeconds()
{
    rusage u = {};
    ::getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec)
        + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// utime + stime of another process, from /proc/<pid>/stat.
double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray stat = f.readAll();
    // Fields after the command name, which is in parentheses and may hold spaces.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(::sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(f.readAll()).section(u' ', 0, 2);
}

QString cpuModel()
{
    QFile f(QStringLiteral("/proc/cpuinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromLatin1(line.mid(line.indexOf(':') + 2));
    }
    return {};
}

QUrl endpoint(const Options& o, int i)
{
    const int port = o.ports.at(i % o.ports.size());
    return QUrl(QStringLiteral("http://127.0.0.1:%1/p/%2").arg(port).arg((i / o.ports.size()) % o.paths));
}

QList<ProbeSpec> specs(const Options& o, bool closeConnection)
{
    QList<ProbeSpec> list;
    for (int i = 0; i < o.probes; ++i) {
        ProbeSpec s;
        s.site = QStringLiteral("site%1").arg(i, 4, 10, QLatin1Char('0'));
        s.name = QStringLiteral("default");
        s.url = endpoint(o, i);
        s.periodS = o.periodS;
        s.timeoutS = 1;
        if (closeConnection)
            s.headers.append(qMakePair(QByteArray("Connection"), QByteArray("close")));
        list << s;
    }
    return list;
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void row(const QString& what, const QString& figure)
{
    out << "| " << what << " | " << figure << " |" << Qt::endl;
}

// --- ours, steady ----------------------------------------------------------------------

void oursSteady(const Options& o, const QString& dir)
{
    auto db = Database::open(dir + QStringLiteral("/steady.sqlite"));
    if (!db) {
        out << "cannot open the database: " << db.error().toString() << Qt::endl;
        return;
    }
    HealthMonitor monitor(**db);
    HealthSettings settings;
    settings.maxConcurrent = o.concurrency;
    monitor.setSettings(settings);
    ProbeConfig config;
    config.probes = specs(o, false);
    QStringList sites;
    for (const ProbeSpec& s : config.probes)
        sites << s.site;
    monitor.setProbes(config, sites);
    qint64 samples = 0, passed = 0;
    QObject::connect(&monitor, &HealthMonitor::sampleRecorded, &monitor, [&](const HealthSample& s) {
        ++samples;
        passed += s.result.passed() ? 1 : 0;
    });
    bool behind = false;
    QObject::connect(&monitor, &HealthMonitor::behindSchedule, &monitor, [&] { behind = true; });
    monitor.start();
    wait(o.periodS * 1000 + 500); // every probe has started once, the first writes are done
    const qint64 samplesBefore = samples, passedBefore = passed;
    const double cpuBefore = selfCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    wait(o.steadyS * 1000);
    const double cpu = selfCpuSeconds() - cpuBefore;
    const double seconds = double(wall.elapsed()) / 1000.0;
    const qint64 n = samples - samplesBefore;
    const SchedulerStats stats = monitor.schedulerStats();
    monitor.stop();
    row(QStringLiteral("ours, steady: %1 HTTP probes every %2 s for %3 s")
            .arg(o.probes)
            .arg(o.periodS)
            .arg(o.steadyS),
        QStringLiteral("%1 probes (%2 passed), %3 % of one core, %4 µs CPU per probe%5")
            .arg(n)
            .arg(passed - passedBefore)
            .arg(100.0 * cpu / seconds, 0, 'f', 2)
            .arg(n ? 1e6 * cpu / double(n) : 0.0, 0, 'f', 0)
            .arg(behind ? QStringLiteral(", fell behind schedule (%1 late, %2 skipped)")
                              .arg(stats.late)
                              .arg(stats.overruns)
                        : QStringLiteral(", on schedule")));
}

// --- ours, full speed ------------------------------------------------------------------

void oursFull(const Options& o, bool closeConnection)
{
    const QList<ProbeSpec> list = specs(o, closeConnection);
    ProbeExecutor executor(Clock::system());
    qint64 done = 0, passed = 0;
    int next = 0, running = 0;
    QElapsedTimer wall;
    bool stopping = false;
    QEventLoop loop;
    std::function<void()> launch = [&] {
        while (!stopping && running < o.concurrency) {
            ProbeCheck* check = executor.create(list.at(next++ % list.size()), &executor);
            ++running;
            QObject::connect(check, &Job::finished, &executor, [&, check] {
                --running;
                ++done;
                passed += check->result().passed() ? 1 : 0;
                check->deleteLater();
                if (stopping && running == 0)
                    loop.quit();
                else
                    launch();
            });
            check->start();
        }
    };
    // One second of warm-up opens the connections and fills the caches.
    QTimer::singleShot(0, &loop, launch);
    QTimer::singleShot(1000, &loop, [&] { loop.quit(); });
    loop.exec();
    const qint64 doneBefore = done, passedBefore = passed;
    const double cpuBefore = selfCpuSeconds();
    wall.start();
    QTimer::singleShot(o.fullS * 1000, &loop, [&] { stopping = true; });
    loop.exec();
    const double cpu = selfCpuSeconds() - cpuBefore;
    const double seconds = double(wall.elapsed()) / 1000.0;
    const qint64 n = done - doneBefore;
    row(QStringLiteral("ours, full speed, %1 in flight, %2")
            .arg(o.concurrency)
            .arg(closeConnection ? QStringLiteral("new connection per probe") : QStringLiteral("keep-alive")),
        QStringLiteral("%1 probes/s, %2 probes per CPU-second (%3 passed of %4)")
            .arg(double(n) / seconds, 0, 'f', 0)
            .arg(double(n) / cpu, 0, 'f', 0)
            .arg(passed - passedBefore)
            .arg(n));
}

// --- blackbox_exporter -----------------------------------------------------------------

QUrl probeUrl(const Options& o, int i)
{
    QUrl url = o.blackbox;
    url.setPath(QStringLiteral("/probe"));
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("module"), QStringLiteral("http_2xx"));
    q.addQueryItem(QStringLiteral("target"), endpoint(o, i).toString());
    url.setQuery(q);
    return url;
}

struct BlackboxRun
{
    qint64 probes = 0;
    qint64 passed = 0;
    double cpu = 0;
    double seconds = 0;
};

// Drives blackbox_exporter as Prometheus would: one /probe request per probe, keep-alive.
// @p intervalMs > 0 paces requests (steady); 0 keeps o.concurrency in flight (full speed).
BlackboxRun blackbox(const Options& o, int intervalMs, int seconds)
{
    // QNAM opens at most six connections to one host and port: enough managers for the
    // concurrency asked for.
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    for (int i = 0; i < std::max(1, (o.concurrency + 5) / 6); ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        managers.back()->setProxy(QNetworkProxy::NoProxy);
    }
    QObject context;
    BlackboxRun run;
    int next = 0, running = 0;
    bool stopping = false, measuring = false;
    QEventLoop loop;
    std::function<void()> fill;
    auto send = [&] {
        const int n = next++;
        QNetworkReply* reply
            = managers.at(n % managers.size())->get(QNetworkRequest(probeUrl(o, n % o.probes)));
        ++running;
        QObject::connect(reply, &QNetworkReply::finished, &context, [&, reply] {
            --running;
            const QByteArray body = reply->readAll();
            reply->deleteLater();
            if (measuring) {
                ++run.probes;
                run.passed += body.contains("\nprobe_success 1") ? 1 : 0;
            }
            if (stopping && running == 0)
                loop.quit();
            else if (intervalMs == 0)
                fill();
        });
    };
    fill = [&] {
        while (!stopping && running < o.concurrency)
            send();
    };
    QTimer pace;
    if (intervalMs > 0) {
        QObject::connect(&pace, &QTimer::timeout, &context, [&] {
            if (!stopping)
                send();
        });
        pace.setTimerType(Qt::PreciseTimer);
        pace.start(intervalMs);
    } else {
        QTimer::singleShot(0, &loop, fill);
    }
    // Warm-up as for ours: a period when steady, a second at full speed.
    QTimer::singleShot(intervalMs > 0 ? o.periodS * 1000 : 1000, &loop, [&] { loop.quit(); });
    loop.exec();
    measuring = true;
    const double cpuBefore = processCpuSeconds(o.blackboxPid);
    QElapsedTimer wall;
    wall.start();
    QTimer::singleShot(seconds * 1000, &loop, [&] {
        stopping = true;
        pace.stop();
        run.cpu = processCpuSeconds(o.blackboxPid) - cpuBefore;
        run.seconds = double(wall.elapsed()) / 1000.0;
        if (running == 0)
            loop.quit();
    });
    loop.exec();
    return run;
}

// --- storage ---------------------------------------------------------------------------

void storage(const Options& o, const QString& dir)
{
    auto db = Database::open(dir + QStringLiteral("/samples.sqlite"));
    if (!db) {
        out << "cannot open the database: " << db.error().toString() << Qt::endl;
        return;
    }
    HealthRepository repo(**db);
    QList<HealthProbeRecord> probes;
    for (int i = 0; i < o.probes; ++i) {
        HealthProbeRecord p;
        p.site = QStringLiteral("site%1").arg(i);
        p.name = QStringLiteral("default");
        p.key = p.site + QStringLiteral("/default");
        p.kind = QStringLiteral("readiness");
        p.method = QStringLiteral("http");
        probes << p;
    }
    const auto ids = repo.registerProbes(probes, {});
    if (!ids) {
        out << ids.error().toString() << Qt::endl;
        return;
    }
    const QList<qint64> idList = ids->values();
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000;
    constexpr int Batch = 10000;
    QElapsedTimer wall;
    wall.start();
    for (int written = 0; written < o.samples; written += Batch) {
        HealthWriteBatch batch;
        batch.samples.reserve(Batch);
        for (int i = 0; i < Batch; ++i) {
            const int n = written + i;
            batch.samples.append({idList.at(n % idList.size()), base + n,
                                  n % 50 ? QStringLiteral("passed") : QStringLiteral("failed"), 800 + n % 400,
                                  n % 50 ? QString() : QStringLiteral("connection refused")});
        }
        if (Status s = repo.write(batch); !s) {
            out << s.error().toString() << Qt::endl;
            return;
        }
    }
    const double direct = double(o.samples) / (double(wall.elapsed()) / 1000.0);
    row(QStringLiteral("sample writes, HealthRepository, batches of %1").arg(Batch),
        QStringLiteral("%1 samples/s (%2 samples)").arg(direct, 0, 'f', 0).arg(o.samples));

    // The monitor's path: addSample() on this thread, writes on the pool.
    HealthSettings settings;
    SampleWriter writer(**db, Clock::system(), settings);
    QList<ProbeSpec> list = specs(o, false);
    writer.setProbes(list, {});
    if (Status s = writer.finish(); !s) {
        out << s.error().toString() << Qt::endl;
        return;
    }
    ProbeResult r;
    r.outcome = ProbeOutcome::Passed;
    r.latencyUs = 900;
    r.detail = QStringLiteral("HTTP 200");
    r.at = QDateTime::currentDateTimeUtc();
    QStringList keys;
    for (const ProbeSpec& s : list)
        keys << s.key();
    wall.restart();
    for (int n = 0; n < o.samples; ++n) {
        writer.addSample(keys.at(n % keys.size()), r);
        if (n % 1000 == 0)
            QCoreApplication::processEvents(); // the writer's batches come back to this thread
    }
    if (Status s = writer.finish(); !s) {
        out << s.error().toString() << Qt::endl;
        return;
    }
    const double viaWriter = double(o.samples) / (double(wall.elapsed()) / 1000.0);
    row(QStringLiteral("sample writes, SampleWriter (pool thread)"),
        QStringLiteral("%1 samples/s (%2 samples)").arg(viaWriter, 0, 'f', 0).arg(o.samples));
}

std::optional<Options> parse(const QStringList& args)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        const QString value = i + 1 < args.size() ? args.at(i + 1) : QString();
        auto number = [&](int& into) {
            bool ok = false;
            into = value.toInt(&ok);
            ++i;
            return ok && into > 0;
        };
        bool ok = true;
        if (a == u"--ports") {
            for (const QString& p : value.split(u',', Qt::SkipEmptyParts))
                o.ports << p.toInt();
            ++i;
        } else if (a == u"--paths") {
            ok = number(o.paths);
        } else if (a == u"--probes") {
            ok = number(o.probes);
        } else if (a == u"--period") {
            ok = number(o.periodS);
        } else if (a == u"--steady") {
            ok = number(o.steadyS);
        } else if (a == u"--full") {
            ok = number(o.fullS);
        } else if (a == u"--concurrency") {
            ok = number(o.concurrency);
        } else if (a == u"--samples") {
            ok = number(o.samples);
        } else if (a == u"--blackbox") {
            o.blackbox = QUrl(value);
            ++i;
        } else if (a == u"--blackbox-pid") {
            o.blackboxPid = value.toLongLong();
            ++i;
        } else if (a == u"--only") {
            o.only = value;
            ++i;
            ok = o.runs("steady") || o.runs("full") || o.runs("storage");
        } else {
            ok = false;
        }
        if (!ok)
            return std::nullopt;
    }
    if (o.ports.isEmpty() || o.ports.contains(0))
        return std::nullopt;
    return o;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const auto options = parse(app.arguments());
    if (!options) {
        out << "usage: bench_health --ports P1,P2,... [--paths 50] [--probes 1000] [--period 10] [--steady "
               "60]\n"
               "                    [--full 20] [--concurrency 64] [--samples 500000]\n"
               "                    [--blackbox http://127.0.0.1:9115 --blackbox-pid PID] [--only "
               "steady|full|storage]"
            << Qt::endl;
        return 2;
    }
    const Options& o = *options;
    QTemporaryDir dir;
    out << "# bench_health" << Qt::endl
        << "machine: " << cpuModel() << ", " << QThread::idealThreadCount() << " cores, "
        << QSysInfo::prettyProductName() << ", kernel " << QSysInfo::kernelVersion() << Qt::endl
        << "endpoints: " << o.probes << " HTTP probes over " << o.ports.size() << " nginx ports on 127.0.0.1"
        << Qt::endl
        << "load average at start: " << loadAverage() << Qt::endl
        << Qt::endl
        << "| measurement | figure |" << Qt::endl
        << "| --- | --- |" << Qt::endl;

    if (o.runs("steady"))
        oursSteady(o, dir.path());
    if (o.blackboxPid > 0 && o.runs("steady")) {
        const BlackboxRun steady = blackbox(o, o.periodS * 1000 / o.probes, o.steadyS);
        row(QStringLiteral("blackbox_exporter, steady: %1 HTTP probes every %2 s for %3 s")
                .arg(o.probes)
                .arg(o.periodS)
                .arg(o.steadyS),
            QStringLiteral("%1 probes (%2 passed), %3 % of one core, %4 µs CPU per probe")
                .arg(steady.probes)
                .arg(steady.passed)
                .arg(100.0 * steady.cpu / steady.seconds, 0, 'f', 2)
                .arg(steady.probes ? 1e6 * steady.cpu / double(steady.probes) : 0.0, 0, 'f', 0));
    }
    if (o.runs("full")) {
        oursFull(o, false);
        oursFull(o, true);
    }
    if (o.blackboxPid > 0 && o.runs("full")) {
        const BlackboxRun full = blackbox(o, 0, o.fullS);
        row(QStringLiteral("blackbox_exporter, full speed, %1 in flight (new connection per probe)")
                .arg(o.concurrency),
            QStringLiteral("%1 probes/s, %2 probes per CPU-second (%3 passed of %4)")
                .arg(double(full.probes) / full.seconds, 0, 'f', 0)
                .arg(double(full.probes) / full.cpu, 0, 'f', 0)
                .arg(full.passed)
                .arg(full.probes));
    }
    if (o.runs("storage"))
        storage(o, dir.path());
    out << Qt::endl << "load average at end: " << loadAverage() << Qt::endl;
    return 0;
}
