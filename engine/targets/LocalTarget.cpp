#include "targets/LocalTarget.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

QString linkName(LocalTarget::Link link)
{
    return link == LocalTarget::Link::Current ? u"current"_s : u"previous"_s;
}

// The name a new link is made under before it is renamed over the old one.
QString newLinkName(LocalTarget::Link link)
{
    return u"."_s + linkName(link) + u".new"_s;
}

QString systemError(int err)
{
    return QString::fromLocal8Bit(std::strerror(err));
}

// lstat(): whether anything (a link included) is at @p path.
bool exists(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

QString parentOf(const QString& path)
{
    return QFileInfo(path).absolutePath();
}

} // namespace

LocalTarget::LocalTarget(const QString& siteDir, const QString& modulesDir)
    : m_siteDir(QDir::cleanPath(QDir(siteDir).absolutePath()))
    , m_modulesDir(
          QDir::cleanPath(QDir(m_siteDir).absoluteFilePath(modulesDir.isEmpty() ? u"modules"_s : modulesDir)))
{
}

QString LocalTarget::lockPath() const
{
    return ModulesLock::pathFor(m_siteDir);
}

QString LocalTarget::moduleDir(const QString& module) const
{
    return m_modulesDir + u'/' + module;
}

QString LocalTarget::versionDir(const QString& module, const Version& version) const
{
    return moduleDir(module) + u'/' + version.toFullString();
}

QString LocalTarget::linkPath(const QString& module, Link link) const
{
    return moduleDir(module) + u'/' + linkName(link);
}

QString LocalTarget::stagingPath(const QString& tag) const
{
    return m_modulesDir + u'/' + stagingPrefix() + tag;
}

QString LocalTarget::trashPath(const QString& tag) const
{
    return m_modulesDir + u'/' + trashPrefix() + tag;
}

// ---- Reading ----------------------------------------------------------------------------

Result<ModulesLock> LocalTarget::readLock() const
{
    return ModulesLock::read(lockPath());
}

Result<std::optional<Version>> LocalTarget::linkedVersion(const QString& module, Link link) const
{
    const QString path = linkPath(module, link);
    const QByteArray native = QFile::encodeName(path);
    struct stat st;
    if (::lstat(native.constData(), &st) != 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return std::optional<Version>();
        return Error(ErrorCode::Io, tr("cannot read the link: %1").arg(systemError(err)), path);
    }
    if (!S_ISLNK(st.st_mode))
        return Error(ErrorCode::Validation, tr("is not a symbolic link to a version"), path);
    char buffer[PATH_MAX];
    const ssize_t n = ::readlink(native.constData(), buffer, sizeof buffer);
    if (n < 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot read the link: %1").arg(systemError(err)), path);
    }
    const QString target = QFile::decodeName(QByteArray(buffer, n));
    auto version = Version::parse(target);
    if (target.contains(u'/') || !version)
        return Error(ErrorCode::Validation,
                     tr("points to \"%1\", which is not a version of the module").arg(target), path);
    const QFileInfo dir(versionDir(module, *version));
    if (!dir.isDir() || dir.isSymLink())
        return Error(ErrorCode::Validation, tr("points to version %1, which is not on disk").arg(target),
                     path);
    return std::optional<Version>(*version);
}

Result<QList<Version>> LocalTarget::versionsOnDisk(const QString& module) const
{
    QList<Version> versions;
    const QDir dir(moduleDir(module));
    if (!dir.exists())
        return versions;
    const QFileInfoList entries = dir.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo& entry : entries) {
        if (auto v = Version::parse(entry.fileName()); v && v->toFullString() == entry.fileName())
            versions.append(*v);
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

Result<Manifest> LocalTarget::manifest(const QString& module, const Version& version) const
{
    return Manifest::load(versionDir(module, version) + u"/manifest.json"_s);
}

QStringList LocalTarget::leftovers() const
{
    QStringList found;
    const QDir modules(m_modulesDir);
    if (!modules.exists())
        return found;
    const QFileInfoList entries
        = modules.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        const QString name = entry.fileName();
        if (name.startsWith(stagingPrefix()) || name.startsWith(trashPrefix())) {
            found.append(entry.absoluteFilePath());
        } else if (entry.isDir() && !entry.isSymLink()) {
            for (Link link : {Link::Current, Link::Previous}) {
                const QString temp = entry.absoluteFilePath() + u'/' + newLinkName(link);
                if (exists(temp))
                    found.append(temp);
            }
        }
    }
    return found;
}

Result<QStringList> LocalTarget::dependents(const QString& module) const
{
    auto lock = readLock();
    if (!lock)
        return lock.error();
    // Who depends on whom, from the manifest each module was installed from. A module whose
    // manifest cannot be read cannot be shown to depend on anything.
    QHash<QString, QStringList> dependsOn;
    for (const ModulesLock::Entry& e : lock->entries()) {
        if (auto m = manifest(e.moduleName, e.version))
            dependsOn.insert(e.moduleName, m->dependencies().keys());
    }
    QSet<QString> closure;
    QStringList pending {module};
    while (!pending.isEmpty()) {
        const QString needed = pending.takeFirst();
        for (auto it = dependsOn.cbegin(); it != dependsOn.cend(); ++it) {
            if (it.key() != module && it.value().contains(needed) && !closure.contains(it.key())) {
                closure.insert(it.key());
                pending.append(it.key());
            }
        }
    }
    // Dependents first: take, by name, a module that nothing left in the closure needs.
    QStringList order;
    QStringList remaining = closure.values();
    std::sort(remaining.begin(), remaining.end());
    while (!remaining.isEmpty()) {
        auto next = std::find_if(remaining.cbegin(), remaining.cend(), [&](const QString& candidate) {
            return std::none_of(remaining.cbegin(), remaining.cend(), [&](const QString& other) {
                return other != candidate && dependsOn.value(other).contains(candidate);
            });
        });
        // A cycle (which the resolver never installs) has no such module: take them by name.
        if (next == remaining.cend())
            next = remaining.cbegin();
        order.append(*next);
        remaining.removeAt(next - remaining.cbegin());
    }
    return order;
}

Result<QStringList> LocalTarget::uninstallOrder(const QString& module, bool cascade) const
{
    auto lock = readLock();
    if (!lock)
        return lock.error();
    if (!lock->find(module))
        return Error(ErrorCode::NotFound, tr("%1 is not installed").arg(module), lockPath());
    auto needing = dependents(module);
    if (!needing)
        return needing.error();
    if (cascade)
        return *needing << module;
    QStringList enabled;
    for (const QString& d : std::as_const(*needing)) {
        if (const ModulesLock::Entry* e = lock->find(d); e && e->enabled)
            enabled.append(d);
    }
    if (!enabled.isEmpty())
        return Error(ErrorCode::Conflict,
                     tr("%1 is needed by enabled modules: %2; uninstall them first, or cascade")
                         .arg(module, enabled.join(u", "_s)),
                     module);
    return QStringList {module};
}

// ---- Changing ---------------------------------------------------------------------------

Status LocalTarget::ensureModulesDir() const
{
    if (QFileInfo(m_modulesDir).isDir())
        return {};
    if (!QDir().mkpath(m_modulesDir))
        return Error(ErrorCode::Io, tr("cannot create the modules folder"), m_modulesDir);
    return AtomicFile::syncDirectory(parentOf(m_modulesDir));
}

Result<ArchiveExtractor::Summary> LocalTarget::stage(const QString& archive, const QString& staging,
                                                     ArchiveExtractor::Options options) const
{
    if (Status made = ensureModulesDir(); !made)
        return made.error();
    return ArchiveExtractor(std::move(options)).extract(archive, staging);
}

Status LocalTarget::activate(const QString& module, const Version& version, const QString& staging,
                             const QString& trash, bool enabled, const StepHook& hook) const
{
    auto step = [&](const char* name) {
        if (hook)
            hook(name);
    };
    if (Status made = ensureModulesDir(); !made)
        return made;
    const QString dir = moduleDir(module);
    if (!QFileInfo(dir).isDir()) {
        if (!QDir().mkdir(dir))
            return Error(ErrorCode::Io, tr("cannot create the module's folder"), dir);
        if (Status synced = AtomicFile::syncDirectory(m_modulesDir); !synced)
            return synced;
    }
    auto current = linkedVersion(module, Link::Current);
    if (!current)
        return current.error();
    if (*current && **current == version)
        return Error(ErrorCode::Conflict,
                     tr("version %1 is already the active one").arg(version.toFullString()),
                     linkPath(module, Link::Current));

    const QString target = versionDir(module, version);
    if (exists(target)) {
        // An older copy of this version (kept by retention): the new one replaces it; the
        // caller removes the old copy once the operation is committed.
        if (Status moved = moveDirectory(target, trash); !moved)
            return moved;
    }
    // Staging is private (0700) while it fills; the version folder is for the site's runtime to read.
    if (::chmod(QFile::encodeName(staging).constData(), 0755) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot open the folder to the site: %1").arg(systemError(err)),
                     staging);
    }
    if (Status moved = moveDirectory(staging, target); !moved)
        return moved;
    step("moved");

    if (*current) {
        if (Status linked = pointLink(module, Link::Previous, **current); !linked)
            return linked;
    }
    if (Status linked = pointLink(module, Link::Current, version); !linked)
        return linked;
    step("switched");

    if (Status locked = setLockEntry(module, ModulesLock::Entry {module, version, enabled}, false); !locked)
        return locked;
    step("locked");
    return {};
}

Status LocalTarget::setEnabled(const QStringList& modules, bool enabled) const
{
    auto lock = readLock();
    if (!lock)
        return lock.error();
    ModulesLock changed = *lock;
    for (const QString& module : modules) {
        const ModulesLock::Entry* e = changed.find(module);
        if (!e)
            return Error(ErrorCode::NotFound, tr("%1 is not installed").arg(module), lockPath());
        ModulesLock::Entry entry = *e;
        entry.enabled = enabled;
        changed.set(entry);
    }
    if (changed == *lock)
        return {};
    return writeLock(changed, false);
}

Result<Version> LocalTarget::rollback(const QString& module) const
{
    auto lock = readLock();
    if (!lock)
        return lock.error();
    const ModulesLock::Entry* entry = lock->find(module);
    if (!entry)
        return Error(ErrorCode::NotFound, tr("%1 is not installed").arg(module), lockPath());
    auto previous = linkedVersion(module, Link::Previous);
    if (!previous)
        return previous.error();
    if (!*previous)
        return Error(ErrorCode::NotFound, tr("%1 has no previous version on disk to go back to").arg(module),
                     linkPath(module, Link::Previous));
    auto current = linkedVersion(module, Link::Current);
    if (!current)
        return current.error();
    if (Status linked = pointLink(module, Link::Current, **previous); !linked)
        return linked.error();
    if (Status linked = pointLink(module, Link::Previous, *current); !linked)
        return linked.error();
    if (Status locked = setLockEntry(module, ModulesLock::Entry {module, **previous, entry->enabled}, false);
        !locked)
        return locked.error();
    return **previous;
}

Result<QList<Version>> LocalTarget::applyRetention(const QString& module, int keep,
                                                   const QString& trashTag) const
{
    if (keep < 0)
        return Error(ErrorCode::InvalidArgument, tr("the number of versions to keep cannot be negative"),
                     module);
    auto versions = versionsOnDisk(module);
    if (!versions)
        return versions.error();
    QSet<QString> kept;
    for (Link link : {Link::Current, Link::Previous}) {
        auto linked = linkedVersion(module, link);
        if (!linked)
            return linked.error();
        if (*linked)
            kept.insert((*linked)->toFullString());
    }
    QList<Version> removed;
    for (auto it = versions->crbegin(); it != versions->crend(); ++it) {
        const QString name = it->toFullString();
        if (kept.contains(name))
            continue;
        if (kept.size() < keep) {
            kept.insert(name);
            continue;
        }
        if (Status gone
            = removeTree(versionDir(module, *it), trashPath(trashTag + u'-' + module + u'-' + name));
            !gone)
            return gone.error();
        removed.prepend(*it);
    }
    return removed;
}

Status LocalTarget::removeFromLock(const QStringList& modules, bool removeFileWhenEmpty) const
{
    auto lock = readLock();
    if (!lock)
        return lock.error();
    ModulesLock changed = *lock;
    for (const QString& module : modules)
        changed.remove(module);
    if (changed == *lock && !(changed.entries().isEmpty() && removeFileWhenEmpty && exists(lockPath())))
        return {};
    return writeLock(changed, removeFileWhenEmpty);
}

Status LocalTarget::removeModuleFiles(const QString& module, const QString& trash) const
{
    return removeTree(moduleDir(module), trash);
}

// ---- Primitives -------------------------------------------------------------------------

Status LocalTarget::pointLink(const QString& module, Link link, const std::optional<Version>& version) const
{
    const QString dir = moduleDir(module);
    const QString path = linkPath(module, link);
    const QByteArray native = QFile::encodeName(path);
    const QString temp = dir + u'/' + newLinkName(link);
    const QByteArray nativeTemp = QFile::encodeName(temp);
    if (::unlink(nativeTemp.constData()) != 0 && errno != ENOENT) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot remove a leftover link: %1").arg(systemError(err)), temp);
    }
    if (!version) {
        if (::unlink(native.constData()) != 0) {
            const int err = errno;
            if (err == ENOENT || err == ENOTDIR)
                return {};
            return Error(ErrorCode::Io, tr("cannot remove the link: %1").arg(systemError(err)), path);
        }
        return AtomicFile::syncDirectory(dir);
    }
    const QByteArray target = QFile::encodeName(version->toFullString());
    char buffer[PATH_MAX];
    if (const ssize_t n = ::readlink(native.constData(), buffer, sizeof buffer);
        n >= 0 && QByteArray(buffer, n) == target)
        return {};
    if (::symlink(target.constData(), nativeTemp.constData()) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot create the link: %1").arg(systemError(err)), temp);
    }
    // rename() replaces the old link in one step: a reader sees the old version or the new.
    if (::rename(nativeTemp.constData(), native.constData()) != 0) {
        const int err = errno;
        ::unlink(nativeTemp.constData());
        return Error(ErrorCode::Io, tr("cannot switch the link: %1").arg(systemError(err)), path);
    }
    return AtomicFile::syncDirectory(dir);
}

Status LocalTarget::setLockEntry(const QString& module, const std::optional<ModulesLock::Entry>& entry,
                                 bool removeFileWhenEmpty) const
{
    auto lock = readLock();
    if (!lock)
        return lock.error();
    ModulesLock changed = *lock;
    if (entry)
        changed.set(*entry);
    else
        changed.remove(module);
    const bool fileExists = exists(lockPath());
    const bool wantFile = !(changed.entries().isEmpty() && removeFileWhenEmpty);
    if (changed == *lock && fileExists == wantFile)
        return {};
    return writeLock(changed, removeFileWhenEmpty);
}

Status LocalTarget::writeLock(const ModulesLock& lock, bool removeFileWhenEmpty) const
{
    if (!lock.entries().isEmpty() || !removeFileWhenEmpty)
        return lock.write(lockPath());
    if (::unlink(QFile::encodeName(lockPath()).constData()) != 0) {
        const int err = errno;
        if (err == ENOENT)
            return {};
        return Error(ErrorCode::Io, tr("cannot remove: %1").arg(systemError(err)), lockPath());
    }
    return AtomicFile::syncDirectory(m_siteDir);
}

Status LocalTarget::moveDirectory(const QString& from, const QString& to) const
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot move it to %1: %2").arg(to, systemError(err)), from);
    }
    if (Status synced = AtomicFile::syncDirectory(parentOf(to)); !synced)
        return synced;
    if (parentOf(from) != parentOf(to))
        return AtomicFile::syncDirectory(parentOf(from));
    return {};
}

Status LocalTarget::removeTree(const QString& path, const QString& trash) const
{
    if (exists(path)) {
        if (exists(trash)) {
            if (Status cleared = deleteTree(trash); !cleared)
                return cleared;
        }
        if (Status moved = moveDirectory(path, trash); !moved)
            return moved;
    }
    if (!exists(trash))
        return {};
    if (Status deleted = deleteTree(trash); !deleted)
        return deleted;
    return AtomicFile::syncDirectory(parentOf(trash));
}

Status LocalTarget::removeLeftovers() const
{
    for (const QString& leftover : leftovers()) {
        if (Status deleted = deleteTree(leftover); !deleted)
            return deleted;
        if (Status synced = AtomicFile::syncDirectory(parentOf(leftover)); !synced)
            return synced;
    }
    return {};
}

Status LocalTarget::removeDirectoryIfEmpty(const QString& path) const
{
    if (!QFileInfo(path).isDir() || QFileInfo(path).isSymLink())
        return {};
    if (!QDir(path).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        return {};
    if (::rmdir(QFile::encodeName(path).constData()) != 0) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot remove the folder: %1").arg(systemError(err)), path);
    }
    return AtomicFile::syncDirectory(parentOf(path));
}

Status LocalTarget::deleteTree(const QString& path) const
{
    const QFileInfo info(path);
    // QDir::removeRecursively() deletes a link to a directory, never what it points to.
    const bool removed
        = info.isDir() && !info.isSymLink() ? QDir(path).removeRecursively() : QFile::remove(path);
    if (!removed && exists(path))
        return Error(ErrorCode::Io, tr("cannot delete it"), path);
    return {};
}

} // namespace ms
