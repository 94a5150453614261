#pragma once

#include "discovery/PackageJson.h"
#include "discovery/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// What a scan should do beyond reading the files.
struct ScanOptions
{
    /// npm scope whose dependencies in package.json are the platform's modules.
    QString pluginScope = PackageJson::defaultScope();
    /// Give sites that declare no port one derived from their name (PortAllocator).
    bool derivePorts = true;
};

/// What a scan found.
struct ScanResult
{
    QList<Site> sites; ///< sorted by name, then path
    QList<ScanProblem> problems; ///< every site's problems, then the scan's own (missing dirs, links)
};

/// Finds the sites in apps directories (DESIGN.md, "Sites"). Every immediate subfolder
/// holding a `.env`, a `package.json` or a `site.json` is a site; hidden folders are not
/// looked at. Each file is opened once and read in one piece; a folder costs three open()
/// calls and no stat.
///
/// A file that does not parse does not stop the scan: its site is kept with
/// SiteStatus::Error and whatever the files did say, and the problem names the file and
/// line. Links to folders are followed once: a link back to an apps directory (or above
/// it) and a second way to reach the same folder are reported and skipped.
///
/// What a site gets from where — site.json wins over .env, which wins over defaults:
/// - name: site.json "name", else the folder's name
/// - title: site.json "title", SITE_TITLE, else the name
/// - port: site.json "port", else the first of PORT, SERVER_PORT, APP_PORT, HTTP_PORT
///   that holds a port number, else derived (ScanOptions::derivePorts)
/// - domains: site.json "domains", else the hosts in the first of DOMAIN, HOST, HOSTNAME,
///   BASE_URL that names one (comma-separated lists allowed; bind addresses skipped)
/// - environment: site.json "environment", else NODE_ENV, APP_ENV or ENVIRONMENT mapped by
///   SiteConventions::environmentName(), else SiteConventions::defaultEnvironment()
/// - features: ENABLE_<X> and FEATURE_<X> with a true value → "x"
/// - plugins: package.json's scoped dependencies, merged with PLUGIN_<NAME>_ENABLED
///   (false disables a package.json plugin; true adds one package.json lacks)
/// - businessContext: BUSINESS_CONTEXT; modulesDir: site.json "modules_dir" resolved
///   against the site's folder, else `<folder>/modules`
class SiteScanner
{
    Q_DECLARE_TR_FUNCTIONS(SiteScanner)

public:
    /// Scans every directory in @p appsDirs (absolute or relative to the working
    /// directory). Never fails as a whole: what goes wrong is in ScanResult::problems.
    static ScanResult scan(const QStringList& appsDirs, const ScanOptions& options = {});

    /// Reads the site in @p folder, found in @p appsDir. nullopt when the folder holds none
    /// of the three files (it is not a site, or no longer one). The port is not derived
    /// here: derivation looks at every site (PortAllocator::assignDerivedPorts).
    static std::optional<Site> scanSite(const QString& folder, const QString& appsDir,
                                        const ScanOptions& options = {});

    /// The file names that make a folder a site: ".env", "package.json", "site.json".
    static const QStringList& siteFiles();
};

} // namespace ms
