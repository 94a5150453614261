#pragma once

#include "core/Result.h"

#include <QObject>

#include <memory>

namespace ms {

class AuditLog;
class Database;
class HealthMonitor;
class Inventory;
class Job;
class Orchestrator;
class RegistryPackageFetcher;
class RegistryService;
class SecretStore;
class Snapshot;
struct SnapshotInfo;

/// The engine services one console window works with, opened on one database. They are
/// thread-safe in the way the engine is (each thread its own connection), so the UI may
/// read them from runAsync() work.
class ConsoleServices : public QObject
{
    Q_OBJECT

public:
    /// Opens the database at @p location (a path or URL; empty for the default) and the
    /// services over it.
    [[nodiscard]] static Result<std::unique_ptr<ConsoleServices>> open(const QString& location);
    /// Opens the snapshot @p file read-only: every write is refused, nothing touches the
    /// network, and the console disables every action that would change something.
    [[nodiscard]] static Result<std::unique_ptr<ConsoleServices>> openSnapshot(const QString& file);
    ~ConsoleServices() override;

    /// True for a snapshot.
    bool isReadOnly() const { return m_snapshot != nullptr; }
    /// Where and when the snapshot was taken; nullptr for a live database.
    const SnapshotInfo* snapshotInfo() const;
    /// The snapshot's file; empty for a live database.
    QString snapshotFile() const;

    Database& database() { return *m_database; }
    AuditLog& audit() { return *m_audit; }
    Inventory& inventory() { return *m_inventory; }
    /// Registries, their merged catalog and search, verified downloads.
    RegistryService& registries() { return *m_registries; }
    /// Install, upgrade, enable, disable, rollback, uninstall; its catalog follows the
    /// registries' merged catalog and its packages come from them.
    Orchestrator& orchestrator() { return *m_orchestrator; }
    /// Probes, breakers, states and history of the sites and their modules.
    HealthMonitor& health() { return *m_health; }
    /// License keys and registry credentials in the OS keychain.
    SecretStore& secrets() { return *m_secrets; }

    /// What a live console does in the background once its window is up: load the
    /// registries' cached catalogs (verified again), and probe the sites' health with probes
    /// that follow the inventory. Nothing for a snapshot: it is looked at, never probed.
    void startBackgroundWork();

Q_SIGNALS:
    /// startBackgroundWork() started @p job (the window shows it while it runs).
    void backgroundJobStarted(Job* job, const QString& title);

private:
    ConsoleServices() = default;
    void createServices();

    std::unique_ptr<Snapshot> m_snapshot;
    std::unique_ptr<Database> m_ownDatabase;
    Database* m_database = nullptr;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Inventory> m_inventory;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RegistryService> m_registries;
    std::unique_ptr<RegistryPackageFetcher> m_fetcher;
    std::unique_ptr<Orchestrator> m_orchestrator;
    std::unique_ptr<HealthMonitor> m_health;
};

} // namespace ms
