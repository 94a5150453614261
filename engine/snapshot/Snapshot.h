#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <memory>

class QTemporaryDir;

namespace ms {

class Database;

/// Where and when a snapshot was taken.
struct SnapshotInfo
{
    QDateTime takenAt;      ///< UTC
    QString host;           ///< the machine it was taken on
    QString takenBy;        ///< the OS user
    QString source;         ///< the database it copies (a path, or a URL without password)
    QString programVersion; ///< the Mothership that wrote it
    int schemaVersion = 0;
    qint64 rows = 0;        ///< rows copied
};

/// An inventory snapshot: one SQLite file with a consistent copy of every table of a
/// Mothership database, taken inside one read transaction, plus a snapshot_info table. The
/// database never holds secrets (license keys, tokens and passwords live in the keychain;
/// .env values other than ports, domains and flags are never stored), so neither does a
/// snapshot. Opening one works on a private copy, read-only, with no network.
class Snapshot
{
    Q_DECLARE_TR_FUNCTIONS(Snapshot)

public:
    /// Writes a snapshot of @p source to @p file (replaced atomically).
    [[nodiscard]] static Result<SnapshotInfo> exportTo(Database& source, const QString& file);

    /// Reads only the snapshot_info of @p file. Parse when it is not a snapshot.
    [[nodiscard]] static Result<SnapshotInfo> readInfo(const QString& file);

    /// Opens @p file read-only: the returned database refuses every write. The snapshot file
    /// itself is never opened for writing (a private copy is, to bring an older schema up
    /// to date); the copy goes with the Snapshot.
    [[nodiscard]] static Result<std::unique_ptr<Snapshot>> open(const QString& file);
    ~Snapshot();

    Database& database() { return *m_database; }
    const SnapshotInfo& info() const { return m_info; }
    const QString& file() const { return m_file; }

private:
    Snapshot() = default;

    QString m_file;
    SnapshotInfo m_info;
    std::unique_ptr<QTemporaryDir> m_copyDir;
    std::unique_ptr<Database> m_database;
};

} // namespace ms
