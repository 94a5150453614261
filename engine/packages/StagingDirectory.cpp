#include "packages/StagingDirectory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace ms {

namespace {

constexpr mode_t DirectoryMode = 0755;
constexpr mode_t RootMode = 0700;
constexpr int DirectoryFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

int duplicate(int fd)
{
    return ::fcntl(fd, F_DUPFD_CLOEXEC, 0);
}

QString errnoText(int err)
{
    return qt_error_string(err);
}

QString text(const QByteArray& key)
{
    return QString::fromUtf8(key);
}

} // namespace

StagingDirectory::~StagingDirectory()
{
    if (!m_keep)
        (void)remove();
}

Status StagingDirectory::create(const QString& path)
{
    if (m_root)
        return Error(ErrorCode::Internal, tr("the staging directory was already created"), m_path);
    const QFileInfo info(path);
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    const QString baseName = QFileInfo(absolute).fileName();
    if (path.isEmpty() || baseName.isEmpty() || baseName == QLatin1String("..")
        || baseName == QLatin1String("."))
        return Error(ErrorCode::InvalidArgument, tr("not a usable staging directory name"), path);

    const QByteArray parentPath = QFile::encodeName(QFileInfo(absolute).path());
    UniqueFd parent(::open(parentPath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parent) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot open the directory for staging: %1").arg(errnoText(err)),
                     QFile::decodeName(parentPath));
    }
    const QByteArray name = QFile::encodeName(baseName);
    if (::mkdirat(parent.get(), name.constData(), RootMode) != 0) {
        const int err = errno;
        if (err == EEXIST)
            return Error(ErrorCode::Conflict, tr("the staging directory already exists"), absolute);
        return Error(ErrorCode::Io, tr("cannot create the staging directory: %1").arg(errnoText(err)),
                     absolute);
    }
    UniqueFd root(::openat(parent.get(), name.constData(), DirectoryFlags));
    if (!root || ::fchmod(root.get(), RootMode) != 0) {
        const int err = errno;
        root.reset();
        ::unlinkat(parent.get(), name.constData(), AT_REMOVEDIR);
        return Error(ErrorCode::Io, tr("cannot open the staging directory: %1").arg(errnoText(err)),
                     absolute);
    }
    m_path = absolute;
    m_nativePath = QFile::encodeName(absolute);
    m_parent = std::move(parent);
    m_root = std::move(root);
    m_baseName = name;
    m_keep = false;
    return {};
}

Result<UniqueFd> StagingDirectory::openChildDirectory(int dirFd, const QByteArray& name,
                                                      const QByteArray& key, bool create, bool asParent)
{
    UniqueFd child(::openat(dirFd, name.constData(), DirectoryFlags));
    if (child) {
        // The staging directory is fresh and private, so anything in it is ours; a directory
        // we did not make means someone else is writing here, and we stop.
        if (!m_createdDirectories.contains(key))
            return Error(ErrorCode::Integrity,
                         tr("the directory \"%1\" was not created by this extraction").arg(text(key)));
        return child;
    }
    const int err = errno;
    if (err == ENOENT && create) {
        if (::mkdirat(dirFd, name.constData(), DirectoryMode) != 0) {
            const int mkdirError = errno;
            return Error(ErrorCode::Io,
                         tr("cannot create the directory \"%1\": %2").arg(text(key), errnoText(mkdirError)));
        }
        child.reset(::openat(dirFd, name.constData(), DirectoryFlags));
        if (!child || ::fchmod(child.get(), DirectoryMode) != 0) {
            const int openError = errno;
            return Error(ErrorCode::Io,
                         tr("cannot open the directory \"%1\": %2").arg(text(key), errnoText(openError)));
        }
        m_createdDirectories.insert(key);
        return child;
    }
    if (err == ENOENT)
        return Error(ErrorCode::Validation, tr("the directory \"%1\" does not exist").arg(text(key)));
    if (err == ELOOP || err == ENOTDIR) {
        if (!asParent)
            return existingEntryError(dirFd, name);
        struct stat st;
        if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode))
            return Error(ErrorCode::Validation,
                         tr("its parent \"%1\" is a symbolic link, and nothing is extracted through a link")
                             .arg(text(key)));
        return Error(ErrorCode::Validation, tr("its parent \"%1\" is not a directory").arg(text(key)));
    }
    return Error(ErrorCode::Io, tr("cannot open the directory \"%1\": %2").arg(text(key), errnoText(err)));
}

Result<UniqueFd> StagingDirectory::openDirectory(const QList<QByteArray>& components, qsizetype count,
                                                 bool create)
{
    if (!m_root)
        return Error(ErrorCode::Internal, tr("the staging directory is not open"));
    const QByteArray target = components.first(count).join('/');

    UniqueFd fd;
    qsizetype start = 0;
    QByteArray key;
    if (m_cachedFd
        && (target == m_cachedKey
            || (!m_cachedKey.isEmpty() && target.startsWith(m_cachedKey)
                && target.at(m_cachedKey.size()) == '/'))) {
        fd.reset(duplicate(m_cachedFd.get()));
        start = m_cachedKey.isEmpty() ? 0 : m_cachedKey.count('/') + 1;
        key = m_cachedKey;
    }
    if (!fd) {
        fd.reset(duplicate(m_root.get()));
        start = 0;
        key.clear();
    }
    if (!fd) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot open the staging directory: %1").arg(errnoText(err)));
    }

    for (qsizetype i = start; i < count; ++i) {
        const QByteArray& name = components.at(i);
        key = key.isEmpty() ? name : key + '/' + name;
        Result<UniqueFd> child = openChildDirectory(fd.get(), name, key, create, true);
        if (!child)
            return child.error();
        fd = std::move(*child);
    }
    m_cachedKey = key;
    m_cachedFd.reset(duplicate(fd.get()));
    return fd;
}

Error StagingDirectory::existingEntryError(int dirFd, const QByteArray& name) const
{
    struct stat st;
    if (::fstatat(dirFd, name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (S_ISDIR(st.st_mode))
            return Error(ErrorCode::Validation, tr("the entry would replace a directory"));
        if (S_ISLNK(st.st_mode))
            return Error(ErrorCode::Validation, tr("the entry would replace a symbolic link"));
    }
    return Error(ErrorCode::Validation, tr("the entry would replace an earlier entry of the same name"));
}

Status StagingDirectory::makeDirectory(const EntryPath& dir)
{
    if (dir.isRoot())
        return {};
    Result<UniqueFd> parent = openDirectory(dir.components(), dir.components().size() - 1, true);
    if (!parent)
        return parent.error();
    Result<UniqueFd> made = openChildDirectory(parent->get(), dir.fileName(), dir.key(), true, false);
    if (!made)
        return made.error();
    return {};
}

Result<UniqueFd> StagingDirectory::createFile(const EntryPath& file, mode_t mode)
{
    Result<UniqueFd> parent = openDirectory(file.components(), file.components().size() - 1, true);
    if (!parent)
        return parent.error();
    const QByteArray name = file.fileName();
    // O_EXCL | O_NOFOLLOW: a new file or nothing — never truncate an earlier entry, never
    // open whatever a link of that name points to.
    UniqueFd fd(::openat(parent->get(), name.constData(),
                         O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600));
    if (!fd) {
        const int err = errno;
        if (err == EEXIST || err == ELOOP)
            return existingEntryError(parent->get(), name);
        return Error(ErrorCode::Io, tr("cannot create the file: %1").arg(errnoText(err)));
    }
    if (::fchmod(fd.get(), mode) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot set the file's mode: %1").arg(errnoText(err)));
    }
    return fd;
}

Status StagingDirectory::makeSymlink(const EntryPath& link, const QByteArray& target)
{
    Result<UniqueFd> parent = openDirectory(link.components(), link.components().size() - 1, true);
    if (!parent)
        return parent.error();
    const QByteArray name = link.fileName();
    if (::symlinkat(target.constData(), parent->get(), name.constData()) != 0) {
        const int err = errno;
        if (err == EEXIST)
            return existingEntryError(parent->get(), name);
        return Error(ErrorCode::Io, tr("cannot create the symbolic link: %1").arg(errnoText(err)));
    }
    return {};
}

Status StagingDirectory::makeHardLink(const EntryPath& link, const EntryPath& target)
{
    if (target.isRoot())
        return Error(ErrorCode::Validation, tr("the hard link target is not a regular file"));
    Result<UniqueFd> targetParent = openDirectory(target.components(), target.components().size() - 1, false);
    if (!targetParent)
        return targetParent.error();
    const QByteArray targetName = target.fileName();
    struct stat st;
    if (::fstatat(targetParent->get(), targetName.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0
        || !S_ISREG(st.st_mode))
        return Error(ErrorCode::Validation, tr("the hard link target is not a regular file"));

    Result<UniqueFd> parent = openDirectory(link.components(), link.components().size() - 1, true);
    if (!parent)
        return parent.error();
    const QByteArray name = link.fileName();
    // Flags 0: linkat() does not follow a link in the target's last component either.
    if (::linkat(targetParent->get(), targetName.constData(), parent->get(), name.constData(), 0) != 0) {
        const int err = errno;
        if (err == EEXIST)
            return existingEntryError(parent->get(), name);
        return Error(ErrorCode::Io, tr("cannot create the hard link: %1").arg(errnoText(err)));
    }
    return {};
}

Status StagingDirectory::sync()
{
    if (!m_root)
        return Error(ErrorCode::Internal, tr("the staging directory is not open"));
    if (::syncfs(m_root.get()) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot flush the staging directory to disk: %1").arg(errnoText(err)),
                     m_path);
    }
    return {};
}

void StagingDirectory::keep()
{
    m_keep = true;
    m_cachedFd.reset();
    m_root.reset();
    m_parent.reset();
}

Status StagingDirectory::remove()
{
    if (!m_root)
        return {};
    m_cachedFd.reset();
    m_cachedKey.clear();
    if (Status s = removeContents(); !s)
        return s;
    m_root.reset();
    if (::unlinkat(m_parent.get(), m_baseName.constData(), AT_REMOVEDIR) != 0 && errno != ENOENT) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot remove the staging directory: %1").arg(errnoText(err)),
                     m_path);
    }
    m_parent.reset();
    m_createdDirectories.clear();
    return {};
}

Status StagingDirectory::removeContents()
{
    const auto failed = [this](int err) {
        return Error(ErrorCode::Io, tr("cannot remove the staging directory: %1").arg(errnoText(err)),
                     m_path);
    };
    struct stat rootStat;
    if (::fstat(m_root.get(), &rootStat) != 0)
        return failed(errno);

    // Depth-first with one directory open at a time: descend into the first non-empty
    // subdirectory, come back up through "..", and list again. A package may nest a couple
    // of thousand levels within PATH_MAX, more than the descriptors a process may hold.
    UniqueFd current(duplicate(m_root.get()));
    if (!current)
        return failed(errno);
    for (;;) {
        // A fresh open file description for each listing, so that its offset starts at 0.
        UniqueFd listFd(::openat(current.get(), ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        DIR* dir = listFd ? ::fdopendir(listFd.get()) : nullptr;
        if (!dir)
            return failed(errno);
        listFd.release();
        std::vector<std::pair<QByteArray, bool>> names;
        while (const dirent* entry = ::readdir(dir)) {
            const QByteArray name(entry->d_name);
            if (name != "." && name != "..")
                names.emplace_back(name, entry->d_type == DT_DIR);
        }
        ::closedir(dir);

        bool descended = false;
        for (const auto& [name, isDirectory] : names) {
            int flags = isDirectory ? AT_REMOVEDIR : 0;
            if (::unlinkat(current.get(), name.constData(), flags) == 0 || errno == ENOENT)
                continue;
            int err = errno;
            if (err == EISDIR || err == EPERM || err == ENOTDIR) {
                flags ^= AT_REMOVEDIR; // d_type was unknown or wrong; try the other kind
                if (::unlinkat(current.get(), name.constData(), flags) == 0 || errno == ENOENT)
                    continue;
                err = errno;
            }
            if (flags == AT_REMOVEDIR && (err == ENOTEMPTY || err == EEXIST)) {
                UniqueFd child(::openat(current.get(), name.constData(), DirectoryFlags));
                if (!child)
                    return failed(errno);
                current = std::move(child);
                descended = true;
                break;
            }
            return failed(err);
        }
        if (descended)
            continue;

        struct stat st;
        if (::fstat(current.get(), &st) != 0)
            return failed(errno);
        if (st.st_dev == rootStat.st_dev && st.st_ino == rootStat.st_ino)
            return {};
        UniqueFd up(::openat(current.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC));
        if (!up)
            return failed(errno);
        current = std::move(up);
    }
}

} // namespace ms
