#include "ConsoleServices.h"

#include "audit/AuditLog.h"
#include "inventory/Inventory.h"
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
    // The inventory may still hold a watcher and a scan job; they go before the database.
    m_inventory.reset();
    m_audit.reset();
    m_ownDatabase.reset();
    m_snapshot.reset();
}

} // namespace ms
