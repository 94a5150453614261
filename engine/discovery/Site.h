#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

/// A plugin a site declares: from package.json (a dependency under the configured scope,
/// e.g. "@paulovila/farm-manager": "^1.2.0") or from .env (PLUGIN_FARM_MANAGER_ENABLED=true).
struct SitePlugin
{
    QString name;        ///< normalised module name: "farm_manager"
    QString packageName; ///< as written in package.json ("@paulovila/farm-manager"); empty from .env
    QString versionSpec; ///< the range from package.json; empty from .env
    QString source;      ///< "package.json" or ".env"
    bool enabled = true; ///< PLUGIN_X_ENABLED=false in .env disables a package.json plugin

    bool operator==(const SitePlugin&) const = default;
};

/// Where a site's port came from.
enum class PortSource {
    None,     ///< no port at all (not yet derived)
    EnvFile,  ///< PORT / SERVER_PORT / APP_PORT / HTTP_PORT in .env (portKey says which)
    SiteJson, ///< "port" in site.json
    Derived,  ///< a stable hash of the name into 3000–9999; nothing on disk declares it
};

/// Whether a site is usable, as the inventory sees it.
enum class SiteStatus {
    Ok,      ///< parsed; all files understood
    Warning, ///< parsed with warnings (duplicate keys, unknown fields)
    Error,   ///< a file failed to parse; fields may be incomplete (see problems)
    Missing, ///< was found by an earlier scan, gone from disk now
};

/// One problem found while reading a site's files. The scan goes on past it.
struct ScanProblem
{
    QString site;    ///< the site's name (its folder name when unknown)
    QString file;    ///< absolute path of the file
    int line = 0;    ///< 1-based; 0 when not about a line
    QString message; ///< one translated line
    bool fatal = false; ///< the file could not be used at all

    QString toString() const
    {
        // Two QStringBuilder types cannot meet in one ?: — build each side as a QString.
        if (line > 0)
            return QString(file + u':' + QString::number(line) + QStringLiteral(": ") + message);
        return QString(file + QStringLiteral(": ") + message);
    }
};

/// A business site (tenant) of the platform as discovered on disk. A value type: the scanner
/// produces it, the store persists it, the console shows it. Never holds .env values other
/// than the fields below — .env files carry secrets.
struct Site
{
    QString name;        ///< unique key: site.json "name", else the folder name
    QString title;       ///< site.json "title", SITE_TITLE, else the name
    QString path;        ///< absolute path of the site's folder
    QString appsDir;     ///< absolute path of the apps directory it was found in
    QStringList domains; ///< host names (no scheme, no port); may hold wildcards "*.example.org"
    int port = 0;        ///< 0 when none
    PortSource portSource = PortSource::None;
    QString portKey;     ///< the .env key the port came from ("PORT"), "port" for site.json
    QString environment; ///< "development", "staging" or "production"
    QStringList features;       ///< ENABLE_X=true / FEATURE_X=true → "x", sorted
    QList<SitePlugin> plugins;  ///< sorted by name
    QString businessContext;    ///< BUSINESS_CONTEXT
    int instances = 1;          ///< site.json "instances"
    QString agent;              ///< site.json "agent": URL of a mothership-agent, empty when local
    QString reloadCommand;      ///< site.json "reload_command"
    QString modulesDir;         ///< absolute; site.json "modules_dir" resolved, default <path>/modules
    QStringList sources;        ///< the files that described it (".env", "package.json", "site.json")
    SiteStatus status = SiteStatus::Ok;
    QList<ScanProblem> problems;

    // Kept by the store, not by the scanner:
    qint64 id = 0;               ///< database row id, 0 before it is stored
    QString titleOverride;       ///< set by an administrator in the console; survives rescans
    QDateTime firstSeen;
    QDateTime lastSeen;

    /// The title to show: the administrator's override when there is one.
    QString displayTitle() const { return titleOverride.isEmpty() ? title : titleOverride; }
};

} // namespace ms
