#include "ConsoleServices.h"

#include "audit/AuditLog.h"
#include "inventory/Inventory.h"
#include "store/Database.h"

#include <QThreadPool>

namespace ms {

Result<std::unique_ptr<ConsoleServices>> ConsoleServices::open(const QString& location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    std::unique_ptr<ConsoleServices> services(new ConsoleServices);
    services->m_database = std::move(*db);
    services->m_audit = std::make_unique<AuditLog>(*services->m_database);
    services->m_inventory = std::make_unique<Inventory>(*services->m_database, services->m_audit.get());
    return services;
}

ConsoleServices::~ConsoleServices()
{
    // Work started with runAsync() may still be reading through these services.
    QThreadPool::globalInstance()->waitForDone();
    // The inventory may still hold a watcher and a scan job; they go before the database.
    m_inventory.reset();
    m_audit.reset();
    m_database.reset();
}

} // namespace ms
