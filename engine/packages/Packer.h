#pragma once

#include "core/Result.h"
#include "packages/Manifest.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace ms {

/// Builds a module package from a folder, for module authors (`mothershipctl pack DIR`):
/// `<module>-<version>.tar.gz` with the folder's manifest.json at the root.
///
/// The output is reproducible — the same folder gives the same bytes, whoever packs it,
/// whenever, with whatever umask: entries sorted by path (UTF-8 bytes), every mtime the same
/// (SOURCE_DATE_EPOCH when set, else 0), uid and gid 0 with no user or group names, modes
/// normalised (directories 0755, files 0644, or 0755 when any execute bit is set), pax
/// headers only where ustar cannot hold a name, and a gzip header without time stamp or
/// file name, at compression level 9.
///
/// Refused (Validation, naming the file): a manifest that does not validate, symbolic links
/// that are absolute or lead outside the folder (ArchiveExtractor would refuse them), and
/// anything that is not a file, a directory or a link. Version-control folders (.git, .hg,
/// .svn) and the output file itself are left out. The output is written to a temporary
/// file and renamed into place. Blocking disk work: call it off the GUI thread.
class Packer
{
    Q_DECLARE_TR_FUNCTIONS(Packer)

public:
    struct Options
    {
        /// Every entry's mtime; unset: sourceDateEpoch().
        std::optional<qint64> mtime;
        qint64 maxEntries = 100'000; ///< ArchiveExtractor's default cap
        qint64 maxTotalBytes = qint64(2) << 30; ///< likewise
    };

    struct Packed
    {
        QString path; ///< the package written
        Manifest manifest;
        QString sha256; ///< of the package's bytes, lower-case hex
        qint64 size = 0;
        qint64 entries = 0; ///< archive entries (files, directories, links)
    };

    /// The package file's name for @p manifest: "<module_name>-<version>.tar.gz".
    static QString fileName(const Manifest& manifest);
    /// SOURCE_DATE_EPOCH when it is set to a non-negative integer, else 0.
    static qint64 sourceDateEpoch();

    /// Packs @p folder into @p output; when @p output is empty or an existing directory, the
    /// file is fileName() in it (or in the current directory).
    [[nodiscard]] static Result<Packed> pack(const QString& folder, const QString& output,
                                             const Options& options);
    /// As above, with the default options.
    [[nodiscard]] static Result<Packed> pack(const QString& folder, const QString& output = {});
};

} // namespace ms
