#pragma once

#include "core/Clock.h"
#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ms {

/// A file the engine changed on an administrator's behalf, and where its old content went.
struct FileChange
{
    QString path; ///< absolute path of the changed file
    QString backupPath; ///< the copy of its previous content; empty when the file was created
    QString key; ///< the setting that changed ("PORT", "port")

    bool operator==(const FileChange&) const = default;
};

/// Backups written beside a file before the engine rewrites it.
///
/// The name is `<file>.<UTC time as yyyyMMddTHHmmssZ>.bak` — `.env.20260101T120000Z.bak` —
/// so backups sort by time, stay next to what they back up, and no reader mistakes them for
/// the file itself (a scan looks for `.env` and `site.json` by exact name). When that name
/// exists already (two changes in one second), `-2`, `-3`, … is added before `.bak`.
class BackupFile
{
    Q_DECLARE_TR_FUNCTIONS(BackupFile)

public:
    /// The name a backup of @p path taken at @p when gets, before any "-2" suffix.
    static QString nameFor(const QString& path, const QDateTime& when);

    /// Writes @p content (the file's current bytes, as read) to a new backup of @p path:
    /// created exclusively with @p path's permissions (a .env holds secrets), fsynced, and
    /// its directory fsynced. Returns the backup's path; on failure the error names it.
    [[nodiscard]] static Result<QString> write(const QString& path, const QByteArray& content,
                                               const Clock& clock);
};

} // namespace ms
