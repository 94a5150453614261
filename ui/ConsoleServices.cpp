#include "ConsoleServices.h"

#include "audit/AuditLog.h"
#include "common/Async.h"
#include "health/HealthMonitor.h"
#include "health/ProbeConfig.h"
#include "inventory/Inventory.h"
#include "lifecycle/Orchestrator.h"
#include "lifecycle/RegistryPackageFetcher.h"
#include "registry/RegistryCache.h"
#include "registry/RegistryService.h"
#include "registry/RegistrySyncJob.h"
#include "secrets/SecretStore.h"
#include "snapshot/Snapshot.h"
#include "store/Database.h"

#include <QThreadPool>

namespace ms {

Result<std::unique_ptr<ConsoleServices>> ConsoleServices::open(const QString& location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    std::unique_ptr<ConsoleServices> services(new ConsoleServices);
    services->m_ownDatabase = std::move(*db);
    services->m_database = services->m_ownDatabase.get();
    services->createServices();
    return services;
}

Result<std::unique_ptr<ConsoleServices>> ConsoleServices::openSnapshot(const QString& file)
{
    auto snapshot = Snapshot::open(file);
    if (!snapshot)
        return snapshot.error();
    std::unique_ptr<ConsoleServices> services(new ConsoleServices);
    services->m_snapshot = std::move(*snapshot);
    services->m_database = &services->m_snapshot->database();
    services->createServices();
    services->m_inventory->setOffline(true);
    return services;
}

void ConsoleServices::createServices()
{
    m_audit = std::make_unique<AuditLog>(*m_database);
    m_inventory = std::make_unique<Inventory>(*m_database, m_audit.get());
    m_secrets = std::make_unique<SecretStore>();
    m_registries = std::make_unique<RegistryService>(*m_database, RegistryCache::defaultRoot(m_database->location()),
                                                     m_database->clock(), m_audit.get());
    m_fetcher = std::make_unique<RegistryPackageFetcher>(*m_registries);
    m_orchestrator = std::make_unique<Orchestrator>(*m_database, m_audit.get(), m_secrets.get(), m_database->clock());
    m_orchestrator->setFetcher(m_fetcher.get());
    connect(m_registries.get(), &RegistryService::catalogChanged, this, [this] {
        if (const auto catalog = m_registries->catalog())
            m_orchestrator->setCatalog(*catalog);
    });
    m_health = std::make_unique<HealthMonitor>(*m_database, m_database->clock());
}

void ConsoleServices::startBackgroundWork()
{
    if (isReadOnly())
        return;
    // The cached catalogs first (verified again, no network), so the catalog is there at
    // once; then every registry is refreshed (conditional requests: an unchanged catalog
    // costs one round trip), so a registry added elsewhere or a new release shows up
    // without a trip to Settings. The service runs its jobs one after the other.
    RegistrySyncJob* load = m_registries->load(this);
    connect(load, &Job::finished, load, &QObject::deleteLater);
    load->start();
    RegistrySyncJob* refresh = m_registries->refresh({}, this);
    connect(refresh, &Job::finished, refresh, &QObject::deleteLater);
    Q_EMIT backgroundJobStarted(refresh, tr("Refreshing the registries"));
    refresh->start();

    (void)m_health->loadSettings();
    auto applyProbes = [this] {
        Inventory* inventory = m_inventory.get();
        runAsync(this, [inventory] { return inventory->sites(); }, [this](const Result<QList<Site>>& sites) {
            if (!sites)
                return;
            QList<Site> present;
            QStringList names;
            for (const Site& s : *sites) {
                if (s.status == SiteStatus::Missing)
                    continue;
                present << s;
                names << s.name;
            }
            m_health->setProbes(ProbeConfig::forSites(present), names);
            if (!m_health->isRunning())
                m_health->start();
        });
    };
    connect(m_inventory.get(), &Inventory::sitesChanged, this, applyProbes, Qt::QueuedConnection);
    applyProbes();
}

const SnapshotInfo* ConsoleServices::snapshotInfo() const
{
    return m_snapshot ? &m_snapshot->info() : nullptr;
}

QString ConsoleServices::snapshotFile() const
{
    return m_snapshot ? m_snapshot->file() : QString();
}

ConsoleServices::~ConsoleServices()
{
    // Work started with runAsync() may still be reading through these services.
    QThreadPool::globalInstance()->waitForDone();
    // Probing and operations stop first, then what they use; the database goes last.
    m_health.reset();
    m_orchestrator.reset();
    m_fetcher.reset();
    m_registries.reset();
    m_secrets.reset();
    // The inventory may still hold a watcher and a scan job; they go before the database.
    m_inventory.reset();
    m_audit.reset();
    m_ownDatabase.reset();
    m_snapshot.reset();
}

} // namespace ms
