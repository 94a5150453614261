// bench_install: installing a 50 MB module, side by side with the floor and with npm.
//
//   floor          sha256sum PKG && tar xzf PKG -C DIR     what any verified unpack costs
//   mothership     Orchestrator install, in process, from a registry folder on disk:
//                  resolve, license-free, journal, SHA-256, unpack, fsync, activate, lock
//   mothership     the same from a signed registry served over loopback HTTP (nginx when
//                  installed): download, SHA-256 and minisign while downloading, then the rest
//   mothershipctl  mothershipctl install from that registry: + process start, database open,
//                  the registry's cached catalog verified again
//   npm            npm install --offline PKG.tgz           the same files as an npm package
//
// The content is deterministic (a xorshift stream: incompressible, like the images and
// bundles that make modules large) in 50 files of 1 MiB plus a manifest. Each figure is the
// median of --runs runs (default 5), each on a fresh site and database; page cache warm.
// Targets: mothership within 1.3x of the floor, at least 8x faster than npm; both are judged
// on the commands (mothershipctl against sha256sum + tar and against npm), as a user runs them.
//
//   bench_install [--runs N] [--mb N]
#include "LifecycleHarness.h"
#include "NginxServer.h"
#include "RegistryFixture.h"
#include "TestHttpServer.h"
#include "TestRegistry.h"
#include "TestSupport.h"
#include "inventory/Inventory.h"
#include "lifecycle/PlatformCore.h"
#include "lifecycle/RegistryPackageFetcher.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "store/SettingsRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

namespace {

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values[values.size() / 2];
}

/// Writes the module folder: manifest.json, index.js, data/blob-NN.bin.
bool writeModule(const QString& dir, int megabytes, bool npm)
{
    QDir().mkpath(dir + "/data");
    quint64 state = 0x9e3779b97f4a7c15ull;
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (int i = 0; i < megabytes; ++i) {
        auto* words = reinterpret_cast<quint64*>(block.data());
        for (qsizetype w = 0; w < block.size() / 8; ++w) {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            words[w] = state;
        }
        QFile f(dir + QString::asprintf("/data/blob-%02d.bin", i));
        if (!f.open(QIODevice::WriteOnly) || f.write(block) != block.size())
            return false;
    }
    TestSupport::writeFile(dir + "/index.js", "module.exports = require('./data');\n");
    const QJsonObject manifest {
        {"module_name", "atlas"}, {"display_name", "Atlas"},
        {"version", "1.0.0"},     {"description", "maps (bench)"},
        {"kind", "business"},     {"dependencies", QJsonObject {{"core", ">=1.0.0"}}}};
    if (npm)
        return TestSupport::writeFile(dir + "/package.json",
                                      R"({"name":"atlas","version":"1.0.0","main":"index.js"})");
    return TestSupport::writeFile(dir + "/manifest.json", QJsonDocument(manifest).toJson());
}

double timeCommand(const QString& program, const QStringList& args, const QString& workingDir = {})
{
    QProcess p;
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer timer;
    timer.start();
    p.start(program, args);
    if (!p.waitForFinished(600000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n", qPrintable(program), p.readAllStandardOutput().constData());
        return -1;
    }
    return timer.nsecsElapsed() / 1e6;
}

/// A fresh site "clinic" with its database in @p root.
std::unique_ptr<ms::Database> freshSite(const QString& root)
{
    QDir().mkpath(root + "/apps/clinic");
    TestSupport::writeFile(root + "/apps/clinic/site.json", R"({"name": "clinic"})");
    auto db = ms::Database::open(root + "/mothership.db");
    if (!db)
        return nullptr;
    ms::Inventory inventory(**db);
    if (!inventory.addAndScan({root + "/apps"})
        || !ms::SettingsRepository(**db).setValue(ms::PlatformCore::settingKey(), "1.5.0"))
        return nullptr;
    return std::move(*db);
}

/// Installs atlas on site clinic through @p orchestrator and returns the milliseconds it
/// took, or -1 (with the error on stderr) when it failed.
double timeInstall(ms::Orchestrator& orchestrator, const char* what)
{
    ms::OperationRequest request;
    request.site = "clinic";
    request.modules = {"atlas"};
    std::unique_ptr<ms::Operation> op(orchestrator.submit(request));
    QElapsedTimer timer;
    timer.start();
    op->exec();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (op->error().isError()) {
        std::fprintf(stderr, "install %s failed: %s\n", what, qPrintable(op->error().toString()));
        return -1;
    }
    return ms;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    int runs = 5;
    int megabytes = 50;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); ++i) {
        if (args[i] == "--runs")
            runs = qMax(1, args[i + 1].toInt());
        else if (args[i] == "--mb")
            megabytes = qMax(1, args[i + 1].toInt());
    }

    QTemporaryDir work;
    // The registry: the package and catalog.json, each signed by the stock minisign.
    RegistryFixture publisher(work.filePath("publisher"), "bench");
    const QString registry = publisher.registryDir();
    const QString package = registry + "/atlas/1.0.0/atlas-1.0.0.tar.gz";
    QDir().mkpath(QFileInfo(package).absolutePath());
    QString error;
    if (!publisher.makeKey("a")) {
        std::fprintf(stderr, "minisign -G failed; is minisign installed?\n");
        return 1;
    }
    if (!writeModule(work.filePath("src"), megabytes, false)
        || !TestRegistry::packFolder(work.filePath("src"), package, &error) || !publisher.sign(package, "a")) {
        std::fprintf(stderr, "cannot build the package: %s\n", qPrintable(error));
        return 1;
    }
    const QJsonObject catalog {
        {"schema", 1},
        {"registry", "bench"},
        {"serial", 1},
        {"expires", "2099-01-01T00:00:00Z"},
        {"modules",
         QJsonArray {QJsonObject {
             {"module_name", "atlas"},
             {"display_name", "Atlas"},
             {"kind", "business"},
             {"versions",
              QJsonArray {QJsonObject {{"version", "1.0.0"},
                                       {"path", "atlas/1.0.0/atlas-1.0.0.tar.gz"},
                                       {"sha256", TestRegistry::sha256(package)},
                                       {"size", QFileInfo(package).size()},
                                       {"dependencies", QJsonObject {{"core", ">=1.0.0"}}}}}}}}}};
    if (!publisher.writeCatalog(catalog, "a")) {
        std::fprintf(stderr, "cannot sign catalog.json\n");
        return 1;
    }
    const auto parsedCatalog = ms::Catalog::parse(TestSupport::readFile(registry + "/catalog.json"));
    if (!parsedCatalog) {
        std::fprintf(stderr, "%s\n", qPrintable(parsedCatalog.error().toString()));
        return 1;
    }
    std::printf("package: %s, %.1f MB compressed, %d MiB of files\n", qPrintable(package),
                QFileInfo(package).size() / 1e6, megabytes);

    // Served over loopback by nginx, as a static registry is in production; the test server
    // (a thread of this process) when nginx is not installed.
    NginxServer nginx;
    TestHttpServer testServer;
    QUrl url;
    if (nginx.start(registry)) {
        url = nginx.url("/");
        std::printf("registry: %s (nginx)\n", qPrintable(url.toString()));
    } else if (testServer.start()) {
        testServer.serveDirectory(registry, "/bench/");
        url = testServer.url("/bench/");
        std::printf("registry: %s (the test server: %s)\n", qPrintable(url.toString()), qPrintable(nginx.why()));
    } else {
        std::fprintf(stderr, "cannot serve the registry\n");
        return 1;
    }
    const QString publicKey = publisher.publicKeyPath("a");

    QList<double> floor, ours, overHttp, cli, npm;
    for (int run = 0; run < runs; ++run) {
        // The floor.
        const QString out = work.filePath(QStringLiteral("floor-%1").arg(run));
        QDir().mkpath(out);
        floor << timeCommand(
            "/bin/sh",
            {"-c", QStringLiteral("sha256sum '%1' >/dev/null && tar xzf '%1' -C '%2'").arg(package, out)});
        QDir(out).removeRecursively();

        // Mothership, in process.
        {
            const QString root = work.filePath(QStringLiteral("site-%1").arg(run));
            auto db = freshSite(root);
            if (!db)
                return 1;
            ms::AuditLog audit(*db);
            ms::Orchestrator orchestrator(*db, &audit, nullptr);
            ms::LocalPackageFetcher fetcher;
            fetcher.addRegistry("bench", registry);
            orchestrator.setCatalog(*parsedCatalog);
            orchestrator.setFetcher(&fetcher);
            const double ms = timeInstall(orchestrator, "from the registry folder");
            if (ms < 0)
                return 1;
            ours << ms;
            db.reset();
            QDir(root).removeRecursively();
        }

        // Mothership, in process, from the registry over loopback HTTP.
        {
            const QString root = work.filePath(QStringLiteral("http-%1").arg(run));
            auto db = freshSite(root);
            if (!db)
                return 1;
            ms::AuditLog audit(*db);
            ms::RegistryService registries(*db, root + "/registries", db->clock(), &audit);
            if (!registries.add("bench", url.toString(), {publisher.publicKey("a")})) {
                std::fprintf(stderr, "cannot add the registry\n");
                return 1;
            }
            std::unique_ptr<ms::RegistrySyncJob> refresh(registries.refresh());
            refresh->exec();
            if (refresh->failures() > 0 || !registries.catalog()->module("atlas")) {
                std::fprintf(stderr, "cannot refresh the registry: %s\n", qPrintable(refresh->error().toString()));
                return 1;
            }
            ms::Orchestrator orchestrator(*db, &audit, nullptr);
            ms::RegistryPackageFetcher fetcher(registries);
            orchestrator.setCatalog(*registries.catalog());
            orchestrator.setFetcher(&fetcher);
            const double ms = timeInstall(orchestrator, "over HTTP");
            if (ms < 0)
                return 1;
            overHttp << ms;
            db.reset();
            QDir(root).removeRecursively();
        }

        // Mothership through mothershipctl, from the registry over loopback HTTP, as an
        // administrator does it: the registry added and refreshed beforehand, then timed:
        //   mothershipctl install clinic atlas
        {
            const QString root = work.filePath(QStringLiteral("cli-%1").arg(run));
            if (!freshSite(root))
                return 1;
            const QString ctl = TestSupport::programPath("mothershipctl");
            const QString db = root + "/mothership.db";
            if (timeCommand(ctl, {"--db", db, "registry", "add", "bench", url.toString(), "--key", publicKey}) < 0
                || timeCommand(ctl, {"--db", db, "registry", "refresh", "bench"}) < 0)
                return 1;
            cli << timeCommand(ctl, {"--db", db, "install", "clinic", "atlas"});
            QDir(root).removeRecursively();
        }
    }

    // npm, on the same files packed as an npm package.
    const QString npmProgram = QStandardPaths::findExecutable("npm");
    QString npmNote;
    if (npmProgram.isEmpty()) {
        npmNote = "npm is not installed: column skipped";
    } else {
        const QString src = work.filePath("npm-src");
        writeModule(src, megabytes, true);
        if (timeCommand(npmProgram, {"pack", "--silent", "--pack-destination", work.path()}, src) < 0)
            return 1;
        const QString tgz = work.filePath("atlas-1.0.0.tgz");
        for (int run = 0; run < runs; ++run) {
            const QString project = work.filePath(QStringLiteral("npm-%1").arg(run));
            QDir().mkpath(project);
            TestSupport::writeFile(project + "/package.json",
                                   R"({"name":"site","version":"1.0.0","private":true})");
            npm << timeCommand(npmProgram,
                               {"install", "--offline", "--no-audit", "--no-fund", "--ignore-scripts",
                                "--loglevel=error", "--cache", work.filePath("npm-cache"), tgz},
                               project);
            QDir(project).removeRecursively();
        }
    }

    const double f = median(floor), m = median(ours), h = median(overHttp), c = median(cli), n = median(npm);
    std::printf("\n%-52s %10s %10s\n", "median of runs", "ms", "x floor");
    std::printf("%-52s %10.0f %10.2f\n", "floor: sha256sum + tar xzf", f, 1.0);
    std::printf("%-52s %10.0f %10.2f\n", "mothership install, registry folder (in process)", m, m / f);
    std::printf("%-52s %10.0f %10.2f\n", "mothership install, loopback HTTP (in process)", h, h / f);
    std::printf("%-52s %10.0f %10.2f\n", "mothershipctl install, loopback HTTP", c, c / f);
    if (npm.isEmpty())
        std::printf("%-52s %s\n", "npm install", qPrintable(npmNote));
    else
        std::printf("%-52s %10.0f %10.2f\n", "npm install --offline", n, n / f);
    std::printf("\ntargets, on mothershipctl: <= 1.3x floor: %s (%.2fx); npm / mothershipctl >= 8x: %s\n",
                c <= 1.3 * f ? "met" : "MISSED", c / f,
                npm.isEmpty()
                    ? "n/a"
                    : (n / c >= 8 ? qPrintable(QStringLiteral("met (%1x)").arg(n / c, 0, 'f', 1))
                                  : qPrintable(QStringLiteral("MISSED (%1x)").arg(n / c, 0, 'f', 1))));
    return 0;
}
