#pragma once

#include "core/Result.h"
#include "core/Version.h"
#include "packages/ArchiveExtractor.h"
#include "packages/Manifest.h"
#include "targets/ModulesLock.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

namespace ms {

/// A site on this filesystem, as DESIGN.md ("Sites") lays it out:
///
///     <site>/modules.lock.json                 what the site's runtime loads
///     <modules_dir>/<module>/<version>/…       every version kept on disk
///     <modules_dir>/<module>/current           symlink to the active version ("1.8.0")
///     <modules_dir>/<module>/previous          symlink to the version before it, for rollback
///     <modules_dir>/.mothership-staging-<tag>  a package being unpacked (same filesystem)
///     <modules_dir>/.mothership-trash-<tag>    a directory being deleted
///
/// Every change is durable when a call returns: links are switched by renaming a new link
/// over the old one, the lock is rewritten with AtomicFile, and the directories involved are
/// fsynced. A call that fails part-way says so; putting the site back is the caller's job
/// (the lifecycle's journal), using the same calls, each of which may be repeated.
///
/// The class holds no state but the paths: it reads the disk each time. It does not lock
/// the site; callers hold a SiteLock while they change it.
class LocalTarget
{
    Q_DECLARE_TR_FUNCTIONS(LocalTarget)

public:
    enum class Link {
        Current, ///< "current": the active version
        Previous, ///< "previous": what rollback switches back to
    };
    /// Called after each durable step of activate(): "moved", "switched", "locked".
    using StepHook = std::function<void(const char* step)>;

    /// Versions applyRetention() keeps unless told otherwise.
    static constexpr int DefaultKeepVersions = 3;
    static QString stagingPrefix() { return QStringLiteral(".mothership-staging-"); }
    static QString trashPrefix() { return QStringLiteral(".mothership-trash-"); }

    /// The site in @p siteDir with its modules in @p modulesDir (absolute, or relative to the
    /// site; empty for "modules").
    explicit LocalTarget(const QString& siteDir, const QString& modulesDir = {});

    const QString& siteDir() const { return m_siteDir; }
    const QString& modulesDir() const { return m_modulesDir; }
    QString lockPath() const;
    QString moduleDir(const QString& module) const;
    QString versionDir(const QString& module, const Version& version) const;
    QString linkPath(const QString& module, Link link) const;
    /// <modules_dir>/.mothership-staging-<tag>
    QString stagingPath(const QString& tag) const;
    /// <modules_dir>/.mothership-trash-<tag>
    QString trashPath(const QString& tag) const;

    // ---- Reading ---------------------------------------------------------------------

    /// The site's modules.lock.json (an empty lock when the file does not exist).
    [[nodiscard]] Result<ModulesLock> readLock() const;
    /// The version @p link of @p module points to; nullopt when the link does not exist.
    /// Validation when it exists but is not a link to a version directory of the module.
    [[nodiscard]] Result<std::optional<Version>> linkedVersion(const QString& module, Link link) const;
    /// The version directories of @p module on disk, oldest first (none when the module has no folder).
    [[nodiscard]] Result<QList<Version>> versionsOnDisk(const QString& module) const;
    /// The manifest.json of @p module at @p version.
    [[nodiscard]] Result<Manifest> manifest(const QString& module, const Version& version) const;
    /// What interrupted operations leave behind, as absolute paths: staging and trash
    /// directories in the modules directory, half-made links in the module folders.
    QStringList leftovers() const;

    /// The modules in the lock that depend on @p module, directly or through others (from
    /// each one's manifest at its locked version), dependents before what they depend on.
    [[nodiscard]] Result<QStringList> dependents(const QString& module) const;
    /// The modules an uninstall of @p module removes, in the order to remove them. Without
    /// @p cascade it refuses (Conflict, naming them) while an enabled module depends on it;
    /// with it, the dependents come first, then @p module.
    [[nodiscard]] Result<QStringList> uninstallOrder(const QString& module, bool cascade) const;

    // ---- Changing --------------------------------------------------------------------

    /// Creates the modules directory when it is missing.
    [[nodiscard]] Status ensureModulesDir() const;
    /// Unpacks the package @p archive into the fresh directory @p staging (see
    /// ArchiveExtractor; it must be inside the modules directory so that activate() is a
    /// rename). On failure nothing of @p staging is left.
    [[nodiscard]] Result<ArchiveExtractor::Summary> stage(const QString& archive, const QString& staging,
                                                          ArchiveExtractor::Options options = {}) const;
    /// Makes @p staging version @p version of @p module, active: renames it to the version
    /// directory (an existing directory of that version, not the active one, is first moved
    /// to @p trash), points `previous` at the old `current` and `current` at @p version, and
    /// sets the module's lock entry (with @p enabled). Conflict when @p version is already
    /// the active version.
    [[nodiscard]] Status activate(const QString& module, const Version& version, const QString& staging,
                                  const QString& trash, bool enabled, const StepHook& hook = {}) const;
    /// Sets enabled for each of @p modules in the lock, in one write; files are untouched.
    /// NotFound when one is not in the lock.
    [[nodiscard]] Status setEnabled(const QStringList& modules, bool enabled) const;
    /// Switches @p module back to its `previous` version (which becomes `previous` in turn)
    /// and sets that version in the lock. NotFound when there is no previous version on disk.
    [[nodiscard]] Result<Version> rollback(const QString& module) const;
    /// Removes all but @p keep versions of @p module — never the current or the previous
    /// one; after those, the newest are kept. Each goes through trash<tag>-<version>.
    /// Returns the versions removed.
    [[nodiscard]] Result<QList<Version>> applyRetention(const QString& module, int keep,
                                                        const QString& trashTag) const;
    /// Removes @p modules from the lock, in one write (the file goes when nothing is left
    /// and @p removeFileWhenEmpty).
    [[nodiscard]] Status removeFromLock(const QStringList& modules, bool removeFileWhenEmpty) const;
    /// Removes everything of @p module on disk (its folder, through @p trash). Succeeds
    /// when nothing is there.
    [[nodiscard]] Status removeModuleFiles(const QString& module, const QString& trash) const;

    // ---- Primitives (what recovery puts back with) ------------------------------------

    /// Points @p link of @p module at @p version, or removes it for nullopt: a new link made
    /// beside it and renamed over it, then the folder fsynced. Does nothing when it already is so.
    [[nodiscard]] Status pointLink(const QString& module, Link link,
                                   const std::optional<Version>& version) const;
    /// Sets (or, for nullopt, removes) the lock entry of @p module; when nothing is left and
    /// @p removeFileWhenEmpty, the lock file itself is removed. Does nothing when it already is so.
    [[nodiscard]] Status setLockEntry(const QString& module, const std::optional<ModulesLock::Entry>& entry,
                                      bool removeFileWhenEmpty) const;
    /// Renames @p from to @p to (which must not exist) and fsyncs both parents.
    [[nodiscard]] Status moveDirectory(const QString& from, const QString& to) const;
    /// Removes the tree @p path without following links: first renamed to @p trash (so a
    /// crash never leaves half a version where a version is expected), then deleted.
    /// Succeeds when neither exists.
    [[nodiscard]] Status removeTree(const QString& path, const QString& trash) const;
    /// Deletes every leftover(). Only while no operation runs on the site (hold its SiteLock).
    [[nodiscard]] Status removeLeftovers() const;
    /// Removes the directory @p path if it exists and is empty.
    [[nodiscard]] Status removeDirectoryIfEmpty(const QString& path) const;

private:
    [[nodiscard]] Status writeLock(const ModulesLock& lock, bool removeFileWhenEmpty) const;
    [[nodiscard]] Status deleteTree(const QString& path) const;

    QString m_siteDir;
    QString m_modulesDir;
};

} // namespace ms
