#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ms {
class Database;
}

/// Everything "site unchanged" (THREATS.md) covers, captured for comparison before and after
/// an operation: every entry under the site's folder (type, permissions, content hash, link
/// target), the bytes of modules.lock.json, and the site's rows in module_states.
struct SiteSnapshot
{
    QMap<QString, QString> entries; ///< relative path → "dir 755", "file 644 <sha256>", "link <target>"
    QByteArray lock; ///< modules.lock.json, or "<absent>"
    QList<QStringList> stateRows; ///< every column of module_states, by module

    /// Reads the site in @p siteDir and its rows (site name @p site) in @p db.
    static SiteSnapshot take(const QString& siteDir, ms::Database& db, const QString& site);
    /// The same, reading the rows from the SQLite file @p dbPath (another process's database).
    static SiteSnapshot take(const QString& siteDir, const QString& dbPath, const QString& site);

    bool operator==(const SiteSnapshot&) const = default;
    /// What differs from @p other, one line per difference ("" when equal).
    QString diff(const SiteSnapshot& other) const;

    /// Paths of staging and trash folders anywhere under the site.
    QStringList leftovers() const;
};
