#pragma once

#include "core/Result.h"

#include <QObject>

#include <memory>

namespace ms {

class AuditLog;
class Database;
class Inventory;

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
    ~ConsoleServices() override;

    Database& database() { return *m_database; }
    AuditLog& audit() { return *m_audit; }
    Inventory& inventory() { return *m_inventory; }

private:
    ConsoleServices() = default;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<Inventory> m_inventory;
};

} // namespace ms
