#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <functional>
#include <sys/types.h>

struct archive;
struct archive_entry;

namespace ms {

class EntryPath;
class StagingDirectory;

/// Unpacks a module package (a tar archive compressed with gzip, or zstd) into a fresh
/// staging directory, treating the archive as hostile. Nothing it contains can write
/// outside the staging directory, and a package that tries is refused as a whole:
///
/// - names: relative, no ".." component, no control characters, valid UTF-8, within
///   NAME_MAX / PATH_MAX (see EntryPath);
/// - types: regular files, directories, symbolic links and hard links only — no devices,
///   FIFOs or sockets, no setuid, setgid or sticky bits; links, directories and special
///   entries carry no data;
/// - symbolic links: relative targets that stay inside the package (EntryPath::checkSymlinkTarget);
///   hard links: to a regular file extracted earlier from the same package;
/// - writing: every parent is a real directory made by this extraction, opened relative to
///   the staging directory without following links; no entry replaces an existing name
///   (a directory may be named again); no chown; directories get 0755, files 0644 or 0755
///   (executable when the archive gave any execute bit);
/// - caps on bytes per entry, bytes in total and entries, counted while writing — the
///   sizes in the headers are never trusted.
///
/// libarchive's archive_write_disk (with ARCHIVE_EXTRACT_SECURE_*) is deliberately not
/// used: it works on paths relative to the process's current directory, which a
/// multi-threaded program cannot chdir, and its checks stop neither a link that points
/// out nor a later entry written through a link (libarchive #744–#746, CVE-2021-31566).
///
/// The package's integrity is the signed catalog's SHA-256, checked before extraction. A
/// damaged stream is reported when the decompressor or the tar reader notices it, but not
/// every corruption is noticed: libarchive 3.6 does not verify the gzip trailer's CRC, and
/// a cut that only loses the padding after the end-of-archive blocks loses no content.
///
/// Extraction is synchronous and keeps no state between calls; a job runs it on a worker
/// thread and cancels it through the progress callback.
class ArchiveExtractor
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveExtractor)

public:
    /// How far an extraction has come.
    struct Progress
    {
        qint64 entries = 0; ///< archive entries read so far, the current one included
        qint64 bytesWritten = 0; ///< bytes written into files so far
        qint64 archiveBytesRead = 0; ///< compressed bytes consumed from the archive
        qint64 archiveSize = -1; ///< the archive's size in bytes
    };
    /// Called after each entry and after each block written. Return false to cancel: the
    /// extraction stops with ErrorCode::Cancelled and removes the staging directory.
    using ProgressCallback = std::function<bool(const Progress&)>;

    struct Options
    {
        qint64 maxTotalBytes = qint64(2) << 30; ///< bytes written into all files together
        qint64 maxEntryBytes = qint64(1) << 30; ///< bytes written into any one file
        qint64 maxEntries = 100'000; ///< archive entries of any kind, the root "./" included
        bool syncToDisk = true; ///< flush the filesystem before returning success
        ProgressCallback progress;
    };

    enum class EntryType {
        File, ///< a regular file, written from the archive
        Directory, ///< a directory named by the archive (parents made implicitly are not listed)
        Symlink, ///< a symbolic link; linkTarget is its target as stored
        HardLink, ///< a second name for a file listed before; linkTarget is that file's path
    };

    /// One entry as extracted.
    struct Entry
    {
        QString path; ///< normalised, relative to the staging directory: "bin/selftest"
        EntryType type = EntryType::File;
        qint64 size = 0; ///< bytes in the file (for a hard link, in the file it names)
        int mode = 0; ///< permission bits as set on disk; 0 for a symbolic link
        QString linkTarget; ///< for links
    };

    /// What an extraction produced, in archive order.
    struct Summary
    {
        QString stagingDir; ///< absolute path of the staging directory, now the caller's
        qint64 entryCount = 0; ///< archive entries read
        qint64 bytesWritten = 0;
        QList<Entry> entries; ///< every entry but the root itself
    };

    /// An extractor with the default caps.
    ArchiveExtractor();
    explicit ArchiveExtractor(Options options);

    /// Extracts the package file @p archivePath into @p stagingDir, which this call creates
    /// (mode 0700; its parent must exist, it must not). On success the directory is the
    /// caller's. On any failure — a refused entry (Validation), a cap reached (Validation),
    /// a damaged archive (Integrity), an archive that is not a gzip- or zstd-compressed tar
    /// (Unsupported), cancellation (Cancelled), a filesystem error (Io), @p stagingDir
    /// existing (Conflict) — the staging directory no longer exists. An error about an entry
    /// says which: `entry "../x": the path leaves the package`; its subject is the archive.
    [[nodiscard]] Result<Summary> extract(const QString& archivePath, const QString& stagingDir) const;

    /// As extract(), from a package held in memory. @p name, if any, is the errors' subject.
    [[nodiscard]] Result<Summary> extractData(const QByteArray& archive, const QString& stagingDir,
                                              const QString& name = {}) const;

    const Options& options() const { return m_options; }

private:
    struct Run;

    Result<Summary> run(Run& state) const;
    Status extractEntry(Run& state, ::archive_entry* header, const EntryPath& path) const;
    Status writeFile(Run& state, const EntryPath& path, mode_t mode, Entry& entry) const;
    bool reportProgress(Run& state) const;
    Error entryError(const Run& state, const QByteArray& rawName, const Error& reason) const;
    Error archiveError(const Run& state, const QString& what) const;
    static Status checkCompression(const QByteArray& magic, const QString& subject);
    static Error damaged(const QString& subject, const QString& detail);

    Options m_options;
};

} // namespace ms
