#include "LifecycleHarness.h"

#include "TestSupport.h"
#include "inventory/Inventory.h"
#include "lifecycle/PlatformCore.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QFile>

LifecycleHarness::LifecycleHarness() = default;

LifecycleHarness::~LifecycleHarness()
{
    m_orchestrator.reset();
    m_audit.reset();
    m_db.reset();
}

bool LifecycleHarness::init(QString* why, ms::SecretStore* secrets)
{
    auto fail = [&](const QString& reason) {
        *why = reason;
        return false;
    };
    if (!m_dir.isValid())
        return fail(QStringLiteral("no temporary folder"));
    if (!m_registry.build(TestSupport::fixturePath(QStringLiteral("lifecycle/registry.json")),
                          root() + QStringLiteral("/registry"), why))
        return false;
    if (!TestSupport::copyTree(TestSupport::fixturePath(QStringLiteral("lifecycle/site")), siteDir()))
        return fail(QStringLiteral("cannot copy the site fixture"));
    auto db = ms::Database::open(dbPath());
    if (!db)
        return fail(db.error().toString());
    m_db = std::move(*db);
    m_audit = std::make_unique<ms::AuditLog>(*m_db);
    ms::Inventory inventory(*m_db);
    auto scanned = inventory.addAndScan({appsDir()});
    if (!scanned)
        return fail(scanned.error().toString());
    if (auto site = inventory.site(QStringLiteral("clinic")); !site)
        return fail(site.error().toString());
    if (auto set
        = ms::SettingsRepository(*m_db).setValue(ms::PlatformCore::settingKey(), QStringLiteral("1.5.0"));
        !set)
        return fail(set.error().toString());
    ms::OperationQueue::Policy policy;
    policy.initialBackoffMs = 10;
    m_orchestrator
        = std::make_unique<ms::Orchestrator>(*m_db, m_audit.get(), secrets, ms::Clock::system(), policy);
    m_fetcher.addRegistry(m_registry.catalog().registry(), m_registry.dir());
    m_orchestrator->setCatalog(m_registry.catalog());
    m_orchestrator->setFetcher(&m_fetcher);
    return true;
}

ms::OperationRequest LifecycleHarness::request(ms::OperationRequest::Kind kind, const QStringList& modules)
{
    ms::OperationRequest r;
    r.kind = kind;
    r.site = QStringLiteral("clinic");
    r.modules = modules;
    r.requestedBy = QStringLiteral("tests");
    return r;
}

std::unique_ptr<ms::Operation> LifecycleHarness::run(const ms::OperationRequest& request)
{
    std::unique_ptr<ms::Operation> operation(m_orchestrator->submit(request));
    operation->exec();
    return operation;
}

bool LifecycleHarness::install(const QStringList& modules)
{
    auto operation = run(request(ms::OperationRequest::Kind::Install, modules));
    if (operation->error().isError()) {
        qWarning("install %s failed: %s", qPrintable(modules.join(u' ')),
                 qPrintable(operation->error().toString() + u' ' + operation->error().detail()));
        return false;
    }
    return true;
}

int LifecycleHarness::reloads() const
{
    QFile log(appsDir() + QStringLiteral("/reloads.log"));
    if (!log.open(QIODevice::ReadOnly))
        return 0;
    return int(log.readAll().count('\n'));
}
