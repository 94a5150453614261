#pragma once

#include "core/Result.h"
#include "packages/EntryPath.h"
#include "packages/UniqueFd.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <sys/types.h>

namespace ms {

/// A fresh, private directory that an extraction fills, removed again unless the caller
/// keeps it. Everything happens relative to descriptors opened from the directory itself,
/// never through a path string, and nothing follows a symbolic link: every parent of a new
/// entry must be a real directory this object created, and a new entry never replaces an
/// existing name. That is what keeps a hostile archive from writing outside — whatever
/// links it has planted, there is no call here that would go through one.
///
/// Operations on entries fail with Validation (the package asks for something unsafe) or
/// Io (the filesystem refused); the message is the reason only, the caller names the entry.
class StagingDirectory
{
    Q_DECLARE_TR_FUNCTIONS(StagingDirectory)

public:
    StagingDirectory() = default;
    /// Removes the directory unless keep() was called.
    ~StagingDirectory();
    StagingDirectory(const StagingDirectory&) = delete;
    StagingDirectory& operator=(const StagingDirectory&) = delete;

    /// Creates the directory @p path with mode 0700. Its parent must exist (Io otherwise);
    /// @p path itself must not (Conflict), so the directory starts empty and is ours.
    [[nodiscard]] Status create(const QString& path);

    /// The directory as given to create(), made absolute.
    const QString& path() const { return m_path; }
    /// Its length in bytes in the filesystem's encoding, for PATH_MAX arithmetic.
    qsizetype nativePathLength() const { return m_nativePath.size(); }

    /// Creates the directory @p dir (mode 0755) and any missing parents. A directory this
    /// object already created is accepted, so a package may name a directory after files in it.
    [[nodiscard]] Status makeDirectory(const EntryPath& dir);
    /// Creates the regular file @p file with @p mode (missing parents as 0755) and returns a
    /// descriptor open for writing.
    [[nodiscard]] Result<UniqueFd> createFile(const EntryPath& file, mode_t mode);
    /// Creates the symbolic link @p link with the target @p target, as given (the caller has
    /// checked it with EntryPath::checkSymlinkTarget()).
    [[nodiscard]] Status makeSymlink(const EntryPath& link, const QByteArray& target);
    /// Creates @p link as a hard link to the regular file @p target created earlier.
    [[nodiscard]] Status makeHardLink(const EntryPath& link, const EntryPath& target);

    /// Flushes everything written to the directory's filesystem to disk.
    [[nodiscard]] Status sync();
    /// From now on the directory belongs to the caller: the destructor leaves it in place.
    void keep();
    /// Removes the directory and everything in it without following any link, holding a
    /// constant number of descriptors however deep the tree is.
    [[nodiscard]] Status remove();

private:
    /// Opens the directory @p components[0, count) below the root, creating what is
    /// missing when @p create is set.
    Result<UniqueFd> openDirectory(const QList<QByteArray>& components, qsizetype count, bool create);
    /// Opens the directory @p name in @p dirFd, whose path below the root is @p key; creates
    /// it when missing and @p create is set. @p asParent picks the wording of refusals.
    Result<UniqueFd> openChildDirectory(int dirFd, const QByteArray& name, const QByteArray& key, bool create,
                                        bool asParent);
    /// Why @p name in @p dirFd cannot be replaced by a new entry.
    Error existingEntryError(int dirFd, const QByteArray& name) const;
    Status removeContents();

    QString m_path;
    QByteArray m_nativePath;
    UniqueFd m_parent;
    UniqueFd m_root;
    QByteArray m_baseName;
    QSet<QByteArray> m_createdDirectories;
    // The directory the last entry went into: packages list a directory's files together,
    // so most entries start their walk here instead of at the root.
    QByteArray m_cachedKey;
    UniqueFd m_cachedFd;
    bool m_keep = false;
};

} // namespace ms
