#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>

namespace ms {

class Database;

/// The SQL behind inventory snapshots: copying every table of one database into another of
/// the same schema inside one read transaction, and the snapshot_info table.
class SnapshotStore
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotStore)

public:
    /// Copies every table of @p source (but the migrations table) into @p target, a fresh
    /// SQLite database at the same schema version, replacing its rows. @p source is read in
    /// one transaction (a consistent view even while others write); @p target is written in
    /// one. Returns the number of rows copied.
    [[nodiscard]] static Result<qint64> copy(Database& source, Database& target);

    /// Creates snapshot_info in @p target with @p info, and folds the WAL into the file so
    /// the snapshot is one self-contained file.
    [[nodiscard]] static Status finish(Database& target, const QMap<QString, QString>& info);

    /// snapshot_info of the SQLite file at @p path, read through a read-only connection that
    /// never changes the file. Parse (naming the path) when it is not a snapshot.
    [[nodiscard]] static Result<QMap<QString, QString>> readInfo(const QString& path);
};

} // namespace ms
