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
    /// Replaces @p path with @p data. On failure the old file is untouched and the
    /// temporary file removed; the error names the path.
    [[nodiscard]] static Status write(const QString& path, const QByteArray& data);

    /// fsyncs the directory @p dir (after a rename, a link or an unlink inside it).
    [[nodiscard]] static Status syncDirectory(const QString& dir);
};

} // namespace ms
