#include "packages/ArchiveExtractor.h"

#include "packages/EntryPath.h"
#include "packages/StagingDirectory.h"
#include "packages/UniqueFd.h"

#include <QFile>
#include <QHash>
#include <QLocale>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>
#include <climits>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace ms {

namespace {

constexpr qsizetype BlockSize = 64 * 1024;
constexpr mode_t DirectoryMode = 0755;
constexpr mode_t FileMode = 0644;
constexpr mode_t ExecutableMode = 0755;

using Reader = std::unique_ptr<::archive, decltype(&::archive_read_free)>;

QString libarchiveMessage(::archive* reader)
{
    const char* text = ::archive_error_string(reader);
    return text ? QString::fromLocal8Bit(text) : QString();
}

// libarchive picks its readers when the archive is opened and then only says that no
// format matched; the magic numbers tell "not a package" from "a damaged package".
constexpr qsizetype MagicSize = 4;
constexpr QByteArrayView GzipMagic("\x1f\x8b", 2);
constexpr QByteArrayView ZstdMagic("\x28\xb5\x2f\xfd", 4);

// Only the tar formats and the two compressions a package may use: each reader enabled
// is attack surface, and an uncompressed tar or a zip is not a package.
Reader newReader()
{
    Reader reader(::archive_read_new(), &::archive_read_free);
    if (reader
        && (::archive_read_support_format_tar(reader.get()) != ARCHIVE_OK
            // ARCHIVE_WARN here means "through an external program": never for a package.
            || ::archive_read_support_filter_gzip(reader.get()) != ARCHIVE_OK
            || ::archive_read_support_filter_zstd(reader.get()) != ARCHIVE_OK))
        reader.reset();
    return reader;
}

QString size(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

} // namespace

struct ArchiveExtractor::Run
{
    QString subject; // the archive, as errors name it
    QString stagingDir; // as the caller gave it
    ::archive* reader = nullptr;
    StagingDirectory staging;
    Progress progress;
    Summary summary;
    qsizetype maxPathBytes = 0;
    QByteArray lastName; // the last entry read, for damage found between entries
    QHash<QByteArray, qsizetype> extracted; // normalised path → index in summary.entries
    QByteArray buffer;
};

Status ArchiveExtractor::checkCompression(const QByteArray& magic, const QString& subject)
{
    if (magic.startsWith(GzipMagic) || magic.startsWith(ZstdMagic))
        return {};
    return Error(ErrorCode::Unsupported, tr("the package is not a tar archive compressed with gzip or zstd"),
                 subject);
}

Error ArchiveExtractor::damaged(const QString& subject, const QString& detail)
{
    return Error(ErrorCode::Integrity, tr("the archive is damaged or truncated"), subject, detail);
}

ArchiveExtractor::ArchiveExtractor()
    : ArchiveExtractor(Options())
{
}

ArchiveExtractor::ArchiveExtractor(Options options)
    : m_options(std::move(options))
{
}

Result<ArchiveExtractor::Summary> ArchiveExtractor::extract(const QString& archivePath,
                                                            const QString& stagingDir) const
{
    Reader reader = newReader();
    if (!reader)
        return Error(ErrorCode::Unsupported, tr("this build of libarchive cannot read gzip or zstd"),
                     archivePath);
    // Opened here rather than by libarchive so that "cannot open the file" (Io) is told apart
    // from "the file is not a package" (Unsupported) and "a damaged package" (Integrity).
    // O_NONBLOCK: a FIFO in the package's place must not hang the extraction.
    const UniqueFd fd(::open(QFile::encodeName(archivePath).constData(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (!fd) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot open the package: %1").arg(qt_error_string(err)), archivePath);
    }
    struct stat st;
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode))
        return Error(ErrorCode::Io, tr("the package is not a regular file"), archivePath);
    QByteArray magic(MagicSize, '\0');
    magic.truncate(qMax<ssize_t>(::pread(fd.get(), magic.data(), size_t(magic.size()), 0), 0));
    if (Status known = checkCompression(magic, archivePath); !known)
        return known.error();
    // archive_read_open_fd() leaves the descriptor open; the reader is freed before it.
    if (::archive_read_open_fd(reader.get(), fd.get(), BlockSize) != ARCHIVE_OK)
        return damaged(archivePath, libarchiveMessage(reader.get()));
    Run state;
    state.subject = archivePath;
    state.stagingDir = stagingDir;
    state.reader = reader.get();
    state.progress.archiveSize = qint64(st.st_size);
    return run(state);
}

Result<ArchiveExtractor::Summary>
ArchiveExtractor::extractData(const QByteArray& archive, const QString& stagingDir, const QString& name) const
{
    Reader reader = newReader();
    if (!reader)
        return Error(ErrorCode::Unsupported, tr("this build of libarchive cannot read gzip or zstd"), name);
    if (Status known = checkCompression(archive.left(MagicSize), name); !known)
        return known.error();
    if (::archive_read_open_memory(reader.get(), archive.constData(), size_t(archive.size())) != ARCHIVE_OK)
        return damaged(name, libarchiveMessage(reader.get()));
    Run state;
    state.subject = name;
    state.stagingDir = stagingDir;
    state.reader = reader.get();
    state.progress.archiveSize = archive.size();
    return run(state);
}

Result<ArchiveExtractor::Summary> ArchiveExtractor::run(Run& state) const
{
    ::archive* reader = state.reader;
    if (Status created = state.staging.create(state.stagingDir); !created)
        return created.error();
    // Whatever goes wrong, nothing is left behind; a failure to clean up is worth knowing.
    const auto fail = [&state](Error error) -> Error {
        if (Status removed = state.staging.remove(); !removed) {
            const QString detail = error.detail();
            error.withDetail(detail.isEmpty() ? removed.error().toString()
                                              : detail + u'\n' + removed.error().toString());
        }
        return error;
    };
    state.maxPathBytes = qsizetype(PATH_MAX) - 1 - state.staging.nativePathLength() - 1;
    state.summary.stagingDir = state.staging.path();
    state.buffer.resize(BlockSize);

    bool first = true;
    for (;;) {
        ::archive_entry* header = nullptr;
        const int status = ::archive_read_next_header(reader, &header);
        if (first) {
            first = false;
            // One decompression step: no plain tar, no gzip inside zstd and the like, which
            // multiplies the expansion a bomb gets from a small file.
            const int code = ::archive_filter_code(reader, 0);
            if (::archive_filter_count(reader) > 2)
                return fail(Error(ErrorCode::Unsupported, tr("the package is compressed more than once"),
                                  state.subject));
            if (::archive_filter_count(reader) != 2
                || (code != ARCHIVE_FILTER_GZIP && code != ARCHIVE_FILTER_ZSTD))
                return fail(Error(ErrorCode::Unsupported,
                                  tr("the package is not a tar archive compressed with gzip or zstd"),
                                  state.subject, libarchiveMessage(reader)));
        }
        if (status == ARCHIVE_EOF)
            break;
        // ARCHIVE_WARN too: libarchive warns, for example, when it ignores a malformed pax
        // attribute — which may have been the one that renamed the entry.
        if (status != ARCHIVE_OK)
            return fail(archiveError(state, libarchiveMessage(reader)));

        const char* name = ::archive_entry_pathname(header);
        if (!name)
            return fail(archiveError(state, tr("an entry name cannot be decoded")));
        const QByteArray rawName(name);
        state.lastName = rawName;
        ++state.progress.entries;
        if (state.progress.entries > m_options.maxEntries)
            return fail(
                entryError(state, rawName,
                           Error(ErrorCode::Validation,
                                 tr("the package has more than %1 entries").arg(m_options.maxEntries))));

        Result<EntryPath> path = EntryPath::parse(rawName, state.maxPathBytes);
        if (!path)
            return fail(entryError(state, rawName, path.error()));
        if (Status done = extractEntry(state, header, *path); !done)
            return fail(entryError(state, rawName, done.error()));
        if (!reportProgress(state))
            return fail(
                entryError(state, rawName, Error(ErrorCode::Cancelled, tr("the extraction was cancelled"))));
    }

    if (m_options.syncToDisk) {
        if (Status synced = state.staging.sync(); !synced)
            return fail(synced.error());
    }
    state.summary.entryCount = state.progress.entries;
    state.summary.bytesWritten = state.progress.bytesWritten;
    state.staging.keep();
    return std::move(state.summary);
}

Status ArchiveExtractor::extractEntry(Run& state, ::archive_entry* header, const EntryPath& path) const
{
    const char* hardLinkTarget = ::archive_entry_hardlink(header);
    const mode_t fileType = ::archive_entry_filetype(header);
    const mode_t permissions = ::archive_entry_perm(header);

    EntryType type = EntryType::File;
    if (hardLinkTarget) {
        if (fileType != AE_IFREG && fileType != 0)
            return Error(ErrorCode::Validation, tr("the entry is a hard link of an unexpected kind"));
        type = EntryType::HardLink;
    } else {
        switch (fileType) {
        case AE_IFREG:
            type = EntryType::File;
            break;
        case AE_IFDIR:
            type = EntryType::Directory;
            break;
        case AE_IFLNK:
            type = EntryType::Symlink;
            break;
        case AE_IFCHR:
            return Error(ErrorCode::Validation, tr("the entry is a character device"));
        case AE_IFBLK:
            return Error(ErrorCode::Validation, tr("the entry is a block device"));
        case AE_IFIFO:
            return Error(ErrorCode::Validation, tr("the entry is a FIFO"));
        case AE_IFSOCK:
            return Error(ErrorCode::Validation, tr("the entry is a socket"));
        default:
            return Error(ErrorCode::Validation, tr("the entry has an unknown type"));
        }
    }
    if (permissions & (S_ISUID | S_ISGID | S_ISVTX))
        return Error(ErrorCode::Validation,
                     tr("the entry has the setuid, setgid or sticky bit (mode %1)")
                         .arg(uint(permissions), 4, 8, QLatin1Char('0')));
    // Data after a link or directory header is never read, only skipped; refusing it keeps
    // a bomb from hiding there, where the byte caps would not see it.
    if (type != EntryType::File && ::archive_entry_size_is_set(header) && ::archive_entry_size(header) > 0)
        return Error(ErrorCode::Validation, tr("the entry is not a regular file but carries data"));
    if (path.isRoot()) {
        if (type == EntryType::Directory)
            return {};
        return Error(ErrorCode::Validation, tr("the entry would replace the package root"));
    }
    if (path.hadTrailingSlash() && type != EntryType::Directory)
        return Error(ErrorCode::Validation, tr("the name ends in \"/\" but the entry is not a directory"));

    Entry entry;
    entry.path = path.toString();
    entry.type = type;
    switch (type) {
    case EntryType::Directory: {
        if (Status made = state.staging.makeDirectory(path); !made)
            return made;
        if (state.extracted.contains(path.key()))
            return {}; // named again: the first listing stands
        entry.mode = DirectoryMode;
        break;
    }
    case EntryType::Symlink: {
        const char* target = ::archive_entry_symlink(header);
        if (!target)
            return Error(ErrorCode::Validation, tr("the link has no target"));
        const QByteArray rawTarget(target);
        if (Status checked = EntryPath::checkSymlinkTarget(path, rawTarget); !checked)
            return checked;
        if (Status made = state.staging.makeSymlink(path, rawTarget); !made)
            return made;
        entry.linkTarget = QString::fromUtf8(rawTarget);
        break;
    }
    case EntryType::HardLink: {
        const QByteArray rawTarget(hardLinkTarget);
        Result<EntryPath> target = EntryPath::parse(rawTarget, state.maxPathBytes);
        if (!target)
            return Error(ErrorCode::Validation,
                         tr("its hard link target \"%1\": %2")
                             .arg(EntryPath::display(rawTarget), target.error().message()));
        const auto found = state.extracted.constFind(target->key());
        if (found == state.extracted.cend() || state.summary.entries.at(*found).type != EntryType::File)
            return Error(ErrorCode::Validation,
                         tr("the hard link target \"%1\" is not a file extracted before it")
                             .arg(EntryPath::display(rawTarget)));
        if (Status made = state.staging.makeHardLink(path, *target); !made)
            return made;
        const Entry& file = state.summary.entries.at(*found);
        entry.size = file.size;
        entry.mode = file.mode;
        entry.linkTarget = file.path;
        break;
    }
    case EntryType::File: {
        const mode_t mode = (permissions & 0111) ? ExecutableMode : FileMode;
        if (Status written = writeFile(state, path, mode, entry); !written)
            return written;
        break;
    }
    }
    state.extracted.insert(path.key(), state.summary.entries.size());
    state.summary.entries.append(std::move(entry));
    return {};
}

Status ArchiveExtractor::writeFile(Run& state, const EntryPath& path, mode_t mode, Entry& entry) const
{
    Result<UniqueFd> file = state.staging.createFile(path, mode);
    if (!file)
        return file.error();
    qint64 written = 0;
    for (;;) {
        const la_ssize_t got
            = ::archive_read_data(state.reader, state.buffer.data(), size_t(state.buffer.size()));
        if (got == 0)
            break;
        if (got < 0)
            return Error(ErrorCode::Integrity, tr("the entry's data is damaged or truncated"), {},
                         libarchiveMessage(state.reader));
        // Checked before the block is written: the caps are never exceeded, not even briefly.
        if (written + got > m_options.maxEntryBytes)
            return Error(ErrorCode::Validation,
                         tr("the entry is larger than the limit of %1").arg(size(m_options.maxEntryBytes)));
        if (state.progress.bytesWritten + got > m_options.maxTotalBytes)
            return Error(ErrorCode::Validation,
                         tr("the package is larger than the limit of %1").arg(size(m_options.maxTotalBytes)));
        const char* data = state.buffer.constData();
        la_ssize_t left = got;
        while (left > 0) {
            const ssize_t n = ::write(file->get(), data, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                const int err = n < 0 ? errno : ENOSPC;
                return Error(ErrorCode::Io, tr("cannot write the file: %1").arg(qt_error_string(err)));
            }
            data += n;
            left -= n;
        }
        written += got;
        state.progress.bytesWritten += got;
        if (!reportProgress(state))
            return Error(ErrorCode::Cancelled, tr("the extraction was cancelled"));
    }
#ifdef __linux__
    // Start writing the file to disk now, without waiting (dpkg does the same): the sync at
    // the end of the extraction then finds most of the package on disk already, instead of
    // writing it all while we wait. Only a hint: its failure changes nothing.
    if (m_options.syncToDisk && written > 0)
        (void)::sync_file_range(file->get(), 0, 0, SYNC_FILE_RANGE_WRITE);
#endif
    if (!file->close()) {
        const int err = errno;
        return Error(ErrorCode::Io, tr("cannot write the file: %1").arg(qt_error_string(err)));
    }
    entry.size = written;
    entry.mode = int(mode);
    return {};
}

bool ArchiveExtractor::reportProgress(Run& state) const
{
    if (!m_options.progress)
        return true;
    state.progress.archiveBytesRead = ::archive_filter_bytes(state.reader, -1);
    return m_options.progress(state.progress);
}

Error ArchiveExtractor::entryError(const Run& state, const QByteArray& rawName, const Error& reason) const
{
    return Error(reason.code(), tr("entry \"%1\": %2").arg(EntryPath::display(rawName), reason.message()),
                 state.subject, reason.detail());
}

Error ArchiveExtractor::archiveError(const Run& state, const QString& what) const
{
    const QString message = state.lastName.isEmpty()
        ? tr("the archive is damaged or truncated")
        : tr("the archive is damaged or truncated after entry \"%1\"")
              .arg(EntryPath::display(state.lastName));
    return Error(ErrorCode::Integrity, message, state.subject, what);
}

} // namespace ms
