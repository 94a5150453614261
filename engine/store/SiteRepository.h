#pragma once

#include "core/Result.h"
#include "discovery/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

class Database;

/// The site inventory: tables sites, site_domains and site_plugins. Safe to use from any
/// thread; each call runs on the calling thread's connection, every write in one transaction.
class SiteRepository
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    /// What applyScan() did.
    struct ScanSummary
    {
        int added = 0; ///< new sites inserted
        int updated = 0; ///< known sites whose scanned fields changed (a reappearance included)
        int missing = 0; ///< sites under the scanned apps dirs that the scan did not find
        int unchanged = 0; ///< known sites found exactly as stored

        bool operator==(const ScanSummary&) const = default;
    };

    /// @p database must outlive the repository.
    explicit SiteRepository(Database& database);

    /// Every site, sorted by name, with domains and plugins.
    [[nodiscard]] Result<QList<Site>> list() const;
    /// NotFound (subject: the name) when there is no such site.
    [[nodiscard]] Result<Site> findByName(const QString& name) const;
    [[nodiscard]] Result<Site> findById(qint64 id) const;

    /// Records the result of scanning @p appsDirs, keyed by site name: scanned fields of known
    /// sites are updated in place (their id, first_seen and title override are kept), new
    /// sites are inserted, and sites stored under one of @p appsDirs that @p scanned lacks are
    /// marked SiteStatus::Missing — never deleted; they take their scanned status again when
    /// they reappear. Every site in @p scanned gets last_seen = now. All or nothing; a name
    /// that occurs twice in @p scanned is a Conflict naming it.
    [[nodiscard]] Result<ScanSummary> applyScan(const QStringList& appsDirs, const QList<Site>& scanned);

    /// Sets the title an administrator chose (survives rescans); an empty @p title removes it.
    [[nodiscard]] Status setTitleOverride(const QString& name, const QString& title);
    /// Deletes the site with its domains and plugins. NotFound when absent.
    [[nodiscard]] Status remove(const QString& name);
    /// Records a port chosen outside a scan (e.g. a conflict fix). InvalidArgument (field
    /// "port") outside 0–65535, NotFound for an unknown site.
    [[nodiscard]] Status updatePort(const QString& name, int port, PortSource source, const QString& key);

private:
    Result<Site> findOne(const QString& where, const QVariant& value, const QString& subject) const;

    Database& m_database;
};

} // namespace ms
