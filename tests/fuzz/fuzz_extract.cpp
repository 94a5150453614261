// libFuzzer target for the extraction path (THREATS.md 10): ArchiveExtractor on arbitrary
// bytes, with the properties a hostile archive must never break checked after every run.
//
// The first input byte picks the shape of the rest. Odd: the bytes go in as they are, which
// exercises the magic check and the gzip/zstd decoders. Even: the harness gzips them first,
// so the fuzzer mutates tar headers directly instead of spending its time on deflate.

#include "packages/ArchiveExtractor.h"

#include <QByteArray>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <archive.h>
#include <archive_entry.h>
#include <climits>
#include <clocale>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <sys/stat.h>

namespace {

const QByteArray SentinelContent("the sentinel, unchanged\n");

[[noreturn]] void broken(const char* what, const QString& path = {})
{
    std::fprintf(stderr, "fuzz_extract: invariant broken: %s %s\n", what, qPrintable(path));
    std::abort();
}

la_ssize_t append(archive*, void* out, const void* buffer, size_t length)
{
    static_cast<QByteArray*>(out)->append(static_cast<const char*>(buffer), qsizetype(length));
    return la_ssize_t(length);
}

QByteArray gzip(const char* data, size_t size)
{
    QByteArray out;
    std::unique_ptr<archive, decltype(&archive_write_free)> writer(archive_write_new(), &archive_write_free);
    archive* a = writer.get();
    archive_write_set_format_raw(a);
    archive_write_add_filter_gzip(a);
    archive_write_set_filter_option(a, "gzip", "compression-level", "1");
    archive_write_set_bytes_in_last_block(a, 1);
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        &archive_entry_free);
    archive_entry_set_pathname(entry.get(), "input");
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    if (archive_write_open2(a, &out, nullptr, &append, nullptr, nullptr) != ARCHIVE_OK
        || archive_write_header(a, entry.get()) != ARCHIVE_OK
        || (size > 0 && archive_write_data(a, data, size) != la_ssize_t(size))
        || archive_write_close(a) != ARCHIVE_OK)
        broken("the harness could not gzip its input");
    return out;
}

bool existsNoFollow(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

/// What a successful extraction may have produced: directories 0755, files 0644 or 0755,
/// relative links that, where they resolve at all, resolve inside — and nothing else.
void checkTree(const QString& staging)
{
    char resolved[PATH_MAX];
    if (!::realpath(QFile::encodeName(staging).constData(), resolved))
        broken("the staging directory cannot be resolved", staging);
    const QByteArray root(resolved);
    QDirIterator it(staging, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray native = QFile::encodeName(path);
        struct stat st;
        if (::lstat(native.constData(), &st) != 0)
            broken("an extracted entry vanished", path);
        const mode_t mode = st.st_mode & 07777;
        if (S_ISDIR(st.st_mode)) {
            if (mode != 0755)
                broken("a directory with an unexpected mode", path);
        } else if (S_ISREG(st.st_mode)) {
            if (mode != 0644 && mode != 0755)
                broken("a file with an unexpected mode", path);
        } else if (S_ISLNK(st.st_mode)) {
            // A dangling link resolves nowhere; one that resolves must land inside.
            if (::realpath(native.constData(), resolved)) {
                const QByteArray target(resolved);
                if (target != root && !target.startsWith(QByteArray(root + '/')))
                    broken("a link resolves outside the staging directory", path);
            }
        } else {
            broken("an entry of a forbidden type", path);
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    // As in the application, where Qt switches a non-UTF-8 locale to C.UTF-8.
    std::setlocale(LC_ALL, "C.UTF-8");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    static QTemporaryDir workspace;
    static const QString sentinel = workspace.filePath(QStringLiteral("sentinel"));
    static const bool ready = [] {
        QFile file(sentinel);
        return workspace.isValid() && file.open(QIODevice::WriteOnly) && file.write(SentinelContent) > 0;
    }();
    if (!ready)
        broken("the harness could not set up its workspace");

    const char* rest = reinterpret_cast<const char*>(data + 1);
    const QByteArray input = (data[0] & 1) ? QByteArray(rest, qsizetype(size - 1)) : gzip(rest, size - 1);

    ms::ArchiveExtractor::Options options;
    options.maxTotalBytes = 8 << 20;
    options.maxEntryBytes = 4 << 20;
    options.maxEntries = 512;
    options.syncToDisk = false;
    const QString staging = workspace.filePath(QStringLiteral("staging"));
    const auto result = ms::ArchiveExtractor(options).extractData(input, staging);

    if (result.ok()) {
        checkTree(staging);
        if (!QDir(staging).removeRecursively())
            broken("the harness could not remove a successful extraction", staging);
    } else {
        if (existsNoFollow(staging))
            broken("a failed extraction left its staging directory", staging);
        if (result.error().message().contains(u'\n'))
            broken("an error message spans lines", result.error().message());
    }
    QFile check(sentinel);
    if (!check.open(QIODevice::ReadOnly) || check.readAll() != SentinelContent)
        broken("the sentinel outside the staging directory changed", sentinel);
    if (QDir(workspace.path())
            .entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot)
        != QStringList {QStringLiteral("sentinel")})
        broken("something appeared beside the staging directory", workspace.path());
    return 0;
}
