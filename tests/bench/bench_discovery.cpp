// Scans 1,000 generated site folders, cold and warm, and times the shell pipeline an
// administrator would use today for the same facts (ports, domains, scoped plugins), in the
// same run on the same files.
//
//     bench_discovery [sites=1000] [runs=7] [--no-shell]
//
// The shell pipeline with one jq per package.json spawns a thousand processes; it runs once
// cold and once warm. The single-jq pipeline runs min(runs, 3) times.
//
// "Cold" evicts the generated files from the page cache first (syncfs, then
// posix_fadvise(DONTNEED) on every file — no root needed, nothing else on the machine is
// evicted); directory entries and inodes stay cached. "Warm" runs right after a scan.

#include "discovery/SiteScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace {

QTextStream out(stdout);

const char* const kPlugins[] = {"farm-manager", "inventory", "weather",  "crop.planner", "billing",
                                "user-admin",   "reports",   "payments", "catalog",      "patient-records"};

QByteArray secret(QRandomGenerator& rng)
{
    QByteArray s(24, Qt::Uninitialized);
    for (char& c : s)
        c = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[rng.bounded(62)];
    return s;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

// One site as they look on the platform's servers: a .env of ~30 lines with comments,
// quoting and secrets, a package.json with scoped and ordinary dependencies, and a
// site.json for one site in four.
bool generateSite(const QString& dir, int i, QRandomGenerator& rng)
{
    const QByteArray name = "tenant-" + QByteArray::number(i).rightJustified(4, '0');
    if (!QDir().mkpath(dir))
        return false;
    QByteArray env;
    env += "# " + name + " — generated for the discovery benchmark\n";
    env += "NODE_ENV=" + QByteArray(i % 5 == 0 ? "staging" : "production") + "\n";
    if (i % 10 != 0) // one in ten has no port: derived
        env += (i % 3 == 0 ? "SERVER_PORT=" : "PORT=") + QByteArray::number(3000 + i) + "\n";
    env += "DOMAIN=" + name + ".example.org,www." + name + ".example.org\n";
    env += "SITE_TITLE=\"Tenant " + QByteArray::number(i) + " \\\"Main\\\"\"   # shown in the console\n";
    env += "BUSINESS_CONTEXT=context-" + QByteArray::number(i % 40) + "\n\n# database\n";
    env += "DB_HOST=db-" + QByteArray::number(i % 8) + ".internal\nDB_PORT=5432\nDB_NAME=" + name + "\n";
    env += "DB_USER=" + name + "\nDB_PASSWORD='" + secret(rng) + "'\n";
    env += "DATABASE_URL=postgres://" + name + ":" + secret(rng) + "@db.internal:5432/" + name
        + "?sslmode=require\n";
    env += "export JWT_SECRET=\"" + secret(rng) + "\"\nSESSION_SECRET=" + secret(rng) + "\n\n# mail\n";
    env += "SMTP_HOST=smtp.example.org\nSMTP_PORT=587\nSMTP_PASSWORD=\"" + secret(rng) + "\"\n\n# features\n";
    env += "ENABLE_ANALYTICS=true\nENABLE_BILLING=" + QByteArray(i % 2 ? "true" : "false") + "\n";
    env += "FEATURE_EXPORT=true\nFEATURE_BETA=false\n";
    env += "PLUGIN_WEATHER_ENABLED=true\nPLUGIN_INVENTORY_ENABLED=" + QByteArray(i % 4 ? "true" : "false")
        + "\n";
    env += "LOG_LEVEL=info\nCACHE_TTL=300\nUPLOAD_DIR=/var/lib/" + name + "/uploads\n";
    if (!writeFile(dir + "/.env", env))
        return false;

    QByteArray pkg = "{\n  \"name\": \"" + name + "\",\n  \"version\": \"1." + QByteArray::number(i % 20)
        + ".0\",\n  \"private\": true,\n  \"scripts\": {\n    \"start\": \"node server.js\",\n"
          "    \"test\": \"jest\"\n  },\n  \"dependencies\": {\n    \"@paulovila/core\": \"^1.6.0\",\n";
    for (int p = 0; p < 5; ++p)
        pkg += "    \"@paulovila/" + QByteArray(kPlugins[(i + p) % 10]) + "\": \"^"
            + QByteArray::number(1 + p) + ".2.0\",\n";
    pkg += "    \"express\": \"^4.19.2\",\n    \"pg\": \"^8.11.3\",\n    \"dotenv\": \"^16.4.5\",\n"
           "    \"helmet\": \"^7.1.0\",\n    \"pino\": \"^8.19.0\"\n  },\n  \"optionalDependencies\": {\n"
           "    \"@paulovila/"
        + QByteArray(kPlugins[(i + 7) % 10])
        + "\": \"~0.9.0\"\n  },\n"
          "  \"devDependencies\": {\n    \"jest\": \"^29.7.0\",\n    \"eslint\": \"^8.57.0\"\n  }\n}\n";
    if (!writeFile(dir + "/package.json", pkg))
        return false;

    if (i % 4 == 0) {
        const QByteArray site = "{\n  \"name\": \"" + name + "\",\n  \"title\": \"Tenant "
            + QByteArray::number(i) + "\",\n  \"domains\": [\"" + name
            + ".example.org\"],\n  \"environment\": \"production\",\n"
              "  \"instances\": 2,\n  \"reload_command\": \"systemctl reload "
            + name + "\"\n}\n";
        if (!writeFile(dir + "/site.json", site))
            return false;
    }
    return true;
}

// Drops the files under @p root from the page cache.
void evict(const QString& root)
{
    const int dirFd = ::open(QFile::encodeName(root).constData(), O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::syncfs(dirFd); // dirty pages cannot be dropped
        ::close(dirFd);
    }
    const QStringList sites = QDir(root).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString& site : sites) {
        for (const char* name : {"/.env", "/package.json", "/site.json"}) {
            const int fd
                = ::open(QFile::encodeName(root + '/' + site + QLatin1String(name)).constData(), O_RDONLY);
            if (fd < 0)
                continue;
            ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
            ::close(fd);
        }
    }
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
        : v.size() % 2 ? v.at(v.size() / 2)
                       : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2;
}

qint64 statusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Resets the peak RSS (VmHWM) so the next reading is the scan's own peak.
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double msSince(const QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

struct ShellRun
{
    double ms = 0;
    int lines = 0;
    bool ok = false;
};

ShellRun runShell(const QString& dir, const QString& script)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    if (!p.waitForFinished(600000))
        return {};
    ShellRun r;
    r.ms = msSince(t);
    r.lines = p.readAllStandardOutput().trimmed().toInt();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int count = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 7;
    const bool shell = !args.contains(QStringLiteral("--no-shell"));

    QTemporaryDir tmp;
    const QString apps = tmp.filePath(QStringLiteral("apps"));
    QRandomGenerator rng(20260101);
    for (int i = 0; i < count; ++i) {
        if (!generateSite(apps + QStringLiteral("/tenant-") + QString::number(i).rightJustified(4, u'0'), i,
                          rng)) {
            out << "cannot generate the sites in " << apps << Qt::endl;
            return 1;
        }
    }

    // Correctness first: a fast scan that reads the wrong thing is worth nothing.
    const ms::ScanResult check = ms::SiteScanner::scan({apps});
    int errors = 0;
    for (const ms::Site& s : check.sites)
        errors += s.status == ms::SiteStatus::Error;
    if (check.sites.size() != count || errors) {
        out << "scan found " << check.sites.size() << " sites, " << errors << " with errors; expected "
            << count << Qt::endl;
        return 1;
    }

    QList<double> cold, warm;
    for (int r = 0; r < runs; ++r) {
        evict(apps);
        QElapsedTimer t;
        t.start();
        const ms::ScanResult result = ms::SiteScanner::scan({apps});
        cold << msSince(t);
        if (result.sites.size() != count)
            return 1;
    }
    const qint64 rssBefore = statusKb("VmRSS:");
    resetPeak();
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const ms::ScanResult result = ms::SiteScanner::scan({apps});
        warm << msSince(t);
        if (result.sites.size() != count)
            return 1;
    }
    const qint64 peak = statusKb("VmHWM:");

    // What an administrator runs today for ports, domains and the scoped plugins.
    const QString jq = QStandardPaths::findExecutable(QStringLiteral("jq"));
    const QString filter = QStringLiteral(
        "[.name, ((.dependencies // {}) + (.optionalDependencies // {}) | to_entries"
        " | map(select(.key | startswith(\"@paulovila/\")) | .key + \"@\" + .value) | join(\",\"))] | @tsv");
    const QString grep
        = QStringLiteral("grep -H -E '^(export +)?(PORT|SERVER_PORT|APP_PORT|HTTP_PORT|DOMAIN)=' */.env");
    const QString perFile
        = QStringLiteral("{ %1; for f in */package.json; do jq -r '%2' \"$f\"; done; } | wc -l")
              .arg(grep, filter);
    const QString oneJq = QStringLiteral("{ %1; jq -r '%2' */package.json; } | wc -l").arg(grep, filter);
    const int shellRuns = qMin(runs, 3);
    QList<double> perFileCold, perFileWarm, oneJqCold, oneJqWarm;
    int shellLines = 0;
    bool shellOk = shell && !jq.isEmpty();
    if (shellOk) {
        evict(apps);
        ShellRun s = runShell(apps, perFile);
        perFileCold << s.ms;
        s = runShell(apps, perFile);
        perFileWarm << s.ms;
        shellLines = s.lines;
        shellOk = s.ok;
    }
    for (int r = 0; shellOk && r < shellRuns; ++r) {
        evict(apps);
        ShellRun s = runShell(apps, oneJq);
        oneJqCold << s.ms;
        s = runShell(apps, oneJq);
        oneJqWarm << s.ms;
        shellOk = s.ok && s.lines == shellLines;
    }

    out << "discovery benchmark: " << count
        << " sites (.env ~30 lines, package.json, site.json for 1 in 4), median of " << runs
        << " runs (shell: " << shellRuns << ")\n";
    out << QStringLiteral("%1 %2 %3\n")
               .arg(QStringLiteral("what"), -58)
               .arg(QStringLiteral("cold ms"), 10)
               .arg(QStringLiteral("warm ms"), 10);
    auto row = [](const QString& what, double c, double w) {
        out << QStringLiteral("%1 %2 %3\n").arg(what, -58).arg(c, 10, 'f', 1).arg(w, 10, 'f', 1);
    };
    row(QStringLiteral("SiteScanner::scan (every field, all three files)"), median(cold), median(warm));
    if (shellOk) {
        row(QStringLiteral("grep */.env + jq per package.json (%1 lines, 1 run)").arg(shellLines),
            median(perFileCold), median(perFileWarm));
        row(QStringLiteral("grep */.env + one jq over all package.json"), median(oneJqCold),
            median(oneJqWarm));
    } else {
        out << "shell pipeline: " << (shell ? "failed, or jq is missing" : "not run (--no-shell)") << "\n";
    }
    out << "process peak RSS over the warm scans: " << peak << " kB (" << rssBefore << " kB before them)\n";
    out << "warm scan, per site: " << QString::number(median(warm) * 1000.0 / count, 'f', 1) << " us"
        << Qt::endl;
    return 0;
}
