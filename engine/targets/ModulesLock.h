#pragma once

#include "core/Result.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ms {

/// modules.lock.json at a site's root: what the site's runtime loads.
///     { "schema": 1, "modules": [ { "module_name", "version", "enabled" } ] }
/// Written atomically (temp file, fsync, rename, fsync of the directory), sorted by name,
/// so the runtime never reads half a file and diffs stay small.
class ModulesLock
{
    Q_DECLARE_TR_FUNCTIONS(ModulesLock)

public:
    static constexpr int Schema = 1;

    struct Entry
    {
        QString moduleName;
        Version version;
        bool enabled = true;
        bool operator==(const Entry&) const = default;
    };

    /// The lock file of the site in @p siteDir.
    static QString pathFor(const QString& siteDir);

    /// Reads @p path. A missing file is an empty lock (a site with nothing installed); a file
    /// that is not a valid lock is a Parse error naming the path and the field.
    [[nodiscard]] static Result<ModulesLock> read(const QString& path);
    [[nodiscard]] static Result<ModulesLock> parse(const QByteArray& json, const QString& path = {});

    /// Writes to @p path atomically.
    [[nodiscard]] Status write(const QString& path) const;
    QByteArray toJson() const;

    const QList<Entry>& entries() const { return m_entries; }
    const Entry* find(const QString& moduleName) const;
    /// Adds or replaces the entry for @p entry.moduleName.
    void set(const Entry& entry);
    bool remove(const QString& moduleName);
    bool operator==(const ModulesLock&) const = default;

private:
    QList<Entry> m_entries; // sorted by name
};

} // namespace ms
