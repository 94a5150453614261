#pragma once

#include "core/Job.h"
#include "snapshot/Snapshot.h"

namespace ms {

/// Snapshot::exportTo() on the thread pool, for the console.
class SnapshotJob : public Job
{
    Q_OBJECT

public:
    SnapshotJob(Database& source, QString file, QObject* parent = nullptr);
    void start() override;
    /// Valid once finished without error.
    const SnapshotInfo& info() const { return m_info; }
    const QString& file() const { return m_file; }

private:
    Database& m_source;
    QString m_file;
    SnapshotInfo m_info;
};

} // namespace ms
