#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace ms {

/// Durable file replacement: write to a temporary name beside the target, flush and fsync
/// it, rename it over the target, then fsync the directory so the rename itself survives a
/// power cut. Readers see the old content or the new, never a mix.
class AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFile)

public:
    enum class Durability {
        Synced, ///< the new content survives a power cut once write() returns
        /// Readers still see the old content or the new, but a crash may leave either, or
        /// the new one cut short: for caches whose files are verified before each use.
        Unsynced,
    };

    /// Replaces @p path with @p data. On failure the old file is untouched and the
    /// temporary file removed; the error names the path.
    [[nodiscard]] static Status write(const QString& path, const QByteArray& data,
                                      Durability durability = Durability::Synced);

    /// fsyncs the directory @p dir (after a rename, a link or an unlink inside it).
    [[nodiscard]] static Status syncDirectory(const QString& dir);

private:
    [[nodiscard]] static Status writeUnsynced(const QString& path, const QByteArray& data);
};

} // namespace ms
