#include "packages/Packer.h"

#include "core/AtomicFile.h"
#include "core/Digest.h"
#include "packages/EntryPath.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <climits>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;
// Room for a staging directory in front of every name when the package is extracted.
constexpr qsizetype MaxPathBytes = 2048;

enum class ItemType { File, Directory, Symlink };

struct Item
{
    QByteArray key; ///< the entry's name, UTF-8, relative to the folder
    QString absolute;
    ItemType type = ItemType::File;
    int mode = 0644;
    qint64 size = 0;
    QByteArray linkTarget;
};

struct ArchiveDeleter
{
    void operator()(::archive* a) const { archive_write_free(a); }
};
struct EntryDeleter
{
    void operator()(::archive_entry* e) const { archive_entry_free(e); }
};

bool isVersionControl(const QString& name)
{
    return name == u".git" || name == u".hg" || name == u".svn";
}

Status collect(const QString& root, const QString& relative, const QString& skip, QList<Item>& items,
               const Packer::Options& options)
{
    const QString dirPath = relative.isEmpty() ? root : root + u'/' + relative;
    QDir dir(dirPath);
    const QStringList names
        = dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::NoSort);
    if (!dir.exists())
        return Error(ErrorCode::Io, Packer::tr("cannot read the folder"), dirPath);
    for (const QString& name : names) {
        const QString rel = relative.isEmpty() ? name : relative + u'/' + name;
        const QString absolute = root + u'/' + rel;
        if (absolute == skip)
            continue;
        struct stat st;
        if (::lstat(QFile::encodeName(absolute).constData(), &st) != 0)
            return Error(ErrorCode::Io, Packer::tr("cannot read the file's type"), absolute);
        if (S_ISDIR(st.st_mode) && isVersionControl(name))
            continue;
        Item item;
        item.key = rel.toUtf8();
        item.absolute = absolute;
        const Result<EntryPath> path = EntryPath::parse(item.key, MaxPathBytes);
        if (!path)
            return Error(ErrorCode::Validation,
                         Packer::tr("this name cannot go into a package: %1").arg(path.error().message()),
                         absolute);
        if (S_ISLNK(st.st_mode)) {
            QByteArray target(PATH_MAX, Qt::Uninitialized);
            const ssize_t n
                = ::readlink(QFile::encodeName(absolute).constData(), target.data(), size_t(target.size()));
            if (n < 0)
                return Error(ErrorCode::Io, Packer::tr("cannot read the link"), absolute);
            target.truncate(n);
            if (Status inside = EntryPath::checkSymlinkTarget(*path, target); !inside)
                return Error(ErrorCode::Validation,
                             Packer::tr("the link \"%1\" cannot go into a package: %2")
                                 .arg(EntryPath::display(target), inside.error().message()),
                             absolute);
            item.type = ItemType::Symlink;
            item.mode = 0777;
            item.linkTarget = target;
        } else if (S_ISDIR(st.st_mode)) {
            item.type = ItemType::Directory;
            item.mode = 0755;
        } else if (S_ISREG(st.st_mode)) {
            item.type = ItemType::File;
            item.mode = (st.st_mode & 0111) ? 0755 : 0644;
            item.size = qint64(st.st_size);
        } else {
            return Error(ErrorCode::Validation,
                         Packer::tr("only files, folders and symbolic links can go into a package"),
                         absolute);
        }
        items.append(item);
        if (items.size() > options.maxEntries)
            return Error(ErrorCode::Validation,
                         Packer::tr("the folder holds more than %1 entries").arg(options.maxEntries), root);
        if (item.type == ItemType::Directory) {
            if (Status s = collect(root, rel, skip, items, options); !s)
                return s;
        }
    }
    return {};
}

} // namespace

QString Packer::fileName(const Manifest& manifest)
{
    return manifest.moduleName() + u'-' + manifest.version().toString() + u".tar.gz"_s;
}

qint64 Packer::sourceDateEpoch()
{
    bool ok = false;
    const qint64 value = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
    return ok && value >= 0 ? value : 0;
}

Result<Packer::Packed> Packer::pack(const QString& folder, const QString& output)
{
    return pack(folder, output, Options());
}

Result<Packer::Packed> Packer::pack(const QString& folder, const QString& output, const Options& options)
{
    const QString root = QFileInfo(folder).absoluteFilePath();
    if (!QFileInfo(root).isDir())
        return Error(ErrorCode::NotFound, tr("there is no folder here"), folder);
    const QString manifestPath = root + u"/manifest.json"_s;
    if (!QFileInfo(manifestPath).isFile())
        return Error(ErrorCode::NotFound, tr("a module folder needs a manifest.json at its root"),
                     manifestPath);
    Result<Manifest> manifest = Manifest::load(manifestPath);
    if (!manifest)
        return manifest.error();

    QString target = output;
    if (target.isEmpty())
        target = QDir::currentPath();
    if (QFileInfo(target).isDir())
        target = QDir(target).filePath(fileName(*manifest));
    target = QFileInfo(target).absoluteFilePath();

    QList<Item> items;
    if (Status s = collect(root, {}, target, items, options); !s)
        return s.error();
    std::sort(items.begin(), items.end(), [](const Item& a, const Item& b) { return a.key < b.key; });
    qint64 total = 0;
    for (const Item& item : std::as_const(items))
        total += item.size;
    if (total > options.maxTotalBytes)
        return Error(ErrorCode::Validation,
                     tr("the folder's files add up to more than %1 bytes").arg(options.maxTotalBytes), root);

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("cannot write the package: %1").arg(file.errorString()), target);
    std::unique_ptr<::archive, ArchiveDeleter> a(archive_write_new());
    auto archiveError = [&](const QString& what) {
        file.cancelWriting();
        return Error(ErrorCode::Io, tr("%1: %2").arg(what, QString::fromUtf8(archive_error_string(a.get()))),
                     target);
    };
    if (archive_write_set_format_pax_restricted(a.get()) != ARCHIVE_OK
        || archive_write_add_filter_gzip(a.get()) != ARCHIVE_OK
        || archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr) != ARCHIVE_OK
        || archive_write_set_filter_option(a.get(), "gzip", "compression-level", "9") != ARCHIVE_OK
        || archive_write_open_fd(a.get(), file.handle()) != ARCHIVE_OK)
        return archiveError(tr("cannot start the package"));

    const qint64 mtime = options.mtime.value_or(sourceDateEpoch());
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    for (const Item& item : std::as_const(items)) {
        std::unique_ptr<::archive_entry, EntryDeleter> entry(archive_entry_new());
        archive_entry_set_pathname_utf8(entry.get(), item.key.constData());
        archive_entry_set_mtime(entry.get(), time_t(mtime), 0);
        archive_entry_set_uid(entry.get(), 0);
        archive_entry_set_gid(entry.get(), 0);
        switch (item.type) {
        case ItemType::Directory:
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_size(entry.get(), 0);
            break;
        case ItemType::Symlink:
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_symlink_utf8(entry.get(), item.linkTarget.constData());
            archive_entry_set_size(entry.get(), 0);
            break;
        case ItemType::File:
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_size(entry.get(), item.size);
            break;
        }
        archive_entry_set_perm(entry.get(), mode_t(item.mode));
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return archiveError(tr("cannot add %1").arg(QString::fromUtf8(item.key)));
        if (item.type != ItemType::File)
            continue;
        QFile in(item.absolute);
        if (!in.open(QIODevice::ReadOnly)) {
            file.cancelWriting();
            return Error(ErrorCode::Io, tr("cannot read the file: %1").arg(in.errorString()), item.absolute);
        }
        qint64 written = 0;
        for (;;) {
            const qint64 n = in.read(buffer.data(), qMin<qint64>(buffer.size(), item.size - written + 1));
            if (n < 0) {
                file.cancelWriting();
                return Error(ErrorCode::Io, tr("cannot read the file: %1").arg(in.errorString()),
                             item.absolute);
            }
            if (n == 0)
                break;
            if (written + n > item.size)
                break;
            if (archive_write_data(a.get(), buffer.constData(), size_t(n)) != la_ssize_t(n))
                return archiveError(tr("cannot add %1").arg(QString::fromUtf8(item.key)));
            written += n;
        }
        if (written != item.size || !in.atEnd()) {
            file.cancelWriting();
            return Error(ErrorCode::Conflict, tr("the file changed while it was being packed; pack again"),
                         item.absolute);
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return archiveError(tr("cannot finish the package"));
    a.reset();
    if (!file.commit())
        return Error(ErrorCode::Io, tr("cannot write the package: %1").arg(file.errorString()), target);
    if (Status synced = AtomicFile::syncDirectory(QFileInfo(target).absolutePath()); !synced)
        return synced.error();

    QFile written(target);
    if (!written.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read the package back: %1").arg(written.errorString()),
                     target);
    Sha256 hash;
    if (!hash.addData(&written))
        return Error(ErrorCode::Io, tr("cannot read the package back: %1").arg(written.errorString()),
                     target);

    Packed packed;
    packed.path = target;
    packed.manifest = *manifest;
    packed.sha256 = hash.hexResult();
    packed.size = written.size();
    packed.entries = items.size();
    return packed;
}

} // namespace ms
