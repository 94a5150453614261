#include "DashboardData.h"

#include "ConsoleServices.h"
#include "audit/AuditLog.h"
#include "health/HealthHistory.h"
#include "inventory/Inventory.h"
#include "lifecycle/Orchestrator.h"
#include "registry/RegistryService.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr qint64 HourMs = 3600LL * 1000;

void keepFirst(Error& into, const Error& error)
{
    if (!into.isError() && error.isError())
        into = error;
}

} // namespace

DashboardData DashboardData::load(ConsoleServices& services, const QDateTime& now,
                                  const RetentionSettings& retention, std::shared_ptr<const Catalog> catalog)
{
    DashboardData data;
    if (auto dirs = services.inventory().appsDirs())
        data.appsDirs = int(dirs->size());
    else
        keepFirst(data.error, dirs.error());

    QList<Site> present;
    if (auto sites = services.inventory().sites()) {
        for (const Site& s : *sites) {
            if (s.status != SiteStatus::Missing)
                present << s;
        }
    } else {
        keepFirst(data.error, sites.error());
    }
    data.sites = int(present.size());

    // Installed modules, and those the catalog says need a license.
    for (const Site& s : std::as_const(present)) {
        data.siteNames << s.name;
        auto modules = services.orchestrator().modules(s.name);
        if (!modules) {
            keepFirst(data.error, modules.error());
            continue;
        }
        data.modules += int(modules->size());
        for (const ModuleStatus& m : std::as_const(*modules)) {
            const CatalogVersion* entry = catalog ? catalog->find(m.module, m.version) : nullptr;
            if (entry && entry->licenseRequired)
                data.licensed.append({s.name, m.module});
        }
    }
    if (!data.licensed.isEmpty()) {
        const LicenseGate gate = services.orchestrator().licenses();
        if (auto verifier = gate.verifier())
            data.verifier = *verifier;
        if (auto id = gate.installationId())
            data.installationId = *id;
    }

    // Today's operations: what succeeded or failed since local midnight (events are not
    // operations).
    AuditFilter today;
    today.since = QDateTime(now.toLocalTime().date(), QTime(0, 0)).toUTC();
    if (auto entries = services.audit().entries(today)) {
        for (const AuditRecord& r : std::as_const(*entries)) {
            if (r.outcome != AuditRecord::Outcome::Info)
                ++data.operationsToday;
        }
    } else {
        keepFirst(data.error, entries.error());
    }
    AuditFilter recent;
    recent.limit = 200;
    if (auto entries = services.audit().entries(recent)) {
        for (const AuditRecord& r : std::as_const(*entries)) {
            if (r.outcome == AuditRecord::Outcome::Info)
                continue;
            data.recentOperations << r;
            if (data.recentOperations.size() == RecentOperations)
                break;
        }
    } else {
        keepFirst(data.error, entries.error());
    }

    if (auto ports = services.inventory().ports()) {
        for (const PortConflict& c : std::as_const(ports->conflicts)) {
            if (c.kind != ConflictKind::InUseOnMachine)
                data.conflicts << c;
        }
    } else {
        keepFirst(data.error, ports.error());
    }

    if (auto registries = services.registries().list()) {
        for (const RegistryRecord& r : std::as_const(*registries)) {
            if (r.enabled && r.lastOutcome == RegistryRefreshOutcome::Failed)
                data.failedRegistries << r;
        }
    } else {
        keepFirst(data.error, registries.error());
    }

    // The chart: hour buckets ending with the current hour, every site added up.
    const qint64 end = (now.toMSecsSinceEpoch() / HourMs + 1) * HourMs;
    const TimeWindow window {QDateTime::fromMSecsSinceEpoch(end - 24 * HourMs, Qt::UTC),
                             QDateTime::fromMSecsSinceEpoch(end, Qt::UTC)};
    QList<QList<QPair<qint64, qint64>>> medians(24);
    for (int i = 0; i < 24; ++i)
        data.hours.append({window.from.addMSecs(i * HourMs), 0, 0, -1});
    const HealthHistory history(services.database(), services.database().clock(), retention);
    for (const QString& site : std::as_const(data.siteNames)) {
        auto series = history.series(HealthScope::ofSite(site), window, HourMs);
        if (!series) {
            // A site never probed has no history; that is not an error.
            if (series.error().code() != ErrorCode::NotFound)
                keepFirst(data.error, series.error());
            continue;
        }
        for (const SeriesPoint& p : std::as_const(*series)) {
            const int i = int((p.start.toMSecsSinceEpoch() - window.fromMs()) / HourMs);
            if (i < 0 || i >= 24)
                continue;
            data.hours[i].samples += p.samples;
            data.hours[i].failures += p.failures;
            if (p.latency.count > 0)
                medians[i].append({p.latency.p50Us, p.latency.count});
        }
    }
    for (int i = 0; i < 24; ++i) {
        if (!medians[i].isEmpty())
            data.hours[i].latencyP50Us = LatencySummary::weightedRank(medians[i], 50);
    }
    return data;
}

} // namespace ms
