#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ms {

class Database;

/// An apps directory the administrator asked Mothership to scan.
struct AppsDir
{
    QString path; ///< absolute, cleaned
    QDateTime addedAt; ///< UTC

    bool operator==(const AppsDir&) const = default;
};

/// The apps directories to scan: table apps_dirs. Safe to use from any thread.
class AppsDirRepository
{
    Q_DECLARE_TR_FUNCTIONS(AppsDirRepository)

public:
    /// @p database must outlive the repository.
    explicit AppsDirRepository(Database& database);

    /// Every directory, sorted by path.
    [[nodiscard]] Result<QList<AppsDir>> list() const;
    /// Adds @p path (cleaned); true when it was new, false when already there (its added_at is
    /// kept). InvalidArgument for a relative path.
    [[nodiscard]] Result<bool> add(const QString& path);
    /// NotFound when @p path is not in the list. The sites found under it stay in the inventory.
    [[nodiscard]] Status remove(const QString& path);

private:
    Database& m_database;
};

} // namespace ms
