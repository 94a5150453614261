#include "snapshot/SnapshotJob.h"

namespace ms {

SnapshotJob::SnapshotJob(Database& source, QString file, QObject* parent)
    : Job(parent)
    , m_source(source)
    , m_file(std::move(file))
{
}

void SnapshotJob::start()
{
    Q_EMIT progress(0, 0, tr("Writing the snapshot"));
    runInPool([this] { return Snapshot::exportTo(m_source, m_file); },
              [this](const Result<SnapshotInfo>& info) {
                  if (!info)
                      return finish(info.error());
                  m_info = *info;
                  finish();
              });
}

} // namespace ms
