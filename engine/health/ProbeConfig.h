#pragma once

#include "discovery/Site.h"
#include "health/ProbeSpec.h"

#include <QCoreApplication>
#include <QList>

namespace ms {

/// Which probes the sites declare, read from disk: each site's site.json `health`, the
/// `health` of every enabled module's manifest (modules.lock.json names them; the manifests
/// are at <modules_dir>/<module>/<version>/manifest.json), and — for a site that declares
/// nothing — a readiness probe GET /health on the site's port.
///
/// HTTP and TCP probes go to the site's host: 127.0.0.1 for a local site, the agent's host
/// for a site behind a mothership-agent. Command probes run in the module's folder (the
/// site's folder for the site's own).
class ProbeConfig
{
    Q_DECLARE_TR_FUNCTIONS(ProbeConfig)

public:
    /// Something that kept a probe from being read. The other probes are still used.
    struct Problem
    {
        QString site;
        QString file; ///< the site.json, lock file or manifest
        QString message; ///< one translated line, with the field path when there is one
        bool error = true; ///< false for a warning (an unknown field)

        QString toString() const;
    };

    QList<ProbeSpec> probes; ///< by site, then the site's own before its modules', in file order
    QList<Problem> problems;

    /// The probes of every site in @p sites; missing sites are left out. Reads a few small
    /// files per site: for many sites, call it off the GUI thread.
    static ProbeConfig forSites(const QList<Site>& sites);
    /// The probes of @p site.
    static ProbeConfig forSite(const Site& site);

    /// The probes of @p site only.
    QList<ProbeSpec> probesOf(const QString& site) const;
    /// Where @p site's HTTP and TCP probes go.
    static QString hostOf(const Site& site);
};

} // namespace ms
