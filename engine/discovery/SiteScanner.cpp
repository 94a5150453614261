#include "discovery/SiteScanner.h"

#include "discovery/DotEnv.h"
#include "discovery/FileContent.h"
#include "discovery/PortAllocator.h"
#include "discovery/SiteConventions.h"
#include "discovery/SiteJson.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <climits>
#include <cstdlib>
#include <dirent.h>
#include <sys/stat.h>

namespace ms {

namespace {

const QString kEnvFile = QStringLiteral(".env");
const QString kPackageFile = QStringLiteral("package.json");
const QString kSiteFile = QStringLiteral("site.json");

ScanProblem problem(const QString& file, const QString& message, bool fatal)
{
    ScanProblem p;
    p.file = file;
    p.message = message;
    p.fatal = fatal;
    return p;
}

// The port in a .env value, or 0.
int portNumber(QStringView value)
{
    bool ok = false;
    const int port = value.trimmed().toInt(&ok);
    return ok && port >= 1 && port <= 65535 ? port : 0;
}

void mergeEnvPlugins(const DotEnv& env, Site& site, QList<ScanProblem>& problems)
{
    static const QLatin1String prefix("PLUGIN_");
    static const QLatin1String suffix("_ENABLED");
    for (const DotEnv::Entry& e : env.entries()) {
        if (!e.key.startsWith(prefix) || !e.key.endsWith(suffix)
            || e.key.size() <= prefix.size() + suffix.size())
            continue;
        if (env.find(e.key) != &e) // a repeated key: only the last assignment counts
            continue;
        const std::optional<bool> enabled = SiteConventions::flag(e.value);
        if (!enabled) {
            ScanProblem p = problem(
                env.fileName(), SiteScanner::tr("%1 is neither true nor false; ignored").arg(e.key), false);
            p.line = e.line;
            problems.append(p);
            continue;
        }
        const QString name
            = e.key.sliced(prefix.size(), e.key.size() - prefix.size() - suffix.size()).toLower();
        auto it = std::find_if(site.plugins.begin(), site.plugins.end(),
                               [&](const SitePlugin& p) { return p.name == name; });
        if (it != site.plugins.end()) {
            it->enabled = *enabled;
            continue;
        }
        SitePlugin p;
        p.name = name;
        p.source = kEnvFile;
        p.enabled = *enabled;
        site.plugins.append(p);
    }
    std::sort(site.plugins.begin(), site.plugins.end(), [](const SitePlugin& a, const SitePlugin& b) {
        return a.name != b.name ? a.name < b.name : a.packageName < b.packageName;
    });
}

void applyEnv(const DotEnv& env, Site& site, const SiteJson& siteJson, QList<ScanProblem>& problems)
{
    if (!siteJson.title) {
        const QString title = env.value(u"SITE_TITLE").trimmed();
        if (!title.isEmpty())
            site.title = title;
    }
    if (!siteJson.port) {
        for (const QString& key : SiteConventions::portKeys()) {
            const DotEnv::Entry* e = env.find(key);
            if (!e)
                continue;
            if (const int port = portNumber(e->value)) {
                site.port = port;
                site.portSource = PortSource::EnvFile;
                site.portKey = key;
                break;
            }
            ScanProblem p = problem(env.fileName(),
                                    SiteScanner::tr("%1 is not a port number (1–65535)").arg(key), false);
            p.line = e->line;
            problems.append(p);
        }
    }
    if (!siteJson.domains) {
        for (const QString& key : SiteConventions::domainKeys()) {
            const DotEnv::Entry* e = env.find(key);
            if (!e)
                continue;
            const QStringList hosts = SiteConventions::hostsOf(e->value);
            if (!hosts.isEmpty()) {
                site.domains = hosts;
                break;
            }
        }
    }
    if (!siteJson.environment) {
        for (const QString& key : SiteConventions::environmentKeys()) {
            const DotEnv::Entry* e = env.find(key);
            if (!e || e->value.trimmed().isEmpty())
                continue;
            const QString name = SiteConventions::environmentName(e->value);
            if (!name.isEmpty()) {
                site.environment = name;
            } else {
                ScanProblem p = problem(env.fileName(),
                                        SiteScanner::tr("%1 names no known environment; taken as %2")
                                            .arg(key, SiteConventions::defaultEnvironment()),
                                        false);
                p.line = e->line;
                problems.append(p);
            }
            break;
        }
    }

    static const QLatin1String enable("ENABLE_");
    static const QLatin1String feature("FEATURE_");
    for (const DotEnv::Entry& e : env.entries()) {
        qsizetype prefix = 0;
        if (e.key.startsWith(enable))
            prefix = enable.size();
        else if (e.key.startsWith(feature))
            prefix = feature.size();
        if (prefix == 0 || e.key.size() == prefix || env.find(e.key) != &e)
            continue;
        if (SiteConventions::flag(e.value).value_or(false)) {
            const QString name = e.key.sliced(prefix).toLower();
            if (!site.features.contains(name))
                site.features.append(name);
        }
    }
    site.features.sort();

    site.businessContext = env.value(u"BUSINESS_CONTEXT").trimmed();
    mergeEnvPlugins(env, site, problems);
}

// Directory entries that may be sites: real folders first, links (to be resolved) apart.
struct Listing
{
    QStringList folders;
    QStringList links;
    bool ok = false;
};

Listing listDirectory(const QString& dir)
{
    Listing listing;
    const QByteArray native = QFile::encodeName(dir);
    DIR* d = ::opendir(native.constData());
    if (!d)
        return listing;
    listing.ok = true;
    while (const dirent* entry = ::readdir(d)) {
        if (entry->d_name[0] == '.')
            continue; // ".", "..", and hidden folders (.git, .cache)
        unsigned char type = entry->d_type;
        if (type == DT_UNKNOWN) {
            struct stat st;
            const QByteArray path = native + '/' + entry->d_name;
            if (::lstat(path.constData(), &st) != 0)
                continue;
            type = S_ISDIR(st.st_mode) ? DT_DIR : S_ISLNK(st.st_mode) ? DT_LNK : DT_REG;
        }
        if (type == DT_DIR)
            listing.folders.append(QFile::decodeName(entry->d_name));
        else if (type == DT_LNK)
            listing.links.append(QFile::decodeName(entry->d_name));
    }
    ::closedir(d);
    listing.folders.sort();
    listing.links.sort();
    return listing;
}

bool isSameOrInside(const QString& path, const QString& dir)
{
    return path == dir || (path.startsWith(dir) && path.size() > dir.size() && path.at(dir.size()) == u'/')
        || dir == u"/";
}

} // namespace

const QStringList& SiteScanner::siteFiles()
{
    static const QStringList files {kEnvFile, kPackageFile, kSiteFile};
    return files;
}

std::optional<Site> SiteScanner::scanSite(const QString& folder, const QString& appsDir,
                                          const ScanOptions& options)
{
    QList<ScanProblem> problems;
    bool isSite = false;
    // Reads one of the three files; nullopt when absent or unreadable (then a problem).
    auto readFile = [&](const QString& name, qsizetype maxSize) -> std::optional<QByteArray> {
        const QString path = folder + u'/' + name;
        Result<QByteArray> data = FileContent::read(path, maxSize);
        if (data) {
            isSite = true;
            return std::move(*data);
        }
        if (data.error().code() != ErrorCode::NotFound) {
            isSite = true;
            problems.append(problem(path, data.error().message(), true));
        }
        return std::nullopt;
    };
    const std::optional<QByteArray> envData = readFile(kEnvFile, DotEnv::MaxFileSize);
    const std::optional<QByteArray> packageData = readFile(kPackageFile, PackageJson::MaxFileSize);
    const std::optional<QByteArray> siteData = readFile(kSiteFile, SiteJson::MaxFileSize);
    if (!isSite)
        return std::nullopt;

    Site site;
    site.path = folder;
    site.appsDir = appsDir;
    const QString folderName = folder.section(u'/', -1);

    const SiteJson siteJson
        = siteData ? SiteJson::parseLenient(*siteData, folder + u'/' + kSiteFile) : SiteJson();
    problems.append(siteJson.problems());
    site.name = siteJson.name.value_or(folderName);
    site.title = siteJson.title.value_or(site.name);
    if (siteJson.port) {
        site.port = *siteJson.port;
        site.portSource = PortSource::SiteJson;
        site.portKey = QStringLiteral("port");
    }
    if (siteJson.domains)
        site.domains = *siteJson.domains;
    if (siteJson.environment)
        site.environment = *siteJson.environment;
    site.instances = siteJson.instances.value_or(1);
    site.agent = siteJson.agent.value_or(QString());
    site.reloadCommand = siteJson.reloadCommand.value_or(QString());
    site.modulesDir = siteJson.modulesDir
        ? QDir::cleanPath(QDir::isAbsolutePath(*siteJson.modulesDir) ? *siteJson.modulesDir
                                                                     : folder + u'/' + *siteJson.modulesDir)
        : folder + QStringLiteral("/modules");

    if (packageData) {
        const PackageJson pkg
            = PackageJson::parseLenient(*packageData, folder + u'/' + kPackageFile, options.pluginScope);
        problems.append(pkg.problems());
        site.plugins = pkg.plugins();
        site.sources.append(kPackageFile);
    }
    if (envData) {
        const DotEnv env = DotEnv::parseLenient(*envData, folder + u'/' + kEnvFile);
        problems.append(env.problems());
        applyEnv(env, site, siteJson, problems);
        site.sources.prepend(kEnvFile);
    }
    if (siteData)
        site.sources.append(kSiteFile);
    if (site.environment.isEmpty())
        site.environment = SiteConventions::defaultEnvironment();

    site.status = SiteStatus::Ok;
    for (ScanProblem& p : problems) {
        p.site = site.name;
        if (p.fatal)
            site.status = SiteStatus::Error;
        else if (site.status == SiteStatus::Ok)
            site.status = SiteStatus::Warning;
    }
    site.problems = std::move(problems);
    return site;
}

ScanResult SiteScanner::scan(const QStringList& appsDirs, const ScanOptions& options)
{
    ScanResult result;
    QList<ScanProblem> scanProblems;
    struct AppsDir
    {
        QString path;
        QString canonical;
        Listing listing;
    };
    QList<AppsDir> dirs;
    for (const QString& given : appsDirs) {
        AppsDir dir;
        dir.path = QDir::cleanPath(QDir::current().absoluteFilePath(given));
        dir.canonical = QFileInfo(dir.path).canonicalFilePath();
        if (dir.canonical.isEmpty()) {
            scanProblems.append(problem(dir.path, tr("apps directory not found"), true));
            continue;
        }
        if (std::any_of(dirs.cbegin(), dirs.cend(),
                        [&](const AppsDir& d) { return d.canonical == dir.canonical; }))
            continue; // the same directory given twice, perhaps through a link
        dir.listing = listDirectory(dir.path);
        if (!dir.listing.ok) {
            scanProblems.append(problem(dir.path, tr("cannot read the apps directory"), true));
            continue;
        }
        dirs.append(dir);
    }

    // Real folders are claimed before links, so a link to a site is the duplicate, not the site.
    QHash<QString, QString> seen; // canonical folder → the path it was scanned as
    for (const AppsDir& dir : std::as_const(dirs)) {
        for (const QString& name : dir.listing.folders) {
            const QString path = dir.path + u'/' + name;
            seen.insert(dir.canonical + u'/' + name, path);
            if (std::optional<Site> site = scanSite(path, dir.path, options))
                result.sites.append(std::move(*site));
        }
    }
    for (const AppsDir& dir : std::as_const(dirs)) {
        for (const QString& name : dir.listing.links) {
            const QString path = dir.path + u'/' + name;
            const QByteArray native = QFile::encodeName(path);
            struct stat st;
            char resolved[PATH_MAX];
            if (::stat(native.constData(), &st) != 0 || !::realpath(native.constData(), resolved)) {
                scanProblems.append(problem(path, tr("broken or looping link; skipped"), false));
                continue;
            }
            if (!S_ISDIR(st.st_mode))
                continue;
            const QString target = QFile::decodeName(resolved);
            const bool loop = std::any_of(dirs.cbegin(), dirs.cend(), [&](const AppsDir& d) {
                return isSameOrInside(d.canonical, target);
            });
            if (loop) {
                scanProblems.append(
                    problem(path, tr("link to an apps directory or above it; skipped"), false));
                continue;
            }
            const auto earlier = seen.constFind(target);
            if (earlier != seen.cend()) {
                scanProblems.append(
                    problem(path, tr("same folder as %1; scanned once").arg(*earlier), false));
                continue;
            }
            seen.insert(target, path);
            if (std::optional<Site> site = scanSite(path, dir.path, options))
                result.sites.append(std::move(*site));
        }
    }

    std::sort(result.sites.begin(), result.sites.end(), [](const Site& a, const Site& b) {
        return a.name != b.name ? a.name < b.name : a.path < b.path;
    });
    for (qsizetype i = 1; i < result.sites.size(); ++i) {
        Site& later = result.sites[i];
        const Site& first = result.sites.at(i - 1);
        if (later.name != first.name)
            continue;
        ScanProblem p = problem(
            later.path, tr("another site has the name \"%1\" (%2)").arg(later.name, first.path), true);
        p.site = later.name;
        later.problems.append(p);
        later.status = SiteStatus::Error;
    }
    if (options.derivePorts)
        PortAllocator::assignDerivedPorts(result.sites);

    for (const Site& site : std::as_const(result.sites))
        result.problems.append(site.problems);
    result.problems.append(scanProblems);
    return result;
}

} // namespace ms
