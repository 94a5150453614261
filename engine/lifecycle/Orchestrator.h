#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "lifecycle/LicenseGate.h"
#include "lifecycle/OperationQueue.h"
#include "lifecycle/OperationRequest.h"
#include "registry/Catalog.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace ms {

class AuditLog;
class Database;
class Operation;
class PackageFetcher;
class RecoverJob;
class SecretStore;

/// One installed module of a site as `mothershipctl modules` shows it: the lock file and the
/// links say what is active, the database what state it is in.
struct ModuleStatus
{
    QString module;
    Version version; ///< in the lock
    bool enabled = false;
    QString state; ///< from module_states; derived from the lock ("running"/"installed") when untracked
    bool tracked = false; ///< the database has a row for it
    QString targetVersion; ///< an operation is moving it there
    QString reason;
    QDateTime updatedAt;
    qint64 operationId = 0;
    std::optional<Version> current; ///< where `current` points
    std::optional<Version> previous; ///< where `previous` points
    QList<Version> versionsOnDisk;
};

/// The lifecycle's front door: install, upgrade, enable, disable, roll back and uninstall
/// modules on sites, each as an Operation that waits its turn in an OperationQueue, and
/// recovery of operations a crash interrupted.
///
/// An operation runs in this order (docs/lifecycle.md has the details):
///  1. it takes the site's SiteLock (waiting, without blocking a thread, while another
///     operation — in this process or another — has it), recovers what an earlier crash
///     left on this site, and plans (OperationPlanner);
///  2. license keys are verified for every module that needs one, before anything is
///     fetched (LicenseGate; keys from files or the keychain, never the database);
///  3. the journal is written (durably) before the first change;
///  4. module by module: fetch (PackageFetcher), unpack into staging, check the manifest
///     against the catalog entry, activate (LocalTarget), each transition recorded;
///  5. the site's reload_command runs; the journal commits; clean-up and retention.
/// A failure anywhere before the commit rolls everything back through Recovery, leaving the
/// site, its lock file and its module rows as they were.
///
/// Lives on a thread with an event loop (the GUI thread); blocking work goes to the pool.
class Orchestrator : public QObject
{
    Q_OBJECT

public:
    static QString keepVersionsSetting() { return QStringLiteral("lifecycle.keep_versions"); }

    /// @p database, @p audit (may be null), @p secrets (may be null: no keychain) and
    /// @p clock must outlive the orchestrator.
    Orchestrator(Database& database, AuditLog* audit, SecretStore* secrets,
                 const Clock& clock = Clock::system(), const OperationQueue::Policy& policy = {},
                 QObject* parent = nullptr);
    ~Orchestrator() override;

    /// The modules on offer (usually a merged view of the trusted registries).
    void setCatalog(const Catalog& catalog) { m_catalog = catalog; }
    const Catalog& catalog() const { return m_catalog; }
    /// Where packages come from; not owned, must outlive the operations.
    void setFetcher(PackageFetcher* fetcher) { m_fetcher = fetcher; }
    PackageFetcher* fetcher() const { return m_fetcher; }
    /// How long an operation waits for another one to release its site; 10 minutes by default.
    void setSiteLockTimeoutMs(int ms) { m_siteLockTimeoutMs = ms; }
    int siteLockTimeoutMs() const { return m_siteLockTimeoutMs; }

    /// An operation for @p request, not started yet: connect to it, then start() queues it.
    /// The orchestrator must outlive it.
    Operation* submit(const OperationRequest& request, QObject* parent = nullptr);
    /// A job that finishes what crashes interrupted, on every site (see Recovery).
    RecoverJob* recover(QObject* parent = nullptr);

    /// The installed modules of @p site, by name. Reads only.
    [[nodiscard]] Result<QList<ModuleStatus>> modules(const QString& site) const;
    /// Puts a running module into maintenance, or takes it out (a state change only).
    [[nodiscard]] Status setMaintenance(const QString& site, const QString& module, bool on);

    LicenseGate licenses() const { return LicenseGate(m_database, m_clock); }
    OperationQueue* queue() const { return m_queue; }
    Database& database() const { return m_database; }
    AuditLog* audit() const { return m_audit; }
    SecretStore* secrets() const { return m_secrets; }
    const Clock& clock() const { return m_clock; }

private:
    Database& m_database;
    AuditLog* m_audit;
    SecretStore* m_secrets;
    const Clock& m_clock;
    OperationQueue* m_queue;
    Catalog m_catalog;
    PackageFetcher* m_fetcher = nullptr;
    int m_siteLockTimeoutMs = 600'000;
};

} // namespace ms
