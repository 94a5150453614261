#pragma once

#include "core/Result.h"
#include "registry/TransferSink.h"

#include <QCoreApplication>
#include <QFile>
#include <QLockFile>
#include <QString>
#include <memory>

namespace ms {

/// A download in progress on disk: the bytes received so far in a ".part" file that a later
/// attempt resumes, guarded by a lock file so that two downloads of the same file never
/// write it at once. Nothing here decides whether the bytes are good — the caller verifies
/// the whole file and then promotes or removes it.
class PartialFile : public TransferSink
{
    Q_DECLARE_TR_FUNCTIONS(PartialFile)

public:
    explicit PartialFile(QString path);
    ~PartialFile() override;

    /// Creates the folder, takes the lock and opens the file for appending, keeping what an
    /// earlier attempt left. Conflict when another download holds the lock; Io otherwise.
    [[nodiscard]] Status open();
    const QString& path() const { return m_path; }

    qint64 offset() const override;
    Status restart() override;
    Status write(const QByteArray& data) override;

    /// Flushes the file and closes it; the lock stays until release(). Not fsynced: what the
    /// file holds is verified before any use, and a file a crash cut short fails that.
    [[nodiscard]] Status close();
    /// Closes and deletes the file: after a hard failure, so that bad bytes are never resumed.
    void remove();
    /// Closes the file (keeping it for a later attempt) and releases the lock.
    void release();

private:
    static constexpr qint64 WritebackBytes = 4 * 1024 * 1024;

    QString m_path;
    QFile m_file;
    std::unique_ptr<QLockFile> m_lock;
    qint64 m_unflushed = 0; ///< bytes written since the last writeback hint
};

} // namespace ms
