#pragma once

#include "core/Job.h"
#include "registry/RegistryRefreshJob.h"
#include "registry/RegistryService.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QStringList>

namespace ms {

/// RegistryService's load() and refresh(): brings the service's registries up to date and
/// ends with a new merged catalog and search index, which the service adopts when the job
/// finishes. It fails only when the registries cannot be read at all or a named registry
/// does not exist; each registry's own trouble is in its LoadedRegistry::problem and, for a
/// refresh, in results().
class RegistrySyncJob : public Job
{
    Q_OBJECT

public:
    enum class Mode {
        Load, ///< verify the cached catalogs again
        Refresh, ///< fetch new catalogs from the registries
    };

    ~RegistrySyncJob() override;
    void start() override;
    Mode mode() const { return m_mode; }

    /// For a refresh: one result per registry refreshed (failures included), by name.
    const QList<RegistryRefreshResult>& results() const { return m_results; }
    /// Registries whose refresh failed.
    int failures() const;

protected:
    void onCancel() override;

private:
    friend class RegistryService;
    struct Snapshot;

    RegistrySyncJob(RegistryService& service, Mode mode, QStringList names, QObject* parent);
    void begin();
    void startRefreshes();
    void refreshFinished(RegistryRefreshJob* job);
    void merge();
    /// Hands the state to the service (when @p adoptState) and finishes with @p error.
    void end(const Error& error, bool adoptState);

    QPointer<RegistryService> m_service;
    bool m_begun = false;
    Mode m_mode;
    QStringList m_names;
    QDateTime m_now;

    QList<LoadedRegistry> m_registries; ///< the new state, adopted by the service at the end
    std::shared_ptr<const Catalog> m_catalog;
    std::shared_ptr<const CatalogIndex> m_index;

    QStringList m_pending;
    QList<QPointer<RegistryRefreshJob>> m_active;
    int m_total = 0;
    QList<RegistryRefreshResult> m_results;
};

} // namespace ms
