#pragma once

#include "core/Error.h"
#include "discovery/PortAllocator.h"
#include "health/HealthSettings.h"
#include "licensing/LicenseVerifier.h"
#include "registry/Catalog.h"
#include "store/AuditRecord.h"
#include "store/RegistryRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <memory>
#include <optional>

namespace ms {

class ConsoleServices;

/// One hour of the dashboard's chart: every site's probe samples added up.
struct HourlyHealth
{
    QDateTime start;
    qint64 samples = 0;
    qint64 failures = 0;
    qint64 latencyP50Us = -1; ///< the sample-weighted median of the sites' medians; −1 without passes
};

/// An installed module whose catalog entry says it needs a license.
struct LicensedModule
{
    QString site;
    QString module;
};

/// What the dashboard shows that comes from the database and the sites' folders, read in one
/// go on a pool thread (DashboardData::load). The live health states come from the monitor.
struct DashboardData
{
    Q_DECLARE_TR_FUNCTIONS(DashboardData)

public:
    Error error; ///< the first read that failed; the figures it would have given stay empty
    int appsDirs = 0;
    int sites = 0; ///< present sites (missing ones left out)
    QStringList siteNames;
    int modules = 0; ///< installed modules over every present site
    int operationsToday = 0; ///< audited successes and failures since local midnight
    QList<AuditRecord> recentOperations; ///< the latest successes and failures, newest first
    QList<PortConflict> conflicts; ///< conflicts to fix (a site's own listening port left out)
    QList<RegistryRecord> failedRegistries; ///< registries whose last refresh failed
    QList<LicensedModule> licensed;
    std::optional<LicenseVerifier> verifier; ///< every trusted vendor key; empty when none could be read
    QString installationId;
    QList<HourlyHealth> hours; ///< the last 24 hours, oldest first

    /// How many operations recentOperations holds at most.
    static constexpr int RecentOperations = 8;

    /// Reads everything through @p services (thread-safe reads only; call it on a pool
    /// thread). @p now decides "today" and the chart's last 24 hours; @p catalog (taken on
    /// the GUI thread, where it changes) says which modules need a license.
    static DashboardData load(ConsoleServices& services, const QDateTime& now,
                              const RetentionSettings& retention, std::shared_ptr<const Catalog> catalog);
};

} // namespace ms
