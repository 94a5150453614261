#pragma once

#include "core/Result.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace ms {

class Database;

/// The numbered migrations in engine/store/migrations/ (NNNN_name.sql, shipped as resources)
/// and the table that records which ones a database has: schema_migrations(version,
/// applied_at). A migration is written once for both backends; {{id}} and {{json}} stand for
/// the column types that differ.
class SchemaMigrator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaMigrator)

public:
    struct Migration
    {
        int version = 0;
        QString fileName;
        QString sql;
    };

    /// Every migration, by version. Numbering must run 1, 2, 3… without gaps; a broken
    /// resource is an Internal error naming the file.
    [[nodiscard]] static Result<QList<Migration>> migrations();
    /// The highest version in migrations(); 0 when they cannot be read.
    static int latestVersion();

    /// @p migration's statements for @p backend, placeholders expanded, comments dropped.
    [[nodiscard]] static Result<QStringList> statements(const Migration& migration,
                                                        DatabaseLocation::Backend backend);

    /// The version @p connection's schema is at: 0 for an empty database. Reads only.
    [[nodiscard]] static Result<int> currentVersion(const Database& database, QSqlDatabase& connection);

    /// Applies every migration above the current version in one transaction and returns the
    /// resulting version. Refuses (Unsupported, nothing written) a schema newer than
    /// latestVersion(), also when another process migrated it meanwhile.
    [[nodiscard]] static Result<int> migrate(const Database& database, QSqlDatabase& connection);

    /// The Unsupported error for a schema at @p found.
    static Error newerSchemaError(const Database& database, int found);
};

} // namespace ms
