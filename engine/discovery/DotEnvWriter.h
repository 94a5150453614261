#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "discovery/BackupFile.h"
#include "discovery/DotEnv.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ms {

/// Changes one key of a `.env` file in place. Everything else stays byte for byte:
/// comments, blank lines, order, `export`, the quoting style of the changed value (unless
/// the new value cannot be written in it), a trailing comment on its line, CRLF line ends,
/// a byte-order mark. A key that is set several times has its last assignment changed (the
/// one that counts); an absent key is appended at the end with the file's line ending.
class DotEnvWriter
{
    Q_DECLARE_TR_FUNCTIONS(DotEnvWriter)

public:
    /// @p original with @p key set to @p value. Fails when @p original does not parse (the
    /// error names fileName:line — a file we do not understand is not edited) or @p key is
    /// not a valid name.
    [[nodiscard]] static Result<QByteArray> withValue(QByteArrayView original, const QString& fileName,
                                                      const QString& key, const QString& value);

    /// Sets @p key to @p value in the file at @p path: reads it, writes a backup beside it
    /// (BackupFile), then replaces it through ms::AtomicFile. A missing file is created with
    /// mode 0600 and no backup. On failure the file is unchanged and the error names it.
    [[nodiscard]] static Result<FileChange> setValue(const QString& path, const QString& key,
                                                     const QString& value,
                                                     const Clock& clock = Clock::system());

    /// @p value as it would be written after "KEY=" in style @p style: unquoted when it
    /// needs no quotes, single-quoted when it can be, double-quoted with escapes otherwise.
    static QByteArray encode(const QString& value, DotEnv::Quote style);
};

} // namespace ms
