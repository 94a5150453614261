#include "lifecycle/RegistryPackageFetcher.h"

#include "registry/PackageDownloadJob.h"
#include "registry/RegistryService.h"

namespace ms {

namespace {

/// Runs one download job and reports its verified file as the lifecycle expects it.
class RegistryFetchJob : public FetchJob
{
public:
    RegistryFetchJob(RegistryService& service, PackageRef ref, QObject* parent)
        : FetchJob(parent)
        , m_service(service)
        , m_ref(std::move(ref))
    {
    }

    void start() override
    {
        // The registry that offers the version in the catalog the plan was made from.
        Result<PackageSource> source = m_ref.registry.isEmpty()
            ? m_service.packageSource(m_ref.module, m_ref.version)
            : m_service.packageSource(m_ref.registry, m_ref.module, m_ref.version);
        if (!source)
            return finish(source.error());
        m_download = m_service.download(*source, this);
        connect(m_download, &Job::progress, this, &Job::progress);
        connect(m_download, &Job::finished, this, [this] {
            if (!m_download->succeeded())
                return finish(m_download->error());
            const DownloadedPackage& got = m_download->result();
            // The download cache keeps verified packages for later installs; the lifecycle
            // must not delete them.
            setPackage({got.path, false});
            finish();
        });
        m_download->start();
    }

protected:
    void onCancel() override
    {
        if (m_download)
            m_download->cancel();
    }

private:
    RegistryService& m_service;
    PackageRef m_ref;
    PackageDownloadJob* m_download = nullptr;
};

} // namespace

RegistryPackageFetcher::RegistryPackageFetcher(RegistryService& service)
    : m_service(service)
{
}

FetchJob* RegistryPackageFetcher::fetch(const PackageRef& ref, QObject* parent)
{
    return new RegistryFetchJob(m_service, ref, parent);
}

} // namespace ms
