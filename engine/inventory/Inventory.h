#pragma once

#include "core/Result.h"
#include "discovery/ContextResolver.h"
#include "discovery/PortAllocator.h"
#include "discovery/SiteScanner.h"
#include "store/SiteRepository.h"

#include <QObject>
#include <QPointer>

namespace ms {

class AuditLog;
class Database;
class SiteWatcher;
class ScanJob;

/// The site inventory as the CLI and the console use it: the apps directories an
/// administrator added, their scans recorded in the store, port and domain conflicts and
/// their fix, and which site serves a domain, a port or a business context.
///
/// Every call uses the calling thread's database connection, so the synchronous calls may
/// run on a pool thread; the console uses the job variants. Each scan covers every
/// registered apps directory, so derived ports and conflicts always see the whole platform
/// (a scan of 1,000 sites takes a few tens of milliseconds).
class Inventory : public QObject
{
    Q_OBJECT

public:
    /// The setting naming the admin site that answers when nothing else matches.
    static constexpr const char* FallbackSiteSetting = "context.fallback_site";

    struct ScanOutcome
    {
        QStringList appsDirs;                 ///< what was scanned
        SiteRepository::ScanSummary summary;  ///< what changed in the store
        QList<ScanProblem> problems;          ///< files that could not be read, with file and line
    };

    struct PortReport
    {
        QList<PortConflict> conflicts; ///< every conflict, shared domains and busy ports included
        PortPlan plan;                 ///< the moves a fix would make
    };

    struct FixOutcome
    {
        PortPlan plan;           ///< the moves that were attempted
        PortApplyReport applied; ///< the files changed and their backups, and any failures
        ScanOutcome rescan;      ///< the rescan that recorded the new ports
    };

    /// @p database and @p audit (optional) must outlive the inventory.
    explicit Inventory(Database& database, AuditLog* audit = nullptr, QObject* parent = nullptr);
    ~Inventory() override;

    void setScanOptions(const ScanOptions& options) { m_options = options; }

    /// For an inventory that describes another machine or another time (a snapshot): port
    /// reports leave out what listens on this machine now.
    void setOffline(bool offline) { m_offline = offline; }
    bool isOffline() const { return m_offline; }
    const ScanOptions& scanOptions() const { return m_options; }

    /// The registered apps directories.
    [[nodiscard]] Result<QStringList> appsDirs() const;
    /// Registers @p dirs (made absolute; each must be a directory) and scans every registered
    /// directory. Recorded in the audit log.
    [[nodiscard]] Result<ScanOutcome> addAndScan(const QStringList& dirs);
    /// Scans every registered directory again.
    [[nodiscard]] Result<ScanOutcome> rescan();
    /// Forgets @p dir; its sites stay in the inventory, marked missing.
    [[nodiscard]] Status removeAppsDir(const QString& dir);

    [[nodiscard]] Result<QList<Site>> sites() const;
    [[nodiscard]] Result<Site> site(const QString& name) const;
    [[nodiscard]] Status setTitleOverride(const QString& site, const QString& title);

    /// Conflicts among the recorded sites (missing sites left out) and with the ports
    /// listening on this machine now, and the fix that would resolve them.
    [[nodiscard]] Result<PortReport> ports() const;
    /// Applies the fix: each moved site's .env (or site.json) is rewritten with a backup
    /// beside it, the inventory rescanned and every move audited. Moves that fail leave their
    /// files unchanged and are reported.
    [[nodiscard]] Result<FixOutcome> fixPorts();

    /// The site that serves @p host / @p port / @p context, with the fallback site when none does.
    [[nodiscard]] Result<ContextMatch> byDomain(const QString& host) const;
    [[nodiscard]] Result<ContextMatch> byPort(int port) const;
    [[nodiscard]] Result<ContextMatch> byContext(const QString& context) const;
    /// The configured fallback (default "admin").
    QString fallbackSite() const;

    /// addAndScan() (or rescan() when @p dirs is empty) on the thread pool.
    ScanJob* scanJob(const QStringList& dirs = {});

    /// Watches the registered apps directories and rescans (debounced) when a site's files
    /// change, emitting sitesChanged(). Off by default.
    void setWatching(bool on);
    bool isWatching() const { return m_watcher != nullptr; }

Q_SIGNALS:
    /// The recorded inventory changed (a scan, a fix, a title edit, a change on disk).
    void sitesChanged();

private:
    friend class ScanJob;
    Result<ScanOutcome> scanAll(const QStringList& dirs);
    Result<ContextResolver> resolver() const;
    void restartWatcher();
    void onDiskChanged();

    Database& m_database;
    AuditLog* m_audit;
    ScanOptions m_options;
    SiteWatcher* m_watcher = nullptr;
    QPointer<ScanJob> m_watchRescan;
    bool m_watchRescanAgain = false;
    bool m_offline = false;
};

} // namespace ms
