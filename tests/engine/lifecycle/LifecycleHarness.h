#pragma once

#include "SiteSnapshot.h"
#include "TestRegistry.h"
#include "audit/AuditLog.h"
#include "lifecycle/LocalPackageFetcher.h"
#include "lifecycle/Operation.h"
#include "lifecycle/Orchestrator.h"
#include "store/Database.h"
#include "targets/LocalTarget.h"

#include <QTemporaryDir>
#include <memory>

namespace ms {
class SecretStore;
}

/// A fresh world for one lifecycle test: a SQLite database, the fixture registry built into
/// a temporary folder, the fixture site "clinic" copied into an apps folder and scanned, the
/// platform core at 1.5.0, and an Orchestrator with a LocalPackageFetcher over the registry.
class LifecycleHarness
{
public:
    static constexpr const char* Site = "clinic";

    LifecycleHarness();
    ~LifecycleHarness();

    /// Sets everything up; false (with @p why) when something could not be made.
    /// @p secrets, when given, is the keychain the orchestrator uses.
    bool init(QString* why, ms::SecretStore* secrets = nullptr);

    ms::Database& db() { return *m_db; }
    ms::AuditLog& audit() { return *m_audit; }
    ms::Orchestrator& orchestrator() { return *m_orchestrator; }
    ms::LocalPackageFetcher& fetcher() { return m_fetcher; }
    const TestRegistry& registry() const { return m_registry; }
    QString root() const { return m_dir.path(); }
    QString appsDir() const { return m_dir.path() + QStringLiteral("/apps"); }
    QString siteDir() const { return appsDir() + QStringLiteral("/clinic"); }
    QString dbPath() const { return m_dir.path() + QStringLiteral("/mothership.db"); }
    ms::LocalTarget target() const { return ms::LocalTarget(siteDir()); }

    /// A request of @p kind for the site.
    static ms::OperationRequest request(ms::OperationRequest::Kind kind, const QStringList& modules);
    /// Runs @p request to its end in a local event loop.
    std::unique_ptr<ms::Operation> run(const ms::OperationRequest& request);
    /// Installs @p modules and fails the test (returns false) when that does not succeed.
    bool install(const QStringList& modules);

    SiteSnapshot snapshot() { return SiteSnapshot::take(siteDir(), *m_db, QStringLiteral("clinic")); }
    /// The reload command's log (one line per reload).
    int reloads() const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ms::Database> m_db;
    std::unique_ptr<ms::AuditLog> m_audit;
    std::unique_ptr<ms::Orchestrator> m_orchestrator;
    ms::LocalPackageFetcher m_fetcher;
    TestRegistry m_registry;
};
