#include "health/ProbeConfig.h"

#include "discovery/FileContent.h"
#include "discovery/SiteJson.h"
#include "packages/Manifest.h"
#include "targets/ModulesLock.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace ms {

namespace {

void addIssues(ProbeConfig& config, const Site& site, const QString& file, const ValidationReport& report)
{
    for (const FieldIssue& issue : report.errors())
        config.problems.append({site.name, file, issue.toString(), true});
    for (const FieldIssue& issue : report.warnings())
        config.problems.append({site.name, file, issue.toString(), false});
}

// The site's own probes from site.json; HealthProbe and SiteJson judge the entries, the
// extra fields are judged by ProbeSpec.
void readSiteJson(ProbeConfig& config, const Site& site, const ProbeSpec::Context& context)
{
    const QString path = QDir(site.path).filePath(QStringLiteral("site.json"));
    if (!QFileInfo::exists(path))
        return;
    const Result<QByteArray> data = FileContent::read(path, SiteJson::MaxFileSize);
    if (!data) {
        config.problems.append({site.name, path, data.error().message(), true});
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(*data);
    const QJsonValue health = doc.object().value(QStringLiteral("health"));
    if (!doc.isObject() || health.isUndefined())
        return; // the inventory reports a broken site.json; it has no probes to offer
    if (!health.isArray()) {
        config.problems.append(
            {site.name, path, ProbeConfig::tr("health: expected an array of probes"), true});
        return;
    }
    ValidationReport report;
    QList<qsizetype> indexes;
    const QList<HealthProbe> declared = SiteJson::parseHealth(health.toArray(), report, &indexes);
    ProbeSpec::Context siteContext = context;
    siteContext.source = path;
    for (qsizetype i = 0; i < declared.size(); ++i) {
        const QString at = ValidationReport::index(QStringLiteral("health"), indexes.at(i));
        if (auto spec = ProbeSpec::resolve(declared.at(i), siteContext, at, report))
            config.probes.append(*spec);
    }
    addIssues(config, site, path, report);
}

void readModules(ProbeConfig& config, const Site& site, const ProbeSpec::Context& context)
{
    const QString lockPath = ModulesLock::pathFor(site.path);
    const Result<ModulesLock> lock = ModulesLock::read(lockPath);
    if (!lock) {
        config.problems.append({site.name, lockPath, lock.error().message(), true});
        return;
    }
    const QString modulesDir
        = site.modulesDir.isEmpty() ? QDir(site.path).filePath(QStringLiteral("modules")) : site.modulesDir;
    for (const ModulesLock::Entry& entry : lock->entries()) {
        if (!entry.enabled)
            continue;
        const QString folder = QDir(modulesDir).filePath(entry.moduleName + u'/' + entry.version.toString());
        const QString manifestPath = QDir(folder).filePath(QStringLiteral("manifest.json"));
        // The manifest's own warnings are its author's business (and `pack` shows them); the
        // extra probe fields it calls unknown are judged again by ProbeSpec below.
        const Result<Manifest> manifest = Manifest::load(manifestPath);
        if (!manifest) {
            config.problems.append({site.name, manifestPath,
                                    ProbeConfig::tr("the probes of module %1 cannot be read: %2")
                                        .arg(entry.moduleName, manifest.error().message()),
                                    true});
            continue;
        }
        if (manifest->moduleName() != entry.moduleName) {
            config.problems.append({site.name, manifestPath,
                                    ProbeConfig::tr("the manifest is for module %1, not %2")
                                        .arg(manifest->moduleName(), entry.moduleName),
                                    true});
            continue;
        }
        ProbeSpec::Context moduleContext = context;
        moduleContext.module = entry.moduleName;
        moduleContext.workingDir = folder;
        moduleContext.source = manifestPath;
        // A loaded manifest keeps every entry of its health array, so indexes match the file.
        ValidationReport report;
        const QList<HealthProbe>& declared = manifest->health();
        for (qsizetype i = 0; i < declared.size(); ++i) {
            const QString at = ValidationReport::index(QStringLiteral("health"), i);
            if (auto spec = ProbeSpec::resolve(declared.at(i), moduleContext, at, report))
                config.probes.append(*spec);
        }
        addIssues(config, site, manifestPath, report);
    }
}

} // namespace

QString ProbeConfig::Problem::toString() const
{
    return file + QStringLiteral(": ") + message;
}

QString ProbeConfig::hostOf(const Site& site)
{
    if (!site.agent.isEmpty()) {
        const QUrl agent(site.agent);
        if (!agent.host().isEmpty())
            return agent.host();
    }
    return QStringLiteral("127.0.0.1");
}

ProbeConfig ProbeConfig::forSite(const Site& site)
{
    ProbeConfig config;
    if (site.status == SiteStatus::Missing)
        return config;
    ProbeSpec::Context context;
    context.site = site.name;
    context.host = hostOf(site);
    context.port = site.port;
    context.workingDir = site.path;
    readSiteJson(config, site, context);
    readModules(config, site, context);
    if (config.probes.isEmpty()) {
        if (auto fallback = ProbeSpec::defaultProbe(context))
            config.probes.append(*fallback);
        else
            config.problems.append({site.name, site.path,
                                    tr("the site declares no probes and has no port for the default one"),
                                    false});
    }
    return config;
}

ProbeConfig ProbeConfig::forSites(const QList<Site>& sites)
{
    ProbeConfig all;
    for (const Site& site : sites) {
        const ProbeConfig one = forSite(site);
        all.probes.append(one.probes);
        all.problems.append(one.problems);
    }
    return all;
}

QList<ProbeSpec> ProbeConfig::probesOf(const QString& site) const
{
    QList<ProbeSpec> out;
    for (const ProbeSpec& p : probes) {
        if (p.site == site)
            out.append(p);
    }
    return out;
}

} // namespace ms
