#include "TestSupport.h"
#include "packages/ArchiveExtractor.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <climits>
#include <cstring>
#include <memory>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using ms::ArchiveExtractor;
using ms::ErrorCode;
using Summary = ArchiveExtractor::Summary;

namespace {

// ---- Building archives at test time with libarchive's writer ----------------------------

enum class Compression { Gzip, Zstd, None, GzipOverZstd };

struct TarEntry
{
    enum Kind { File, Directory, Symlink, HardLink, CharDevice, BlockDevice, Fifo };
    QByteArray name;
    Kind kind = File;
    QByteArray data;
    int perm = 0644;
    QByteArray link;
    qint64 zeros = 0; // bytes of zeros streamed after data: a bomb without holding it in memory
};

TarEntry fileEntry(const QByteArray& name, const QByteArray& data = {}, int perm = 0644)
{
    return {name, TarEntry::File, data, perm, {}, 0};
}
TarEntry dirEntry(const QByteArray& name, int perm = 0755)
{
    return {name, TarEntry::Directory, {}, perm, {}, 0};
}
TarEntry linkEntry(const QByteArray& name, const QByteArray& target)
{
    return {name, TarEntry::Symlink, {}, 0777, target, 0};
}
TarEntry hardLinkEntry(const QByteArray& name, const QByteArray& target)
{
    return {name, TarEntry::HardLink, {}, 0644, target, 0};
}
TarEntry zerosEntry(const QByteArray& name, qint64 count)
{
    return {name, TarEntry::File, {}, 0644, {}, count};
}

/// Streams a tar archive into memory. GNU tar format: names go in as raw bytes, however
/// hostile, and long ones through GNU's long-name records.
class ArchiveWriter
{
public:
    explicit ArchiveWriter(Compression compression, bool raw = false)
        : m_archive(archive_write_new(), &archive_write_free)
    {
        archive* a = m_archive.get();
        raw ? archive_write_set_format_raw(a) : archive_write_set_format_gnutar(a);
        switch (compression) {
        case Compression::Gzip:
            archive_write_add_filter_gzip(a);
            break;
        case Compression::Zstd:
            archive_write_add_filter_zstd(a);
            break;
        case Compression::None:
            archive_write_add_filter_none(a);
            break;
        case Compression::GzipOverZstd:
            archive_write_add_filter_zstd(a);
            archive_write_add_filter_gzip(a);
            break;
        }
        archive_write_set_bytes_in_last_block(a, 1); // no zeros after a zstd frame
        m_ok
            = archive_write_open2(a, &m_out, nullptr, &ArchiveWriter::append, nullptr, nullptr) == ARCHIVE_OK;
    }

    bool add(const TarEntry& e)
    {
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            &archive_entry_free);
        archive_entry* h = entry.get();
        archive_entry_set_pathname(h, e.name.constData());
        archive_entry_set_perm(h, mode_t(e.perm));
        archive_entry_set_mtime(h, 1767225600, 0);
        switch (e.kind) {
        case TarEntry::File:
            archive_entry_set_filetype(h, AE_IFREG);
            archive_entry_set_size(h, e.data.size() + e.zeros);
            break;
        case TarEntry::Directory:
            archive_entry_set_filetype(h, AE_IFDIR);
            break;
        case TarEntry::Symlink:
            archive_entry_set_filetype(h, AE_IFLNK);
            archive_entry_set_symlink(h, e.link.constData());
            break;
        case TarEntry::HardLink:
            archive_entry_set_filetype(h, AE_IFREG);
            archive_entry_set_hardlink(h, e.link.constData());
            break;
        case TarEntry::CharDevice:
            archive_entry_set_filetype(h, AE_IFCHR);
            archive_entry_set_rdev(h, makedev(1, 3));
            break;
        case TarEntry::BlockDevice:
            archive_entry_set_filetype(h, AE_IFBLK);
            archive_entry_set_rdev(h, makedev(8, 0));
            break;
        case TarEntry::Fifo:
            archive_entry_set_filetype(h, AE_IFIFO);
            break;
        }
        if (archive_write_header(m_archive.get(), h) != ARCHIVE_OK)
            return fail();
        if (!e.data.isEmpty()
            && archive_write_data(m_archive.get(), e.data.constData(), size_t(e.data.size())) < 0)
            return fail();
        return writeZeros(e.zeros);
    }

    bool writeZeros(qint64 count)
    {
        static const QByteArray block(1 << 20, '\0');
        while (count > 0) {
            const qint64 n = qMin<qint64>(count, block.size());
            if (archive_write_data(m_archive.get(), block.constData(), size_t(n)) != n)
                return fail();
            count -= n;
        }
        return true;
    }

    bool writeRaw(const QByteArray& data)
    {
        return archive_write_data(m_archive.get(), data.constData(), size_t(data.size())) == data.size()
            || fail();
    }

    QByteArray finish()
    {
        if (archive_write_close(m_archive.get()) != ARCHIVE_OK)
            fail();
        return m_ok ? m_out : QByteArray();
    }

    bool ok() const { return m_ok; }
    /// Bytes of tar written so far, before compression.
    qint64 uncompressed() const { return archive_filter_bytes(m_archive.get(), 0); }
    QString error() const { return QString::fromLocal8Bit(archive_error_string(m_archive.get())); }

private:
    static la_ssize_t append(archive*, void* out, const void* buffer, size_t length)
    {
        static_cast<QByteArray*>(out)->append(static_cast<const char*>(buffer), qsizetype(length));
        return la_ssize_t(length);
    }
    bool fail()
    {
        if (m_ok)
            qWarning() << "archive writer:" << error();
        m_ok = false;
        return false;
    }

    std::unique_ptr<archive, decltype(&archive_write_free)> m_archive;
    QByteArray m_out;
    bool m_ok = false;
};

QByteArray makeArchive(const QList<TarEntry>& entries, Compression compression = Compression::Gzip)
{
    ArchiveWriter writer(compression);
    for (const TarEntry& e : entries)
        if (!writer.add(e))
            return {};
    return writer.finish();
}

void putOctal(char* field, int width, qint64 value)
{
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
}

/// One hand-made ustar header, for what libarchive's writer will not produce: a size field
/// that lies (base-256, any value), data after a link or directory, an empty name.
QByteArray ustarHeader(const QByteArray& name, char type, qint64 size, int mode = 0644,
                       const QByteArray& link = {})
{
    QByteArray h(512, '\0');
    char* p = h.data();
    std::memcpy(p, name.constData(), size_t(qMin<qsizetype>(name.size(), 100)));
    putOctal(p + 100, 8, mode);
    putOctal(p + 108, 8, 0);
    putOctal(p + 116, 8, 0);
    if (size < (qint64(1) << 33)) {
        putOctal(p + 124, 12, size);
    } else { // base-256: the first byte's top bit set, the value big-endian in the rest
        p[124] = char(0x80);
        for (int i = 0; i < 8; ++i)
            p[135 - i] = char((size >> (8 * i)) & 0xff);
    }
    putOctal(p + 136, 12, 1767225600);
    p[156] = type;
    std::memcpy(p + 157, link.constData(), size_t(qMin<qsizetype>(link.size(), 100)));
    std::memcpy(p + 257,
                "ustar\0"
                "00",
                8);
    std::memset(p + 148, ' ', 8);
    unsigned sum = 0;
    for (int i = 0; i < 512; ++i)
        sum += static_cast<unsigned char>(p[i]);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(p + 148, checksum.constData(), 6);
    p[154] = '\0';
    return h;
}

/// A pax extended header record, "<length> <key>=<value>\n", the length counting itself.
QByteArray paxRecord(const QByteArray& key, const QByteArray& value)
{
    const QByteArray body = ' ' + key + '=' + value + '\n';
    qsizetype length = body.size() + 1;
    while (QByteArray::number(length).size() + body.size() != length)
        ++length;
    return QByteArray::number(length) + body;
}

QByteArray padded(QByteArray data)
{
    if (data.size() % 512)
        data.append(512 - data.size() % 512, '\0');
    return data;
}

QByteArray endOfArchive()
{
    return QByteArray(1024, '\0');
}

/// @p tar compressed as it is, through libarchive's raw format.
QByteArray gzipRaw(const QByteArray& tar, qint64 trailingZeros = 0)
{
    ArchiveWriter writer(Compression::Gzip, true);
    if (!writer.ok())
        return {};
    // The raw format needs a header call; the name is not written anywhere.
    return writer.add(fileEntry("raw")) && writer.writeRaw(tar) && writer.writeZeros(trailingZeros)
        ? writer.finish()
        : QByteArray();
}

// ---- The world around the staging directory ------------------------------------------------

/// A temporary tree with a sentinel file outside the staging directory. Every hostile
/// archive aims at it; snapshot() records the whole tree so a test can show nothing moved.
class Sandbox
{
public:
    bool init()
    {
        return m_dir.isValid() && QDir().mkpath(outside()) && QDir().mkpath(work())
            && QDir().mkpath(m_dir.filePath(QStringLiteral("archives")))
            && TestSupport::writeFile(sentinel(), "the sentinel, unchanged\n");
    }
    QString root() const { return m_dir.path(); }
    QString outside() const { return m_dir.filePath(QStringLiteral("outside")); }
    QString sentinel() const { return outside() + QStringLiteral("/sentinel"); }
    QString work() const { return m_dir.filePath(QStringLiteral("work")); }
    QString staging(const QString& name = QStringLiteral("staging")) const { return work() + u'/' + name; }
    QString writeArchive(const QByteArray& data, const QString& name = QStringLiteral("package.tar.gz")) const
    {
        const QString path = m_dir.filePath(QStringLiteral("archives/") + name);
        return TestSupport::writeFile(path, data) ? path : QString();
    }

    /// Every path under the sandbox with its type, mode, link count and content or target.
    QMap<QString, QString> snapshot() const
    {
        QMap<QString, QString> tree;
        QDirIterator it(root(), QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            struct stat st;
            QString description = QStringLiteral("unreadable");
            if (::lstat(QFile::encodeName(path).constData(), &st) == 0) {
                description = QString::number(st.st_mode, 8) + u' ' + QString::number(st.st_nlink);
                if (S_ISLNK(st.st_mode))
                    description += u' ' + QFileInfo(path).symLinkTarget();
                else if (S_ISREG(st.st_mode))
                    description += u' '
                        + QString::fromLatin1(QCryptographicHash::hash(TestSupport::readFile(path),
                                                                       QCryptographicHash::Sha256)
                                                  .toHex());
            }
            tree.insert(QDir(root()).relativeFilePath(path), description);
        }
        return tree;
    }

private:
    QTemporaryDir m_dir;
};

bool existsNoFollow(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0;
}

int modeOf(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

ino_t inodeOf(const QString& path)
{
    struct stat st;
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

ArchiveExtractor::Options quiet()
{
    ArchiveExtractor::Options options;
    options.syncToDisk = false; // flushing the whole filesystem proves nothing here
    return options;
}

} // namespace

Q_DECLARE_METATYPE(TarEntry)
Q_DECLARE_METATYPE(Compression)
Q_DECLARE_METATYPE(ms::ErrorCode)

class TestArchiveExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void defaults();
    void roundTrip_data();
    void roundTrip();
    void reportsProgress();
    void acceptsOddButSafeNames();

    void refusesUnsafeNames_data();
    void refusesUnsafeNames();
    void refusesSpecialFilesAndModeBits_data();
    void refusesSpecialFilesAndModeBits();
    void refusesCraftedHeaders_data();
    void refusesCraftedHeaders();
    void refusesSymlinksOut_data();
    void refusesSymlinksOut();
    void neverWritesThroughSymlink_data();
    void neverWritesThroughSymlink();
    void refusesChainedSymlinkEscape();
    void refusesReplacingEntries_data();
    void refusesReplacingEntries();
    void twoArchiveAttack();
    void refusesHardLinksOut_data();
    void refusesHardLinksOut();

    void stopsDecompressionBomb_data();
    void stopsDecompressionBomb();
    void stopsEntryFlood();
    void refusesDamagedOrForeignArchives_data();
    void refusesDamagedOrForeignArchives();
    void cancels_data();
    void cancels();

    void stagingMustBeFresh();
    void removesDeepTreeWithFewDescriptors();
    void missingArchiveCreatesNothing();

private:
    /// Extracts @p archive into a fresh staging directory of @p sandbox and checks that it
    /// was refused with @p code, naming @p entry and giving @p reason, and that nothing
    /// changed: same tree, no staging directory.
    void expectRefused(Sandbox& sandbox, const QByteArray& archive, ErrorCode code, const QString& entry,
                       const QString& reason, ArchiveExtractor::Options options = quiet());
};

void TestArchiveExtractor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    ::umask(022);
}

void TestArchiveExtractor::expectRefused(Sandbox& sandbox, const QByteArray& archive, ErrorCode code,
                                         const QString& entry, const QString& reason,
                                         ArchiveExtractor::Options options)
{
    QVERIFY(!archive.isEmpty());
    const QString path = sandbox.writeArchive(archive);
    QVERIFY(!path.isEmpty());
    const QMap<QString, QString> before = sandbox.snapshot();

    const auto result = ArchiveExtractor(std::move(options)).extract(path, sandbox.staging());

    QVERIFY2(!result.ok(), "a hostile archive was extracted");
    QCOMPARE(ms::Error::codeName(result.error().code()), ms::Error::codeName(code));
    QCOMPARE(result.error().subject(), path);
    if (!entry.isNull())
        QVERIFY2(result.error().message().startsWith(QStringLiteral("entry \"%1\": ").arg(entry)),
                 qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(reason), qPrintable(result.error().message()));
    QVERIFY2(!existsNoFollow(sandbox.staging()), "the staging directory was left behind");
    QCOMPARE(sandbox.snapshot(), before);
    QCOMPARE(TestSupport::readFile(sandbox.sentinel()), QByteArray("the sentinel, unchanged\n"));
}

void TestArchiveExtractor::defaults()
{
    const ArchiveExtractor extractor;
    const ArchiveExtractor::Options& o = extractor.options();
    QCOMPARE(o.maxTotalBytes, qint64(2) * 1024 * 1024 * 1024);
    QCOMPARE(o.maxEntryBytes, qint64(1) * 1024 * 1024 * 1024);
    QCOMPARE(o.maxEntries, qint64(100000));
    QVERIFY(o.syncToDisk);
}

void TestArchiveExtractor::roundTrip_data()
{
    QTest::addColumn<Compression>("compression");
    QTest::addColumn<bool>("fromMemory");
    QTest::newRow("tar.gz file") << Compression::Gzip << false;
    QTest::newRow("tar.zst file") << Compression::Zstd << false;
    QTest::newRow("tar.gz in memory") << Compression::Gzip << true;
}

void TestArchiveExtractor::roundTrip()
{
    QFETCH(Compression, compression);
    QFETCH(bool, fromMemory);
    Sandbox sandbox;
    QVERIFY(sandbox.init());

    const QByteArray manifest = R"({ "module_name": "farm_manager", "version": "1.8.0" })";
    const QByteArray script = "#!/bin/sh\nexit 0\n";
    const QByteArray js = "export const units = 'metric';\n";
    const QByteArray archive = makeArchive(
        {
            dirEntry("./"),
            fileEntry("./manifest.json", manifest, 0600),
            dirEntry("bin", 0700),
            fileEntry("bin/selftest", script, 0775),
            fileEntry("bin/tool", "tool", 0700),
            fileEntry("lib/x.js", js, 0666),
            fileEntry("lib/deep/nested/y.txt", "y", 0444),
            linkEntry("lib/alias.json", "../manifest.json"),
            linkEntry("current", "lib/x.js"),
            hardLinkEntry("lib/x-copy.js", "lib/x.js"),
            fileEntry("empty.txt"),
            dirEntry("lib/", 0777),
        },
        compression);
    QVERIFY(!archive.isEmpty());

    ArchiveExtractor::Options options;
    if (compression == Compression::Zstd)
        options.syncToDisk = false;
    const ArchiveExtractor extractor(options);
    const QString staging = sandbox.staging();
    const auto result = fromMemory ? extractor.extractData(archive, staging)
                                   : extractor.extract(sandbox.writeArchive(archive), staging);
    QVERIFY2(result.ok(), qPrintable(result.error().toString() + u' ' + result.error().detail()));

    const QDir dir(staging);
    QCOMPARE(modeOf(staging), 0700);
    QCOMPARE(TestSupport::readFile(dir.filePath("manifest.json")), manifest);
    QCOMPARE(modeOf(dir.filePath("manifest.json")), 0644);
    QCOMPARE(modeOf(dir.filePath("bin")), 0755);
    QCOMPARE(TestSupport::readFile(dir.filePath("bin/selftest")), script);
    QCOMPARE(modeOf(dir.filePath("bin/selftest")), 0755);
    QCOMPARE(modeOf(dir.filePath("bin/tool")), 0755);
    QCOMPARE(modeOf(dir.filePath("lib/x.js")), 0644);
    QCOMPARE(modeOf(dir.filePath("lib")), 0755);
    QCOMPARE(modeOf(dir.filePath("lib/deep")), 0755);
    QCOMPARE(modeOf(dir.filePath("lib/deep/nested")), 0755);
    QCOMPARE(modeOf(dir.filePath("lib/deep/nested/y.txt")), 0644);
    QCOMPARE(TestSupport::readFile(dir.filePath("empty.txt")), QByteArray());

    QVERIFY(QFileInfo(dir.filePath("lib/alias.json")).isSymLink());
    QCOMPARE(QFile::symLinkTarget(dir.filePath("lib/alias.json")), dir.filePath("manifest.json"));
    QCOMPARE(TestSupport::readFile(dir.filePath("lib/alias.json")), manifest);
    QCOMPARE(TestSupport::readFile(dir.filePath("current")), js);
    QCOMPARE(inodeOf(dir.filePath("lib/x-copy.js")), inodeOf(dir.filePath("lib/x.js")));

    const Summary& summary = *result;
    QCOMPARE(summary.stagingDir, staging);
    QCOMPARE(summary.entryCount, qint64(12));
    QCOMPARE(summary.bytesWritten, qint64(manifest.size() + script.size() + 4 + js.size() + 1));
    QStringList paths;
    for (const ArchiveExtractor::Entry& e : summary.entries)
        paths << e.path;
    QCOMPARE(
        paths,
        (QStringList {"manifest.json", "bin", "bin/selftest", "bin/tool", "lib/x.js", "lib/deep/nested/y.txt",
                      "lib/alias.json", "current", "lib/x-copy.js", "empty.txt", "lib"}));
    const ArchiveExtractor::Entry& selftest = summary.entries.at(2);
    QCOMPARE(selftest.type, ArchiveExtractor::EntryType::File);
    QCOMPARE(selftest.size, qint64(script.size()));
    QCOMPARE(selftest.mode, 0755);
    const ArchiveExtractor::Entry& alias = summary.entries.at(6);
    QCOMPARE(alias.type, ArchiveExtractor::EntryType::Symlink);
    QCOMPARE(alias.linkTarget, QStringLiteral("../manifest.json"));
    const ArchiveExtractor::Entry& copy = summary.entries.at(8);
    QCOMPARE(copy.type, ArchiveExtractor::EntryType::HardLink);
    QCOMPARE(copy.linkTarget, QStringLiteral("lib/x.js"));
    QCOMPARE(copy.size, qint64(js.size()));
    QCOMPARE(summary.entries.at(10).type, ArchiveExtractor::EntryType::Directory);
}

void TestArchiveExtractor::reportsProgress()
{
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QByteArray archive = makeArchive({fileEntry("a", QByteArray(200'000, 'a')), dirEntry("d"),
                                            fileEntry("d/b", QByteArray(100'000, 'b')), linkEntry("l", "a")});
    const QString path = sandbox.writeArchive(archive);

    QList<ArchiveExtractor::Progress> seen;
    ArchiveExtractor::Options options = quiet();
    options.progress = [&seen](const ArchiveExtractor::Progress& p) {
        seen.append(p);
        return true;
    };
    const auto result = ArchiveExtractor(options).extract(path, sandbox.staging());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));

    QVERIFY(seen.size() >= 4); // at least once per entry
    for (qsizetype i = 1; i < seen.size(); ++i) {
        QVERIFY(seen[i].entries >= seen[i - 1].entries);
        QVERIFY(seen[i].bytesWritten >= seen[i - 1].bytesWritten);
        QVERIFY(seen[i].archiveBytesRead >= seen[i - 1].archiveBytesRead);
    }
    for (const ArchiveExtractor::Progress& p : std::as_const(seen)) {
        QCOMPARE(p.archiveSize, qint64(archive.size()));
        QVERIFY(p.archiveBytesRead <= p.archiveSize);
    }
    QCOMPARE(seen.constLast().entries, result->entryCount);
    QCOMPARE(seen.constLast().bytesWritten, qint64(300'000));
    QCOMPARE(result->bytesWritten, qint64(300'000));
    QVERIFY(seen.constLast().archiveBytesRead > 0);
}

void TestArchiveExtractor::acceptsOddButSafeNames()
{
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QByteArray utf8 = QStringLiteral("módulo/ファイル.txt").toUtf8();
    const QByteArray archive = makeArchive({
        fileEntry("./a//b/./c", "c"),
        fileEntry(utf8, "utf8"),
        fileEntry("with space\\and backslash", "s"),
        fileEntry("...", "dots"),
        fileEntry(".hidden", "h"),
        linkEntry("a/b/up", "../../with space\\and backslash"),
        linkEntry("a/b/root", "../.."),
    });
    const auto result = ArchiveExtractor(quiet()).extract(sandbox.writeArchive(archive), sandbox.staging());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const QDir dir(sandbox.staging());
    QCOMPARE(TestSupport::readFile(dir.filePath("a/b/c")), QByteArray("c"));
    QCOMPARE(TestSupport::readFile(dir.filePath(QString::fromUtf8(utf8))), QByteArray("utf8"));
    QCOMPARE(TestSupport::readFile(dir.filePath("...")), QByteArray("dots"));
    QCOMPARE(TestSupport::readFile(dir.filePath("a/b/up")), QByteArray("s"));
    QCOMPARE(QFileInfo(dir.filePath("a/b/root")).canonicalFilePath(),
             QFileInfo(sandbox.staging()).canonicalFilePath());
    QCOMPARE(result->entries.first().path, QStringLiteral("a/b/c"));
}

void TestArchiveExtractor::refusesUnsafeNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("reason");

    const QString leaves = QStringLiteral("the path leaves the package");
    QTest::newRow("../x") << QByteArray("../x") << "../x" << leaves;
    QTest::newRow("dot-dot to the sentinel")
        << QByteArray("../../outside/sentinel") << "../../outside/sentinel" << leaves;
    QTest::newRow("a/../../x") << QByteArray("a/../../x") << "a/../../x" << leaves;
    QTest::newRow("harmless-looking a/../b") << QByteArray("a/../b") << "a/../b" << leaves;
    QTest::newRow("trailing ..") << QByteArray("a/..") << "a/.." << leaves;
    QTest::newRow("..") << QByteArray("..") << ".." << leaves;
    QTest::newRow("placeholder in the name") << QByteArray("%1%2/../x") << "%1%2/../x" << leaves;
    QTest::newRow("absolute") << QByteArray("@SENTINEL@") << "@SENTINEL@"
                              << "the path is absolute";
    QTest::newRow("root-only /") << QByteArray("/") << "/"
                                 << "the path is absolute";
    QTest::newRow("component > NAME_MAX")
        << QByteArray(NAME_MAX + 1, 'n') << QString() << "longer than 255 bytes";
    QByteArray deep;
    while (deep.size() < PATH_MAX)
        deep += QByteArray(200, 'd') + '/';
    QTest::newRow("name >= PATH_MAX") << deep << QString() << "the name is longer than 4095 bytes";
    QTest::newRow("fits PATH_MAX, not below the staging dir")
        << QByteArray("@NEARLY_PATH_MAX@") << QString() << "the path is too long to extract here";
    QTest::newRow("newline") << QByteArray("a\nb") << "a\\x0ab"
                             << "control character";
    QTest::newRow("escape sequence") << QByteArray("x\x1b[31mred") << "x\\x1b[31mred"
                                     << "control character";
    QTest::newRow("DEL") << QByteArray("x\x7f") << "x\\x7f"
                         << "control character";
    QTest::newRow("invalid UTF-8") << QByteArray("bad\xff\xfe") << QString() << "not valid UTF-8";
    QTest::newRow("overlong UTF-8 slash")
        << QByteArray("a\xc0\xaf..\xc0\xafx") << QString() << "not valid UTF-8";
    QTest::newRow("UTF-16 surrogate") << QByteArray("s\xed\xa0\x80") << QString() << "not valid UTF-8";
    QTest::newRow("file named like the root") << QByteArray(".") << "."
                                              << "would replace the package root";
    // libarchive reads a regular file whose name ends in "/" as a directory — with data.
    QTest::newRow("file with trailing slash") << QByteArray("f/") << "f/"
                                              << "not a regular file but carries data";
}

void TestArchiveExtractor::refusesUnsafeNames()
{
    QFETCH(QByteArray, name);
    QFETCH(QString, shown);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    if (name == "@SENTINEL@") {
        name = QFile::encodeName(sandbox.sentinel());
        shown = sandbox.sentinel();
    } else if (name == "@NEARLY_PATH_MAX@") {
        // Short enough for a name, too long once below the staging directory.
        name.clear();
        while (name.size() < PATH_MAX - 1 - 8)
            name += QByteArray(qMin<qsizetype>(200, PATH_MAX - 1 - 8 - name.size()), 'p') + '/';
        name.chop(1);
    }
    const QByteArray archive = makeArchive({fileEntry("fine.txt", "fine"), fileEntry(name, "pwned\n")});
    expectRefused(sandbox, archive, ErrorCode::Validation, shown, reason);
    if (QTest::currentTestFailed())
        return;
    if (shown.isNull()) {
        // Long or undecodable names are still named, in a printable form.
        const auto result = ArchiveExtractor(quiet()).extractData(archive, sandbox.staging());
        QVERIFY(result.error().message().startsWith(QStringLiteral("entry \"")));
        QVERIFY(!result.error().message().contains(u'\n'));
    }
}

void TestArchiveExtractor::refusesSpecialFilesAndModeBits_data()
{
    QTest::addColumn<TarEntry>("entry");
    QTest::addColumn<QString>("reason");
    QTest::newRow("character device")
        << TarEntry {"null", TarEntry::CharDevice, {}, 0666, {}, 0} << "character device";
    QTest::newRow("block device") << TarEntry {"sda", TarEntry::BlockDevice, {}, 0660, {}, 0}
                                  << "block device";
    QTest::newRow("fifo") << TarEntry {"pipe", TarEntry::Fifo, {}, 0644, {}, 0} << "FIFO";
    QTest::newRow("setuid file") << fileEntry("bin/su", "#!/bin/sh\n", 04755) << "mode 4755";
    QTest::newRow("setgid file") << fileEntry("bin/sg", "#!/bin/sh\n", 02755) << "mode 2755";
    QTest::newRow("sticky directory") << dirEntry("tmp/", 01777) << "mode 1777";
    QTest::newRow("setgid directory") << dirEntry("shared/", 02775) << "mode 2775";
}

void TestArchiveExtractor::refusesSpecialFilesAndModeBits()
{
    QFETCH(TarEntry, entry);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    expectRefused(sandbox, makeArchive({fileEntry("manifest.json", "{}"), entry}), ErrorCode::Validation,
                  QString::fromUtf8(entry.name), reason);
}

void TestArchiveExtractor::refusesCraftedHeaders_data()
{
    QTest::addColumn<QByteArray>("tar");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");

    const QByteArray data = padded(QByteArray(1000, 'x'));
    // libarchive ignores the size of a directory and reads its data as the next header.
    QTest::newRow("directory carrying data")
        << ustarHeader("d/", '5', 1000, 0755) + data + endOfArchive() << ErrorCode::Integrity << QString()
        << "damaged or truncated after entry \"d/\"";
    // In a pax archive a hard link may carry data ("hardlink with data"): never read, refused.
    const QByteArray pax = paxRecord("comment", "hard link with data");
    QTest::newRow("hard link carrying data (pax)")
        << ustarHeader("f", '0', 4) + padded("file") + ustarHeader("PaxHeader/h", 'x', pax.size())
            + padded(pax) + ustarHeader("h", '1', 1000, 0644, "f") + data + endOfArchive()
        << ErrorCode::Validation << "h"
        << "not a regular file but carries data";
    QTest::newRow("empty name") << ustarHeader("", '0', 4) + padded("data") + endOfArchive()
                                << ErrorCode::Validation << ""
                                << "the entry has no name";
    QTest::newRow("bad header checksum") << []() -> QByteArray {
        QByteArray h = ustarHeader("f", '0', 4);
        h[0] = 'g';
        return h + padded("data") + endOfArchive();
    }() << ErrorCode::Integrity
        << QString() << "damaged";
}

void TestArchiveExtractor::refusesCraftedHeaders()
{
    QFETCH(QByteArray, tar);
    QFETCH(ErrorCode, code);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    expectRefused(sandbox, gzipRaw(tar), code, entry, reason);
}

void TestArchiveExtractor::refusesSymlinksOut_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<QByteArray>("target");
    QTest::addColumn<QString>("reason");
    const QString outside = QStringLiteral("the link points outside the package");
    QTest::newRow("../x at the root") << QByteArray("l") << QByteArray("../x") << outside;
    QTest::newRow("one level too many") << QByteArray("a/b/l") << QByteArray("../../../outside") << outside;
    QTest::newRow("to the sentinel") << QByteArray("a/l") << QByteArray("../../../outside/sentinel")
                                     << outside;
    QTest::newRow("dot-dot only") << QByteArray("l") << QByteArray("..") << outside;
    QTest::newRow("absolute") << QByteArray("l") << QByteArray("/etc/passwd") << "absolute path";
    QTest::newRow("absolute to the sentinel")
        << QByteArray("l") << QByteArray("@SENTINEL@") << "absolute path";
    QTest::newRow("climbs after descending")
        << QByteArray("l") << QByteArray("a/../../x") << "after a directory name";
    QTest::newRow("empty target") << QByteArray("l") << QByteArray() << "the link has no target";
    QTest::newRow("name with trailing slash") << QByteArray("l/") << QByteArray("x") << "ends in \"/\"";
    QTest::newRow("control character") << QByteArray("l") << QByteArray("a\nb") << "control character";
}

void TestArchiveExtractor::refusesSymlinksOut()
{
    QFETCH(QByteArray, name);
    QFETCH(QByteArray, target);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    if (target == "@SENTINEL@")
        target = QFile::encodeName(sandbox.sentinel());
    expectRefused(sandbox, makeArchive({fileEntry("manifest.json", "{}"), linkEntry(name, target)}),
                  ErrorCode::Validation, QString::fromUtf8(name), reason);
}

void TestArchiveExtractor::neverWritesThroughSymlink_data()
{
    QTest::addColumn<QList<TarEntry>>("entries");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    // CVE-2021-31566 and libarchive #744: a link out, then a file "inside" the link.
    QTest::newRow("link out, then a file through it")
        << QList<TarEntry> {linkEntry("evil", "../../outside"), fileEntry("evil/sentinel", "pwned\n")}
        << "evil"
        << "points outside";
    // Even a link that points inside is never a parent: every parent is a real directory.
    QTest::newRow("link inside, then a file through it")
        << QList<TarEntry> {dirEntry("d"), linkEntry("l", "d"), fileEntry("l/f", "through a link")} << "l/f"
        << "its parent \"l\" is a symbolic link";
    QTest::newRow("link inside, then a directory through it")
        << QList<TarEntry> {dirEntry("d"), linkEntry("l", "d"), dirEntry("l/sub")} << "l/sub/"
        << "its parent \"l\" is a symbolic link";
    QTest::newRow("link inside, then a deep file through it")
        << QList<TarEntry> {dirEntry("d/e"), linkEntry("d/l", "e"), fileEntry("d/l/x/y", "y")} << "d/l/x/y"
        << "its parent \"d/l\" is a symbolic link";
    QTest::newRow("file as a parent") << QList<TarEntry> {fileEntry("f", "f"), fileEntry("f/g", "g")} << "f/g"
                                      << "its parent \"f\" is not a directory";
}

void TestArchiveExtractor::neverWritesThroughSymlink()
{
    QFETCH(QList<TarEntry>, entries);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    expectRefused(sandbox, makeArchive(entries), ErrorCode::Validation, entry, reason);
}

void TestArchiveExtractor::refusesChainedSymlinkEscape()
{
    // Each link looks inside on paper — "x/up" -> ".." is the root — but "up/.." climbs from
    // wherever "up" points, one level above the root.
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    expectRefused(
        sandbox,
        makeArchive({dirEntry("x"), linkEntry("x/up", ".."), linkEntry("x/up2", "up/../outside/sentinel")}),
        ErrorCode::Validation, QStringLiteral("x/up2"), QStringLiteral("\"..\" after a directory name"));
}

void TestArchiveExtractor::refusesReplacingEntries_data()
{
    QTest::addColumn<QList<TarEntry>>("entries");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    // libarchive #745/#746: a later entry of the same name replaces a directory or a link.
    QTest::newRow("link replaces a directory")
        << QList<TarEntry> {dirEntry("d"), fileEntry("d/f", "f"), linkEntry("d", "elsewhere")} << "d"
        << "would replace a directory";
    QTest::newRow("file replaces a link")
        << QList<TarEntry> {linkEntry("l", "manifest.json"), fileEntry("l", "pwned")} << "l"
        << "would replace a symbolic link";
    QTest::newRow("directory replaces a link") << QList<TarEntry> {linkEntry("l", "."), dirEntry("l")} << "l/"
                                               << "would replace a symbolic link";
    QTest::newRow("file replaces a directory") << QList<TarEntry> {dirEntry("d"), fileEntry("d", "x")} << "d"
                                               << "would replace a directory";
    QTest::newRow("hard link replaces a file")
        << QList<TarEntry> {fileEntry("a", "a"), fileEntry("b", "b"), hardLinkEntry("b", "a")} << "b"
        << "would replace an earlier entry";
    QTest::newRow("same file twice") << QList<TarEntry> {fileEntry("f", "one"), fileEntry("f", "two")} << "f"
                                     << "would replace an earlier entry";
}

void TestArchiveExtractor::refusesReplacingEntries()
{
    QFETCH(QList<TarEntry>, entries);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    expectRefused(sandbox, makeArchive(entries), ErrorCode::Validation, entry, reason);
}

void TestArchiveExtractor::twoArchiveAttack()
{
    // GNU tar CVE-2025-45582: the first archive plants "x -> ../..", the second writes
    // "x/authorized_keys" through it. Each extraction gets a fresh staging directory.
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QByteArray first = makeArchive({linkEntry("x", "../..")});
    const QByteArray second = makeArchive({fileEntry("x/authorized_keys", "ssh-ed25519 AAAA attacker\n")});

    // The planting archive is refused outright ...
    expectRefused(sandbox, first, ErrorCode::Validation, QStringLiteral("x"),
                  QStringLiteral("the link points outside the package"));
    if (QTest::currentTestFailed())
        return;

    // ... and the second, on its own, is harmless: "x" becomes a real directory.
    const QString secondPath = sandbox.writeArchive(second, QStringLiteral("second.tar.gz"));
    const QMap<QString, QString> before = sandbox.snapshot();
    const auto result = ArchiveExtractor(quiet()).extract(secondPath, sandbox.staging());
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    const QFileInfo x(sandbox.staging() + QStringLiteral("/x"));
    QVERIFY(x.isDir() && !x.isSymLink());
    QVERIFY(QFileInfo(sandbox.staging() + QStringLiteral("/x/authorized_keys")).isFile());
    QVERIFY(QDir(sandbox.staging()).removeRecursively());
    QCOMPARE(sandbox.snapshot(), before);

    // A link that stays inside is accepted, but a second archive cannot reuse its staging
    // directory: extraction never goes into a directory that already exists.
    const QString plantedStaging = sandbox.staging(QStringLiteral("planted"));
    const auto planted
        = ArchiveExtractor(quiet()).extractData(makeArchive({linkEntry("a/x", "..")}), plantedStaging);
    QVERIFY2(planted.ok(), qPrintable(planted.error().toString()));
    const auto reused = ArchiveExtractor(quiet()).extractData(
        makeArchive({fileEntry("a/x/authorized_keys", "ssh-ed25519 AAAA attacker\n")}), plantedStaging);
    QVERIFY(!reused.ok());
    QCOMPARE(reused.error().code(), ErrorCode::Conflict);
    QVERIFY(!existsNoFollow(sandbox.staging(QStringLiteral("authorized_keys"))));
    QVERIFY(!existsNoFollow(plantedStaging + QStringLiteral("/authorized_keys")));
    QVERIFY(QFileInfo(plantedStaging + QStringLiteral("/a/x")).isSymLink());
    QCOMPARE(TestSupport::readFile(sandbox.sentinel()), QByteArray("the sentinel, unchanged\n"));
}

void TestArchiveExtractor::refusesHardLinksOut_data()
{
    QTest::addColumn<QList<TarEntry>>("entries");
    QTest::addColumn<QString>("reason");
    QTest::newRow("to the sentinel by ..")
        << QList<TarEntry> {hardLinkEntry("h", "../../outside/sentinel")} << "the path leaves the package";
    QTest::newRow("to the sentinel by absolute path")
        << QList<TarEntry> {hardLinkEntry("h", "@SENTINEL@")} << "the path is absolute";
    QTest::newRow("to a file not extracted")
        << QList<TarEntry> {hardLinkEntry("h", "missing")} << "is not a file extracted before it";
    QTest::newRow("to a later file") << QList<TarEntry> {hardLinkEntry("h", "f"), fileEntry("f", "f")}
                                     << "is not a file extracted before it";
    QTest::newRow("to a symbolic link")
        << QList<TarEntry> {fileEntry("f", "f"), linkEntry("l", "f"), hardLinkEntry("h", "l")}
        << "is not a file extracted before it";
    QTest::newRow("to a directory") << QList<TarEntry> {dirEntry("d"), hardLinkEntry("h", "d")}
                                    << "is not a file extracted before it";
    QTest::newRow("through a link to a directory")
        << QList<TarEntry> {fileEntry("d/f", "f"), linkEntry("l", "d"), hardLinkEntry("h", "l/f")}
        << "is not a file extracted before it";
}

void TestArchiveExtractor::refusesHardLinksOut()
{
    QFETCH(QList<TarEntry>, entries);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    for (TarEntry& e : entries)
        if (e.link == "@SENTINEL@")
            e.link = QFile::encodeName(sandbox.sentinel());
    // The snapshot in expectRefused() records the sentinel's link count: still 1 afterwards.
    expectRefused(sandbox, makeArchive(entries), ErrorCode::Validation, QStringLiteral("h"), reason);
}

void TestArchiveExtractor::stopsDecompressionBomb_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<qint64>("entryCap");
    QTest::addColumn<qint64>("totalCap");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reason");
    constexpr qint64 MiB = 1 << 20;
    QTest::newRow("one entry past the entry cap")
        << makeArchive({fileEntry("manifest.json", "{}"), zerosEntry("zeros.bin", 100 * MiB)}) << 16 * MiB
        << 1024 * MiB << "zeros.bin"
        << "the entry is larger than the limit of 16.0 MiB";
    // The header promises a terabyte and the stream simply runs: only what is written counts.
    QTest::newRow("header claims a terabyte")
        << gzipRaw(ustarHeader("claims-1TiB.bin", '0', qint64(1) << 40), 100 * MiB) << 16 * MiB << 1024 * MiB
        << "claims-1TiB.bin"
        << "the entry is larger than the limit of 16.0 MiB";
    QTest::newRow("entries together past the total cap")
        << makeArchive(
               {zerosEntry("a.bin", 30 * MiB), zerosEntry("b.bin", 30 * MiB), zerosEntry("c.bin", 30 * MiB)})
        << 1024 * MiB << 64 * MiB << "c.bin"
        << "the package is larger than the limit of 64.0 MiB";
}

void TestArchiveExtractor::stopsDecompressionBomb()
{
    QFETCH(QByteArray, archive);
    QFETCH(qint64, entryCap);
    QFETCH(qint64, totalCap);
    QFETCH(QString, entry);
    QFETCH(QString, reason);
    QVERIFY2(archive.size() < 200 * 1024, qPrintable(QString::number(archive.size())));
    Sandbox sandbox;
    QVERIFY(sandbox.init());

    qint64 mostWritten = 0;
    ArchiveExtractor::Options options = quiet();
    options.maxEntryBytes = entryCap;
    options.maxTotalBytes = totalCap;
    options.progress = [&mostWritten](const ArchiveExtractor::Progress& p) {
        mostWritten = qMax(mostWritten, p.bytesWritten);
        return true;
    };
    expectRefused(sandbox, archive, ErrorCode::Validation, entry, reason, options);
    QVERIFY(mostWritten <= totalCap);
    QVERIFY(mostWritten > qMin(entryCap, totalCap) - 2 * 65536); // it got to the cap, and stopped there
}

void TestArchiveExtractor::stopsEntryFlood()
{
    // 10^6 empty files: half a gigabyte of tar headers, under 3 MB of zstd.
    constexpr int Count = 1'000'000;
    ArchiveWriter writer(Compression::Zstd);
    QVERIFY(writer.ok());
    for (int i = 0; i < Count; ++i)
        QVERIFY(writer.add(fileEntry("e" + QByteArray::number(i))));
    const QByteArray archive = writer.finish();
    QCOMPARE(writer.uncompressed(), qint64(Count) * 512 + 1024); // a header each, then the end blocks
    QVERIFY(!archive.isEmpty());

    Sandbox sandbox;
    QVERIFY(sandbox.init());
    qint64 mostEntries = 0;
    ArchiveExtractor::Options options = quiet();
    options.maxEntries = 10'000;
    options.progress = [&mostEntries](const ArchiveExtractor::Progress& p) {
        mostEntries = qMax(mostEntries, p.entries);
        return true;
    };
    expectRefused(sandbox, archive, ErrorCode::Validation, QStringLiteral("e10000"),
                  QStringLiteral("the package has more than 10000 entries"), options);
    QCOMPARE(mostEntries, qint64(10'000));
}

void TestArchiveExtractor::refusesDamagedOrForeignArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("reason");

    // Words in a deterministic jumble: deflate codes them with Huffman tables, where a flipped
    // bit breaks decoding. (Random bytes would be stored verbatim, and libarchive does not
    // check the gzip CRC that would catch a flip there.)
    const QList<QByteArray> words {"module",  "farm",    "block", "health",
                                   "version", "install", "site",  "probe"};
    QByteArray text;
    quint32 x = 2463534242u;
    while (text.size() < 256 * 1024) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        text += words.at(x % words.size()) + (x & 0x100 ? ' ' : '\n');
    }
    QByteArray noise(4096, '\0');
    for (char& c : noise) {
        x ^= x << 13, x ^= x >> 17, x ^= x << 5;
        c = char(x | 0x80); // never the gzip or zstd magic
    }
    const QList<TarEntry> entries {fileEntry("manifest.json", "{}"), fileEntry("a.txt", text),
                                   fileEntry("b.txt", text.right(100'000) + text.left(100'000))};
    const QByteArray good = makeArchive(entries);

    QTest::newRow("truncated in the middle")
        << good.left(good.size() / 2) << ErrorCode::Integrity << "damaged or truncated";
    QTest::newRow("truncated in the last file")
        << good.left(good.size() * 3 / 4) << ErrorCode::Integrity << "damaged or truncated";
    QTest::newRow("truncated inside the gzip header")
        << good.left(6) << ErrorCode::Integrity << "damaged or truncated";
    QByteArray badBlock = good;
    QCOMPARE(int(badBlock.at(3)), 0); // no optional gzip header fields: deflate starts at byte 10
    badBlock[10] = char(0x07); // BFINAL=1, BTYPE=11: a reserved block type
    QTest::newRow("invalid deflate block") << badBlock << ErrorCode::Integrity << "damaged or truncated";
    QByteArray flipped = good;
    for (qsizetype i = good.size() / 3; i < good.size() / 3 + 64; ++i)
        flipped[i] = char(~flipped[i]);
    QTest::newRow("corrupted compressed data") << flipped << ErrorCode::Integrity << "damaged or truncated";
    QTest::newRow("random bytes") << noise << ErrorCode::Unsupported << "not a tar archive compressed";
    QTest::newRow("empty file") << QByteArray() << ErrorCode::Unsupported << "not a tar archive compressed";
    QTest::newRow("uncompressed tar") << makeArchive(entries, Compression::None) << ErrorCode::Unsupported
                                      << "not a tar archive compressed";
    QTest::newRow("gzip over zstd") << makeArchive(entries, Compression::GzipOverZstd)
                                    << ErrorCode::Unsupported << "compressed more than once";
}

void TestArchiveExtractor::refusesDamagedOrForeignArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(ErrorCode, code);
    QFETCH(QString, reason);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QString path = sandbox.writeArchive(archive);
    const QMap<QString, QString> before = sandbox.snapshot();

    const auto result = ArchiveExtractor(quiet()).extract(path, sandbox.staging());
    QVERIFY(!result.ok());
    QCOMPARE(ms::Error::codeName(result.error().code()), ms::Error::codeName(code));
    QVERIFY2(result.error().message().contains(reason), qPrintable(result.error().message()));
    QVERIFY(!result.error().message().contains(u'\n'));
    QCOMPARE(result.error().subject(), path);
    QVERIFY(!existsNoFollow(sandbox.staging()));
    QCOMPARE(sandbox.snapshot(), before);
}

void TestArchiveExtractor::cancels_data()
{
    QTest::addColumn<bool>("insideFile");
    QTest::newRow("between entries") << false;
    QTest::newRow("inside a file") << true;
}

void TestArchiveExtractor::cancels()
{
    QFETCH(bool, insideFile);
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QByteArray archive = makeArchive({fileEntry("a", "a"), dirEntry("d"), fileEntry("d/b", "b"),
                                            zerosEntry("big", 8 << 20), fileEntry("c", "c")});
    int callsAfterCancel = 0;
    bool cancelled = false;
    ArchiveExtractor::Options options = quiet();
    options.progress = [&](const ArchiveExtractor::Progress& p) {
        if (cancelled)
            ++callsAfterCancel;
        cancelled = insideFile ? p.bytesWritten > 3 + 256 * 1024 : p.entries >= 3;
        return !cancelled;
    };
    expectRefused(sandbox, archive, ErrorCode::Cancelled,
                  insideFile ? QStringLiteral("big") : QStringLiteral("d/b"),
                  QStringLiteral("the extraction was cancelled"), options);
    QVERIFY(cancelled);
    QCOMPARE(callsAfterCancel, 0);
}

void TestArchiveExtractor::stagingMustBeFresh()
{
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QByteArray archive = makeArchive({fileEntry("manifest.json", "{}")});

    // An existing directory, even an empty one, is refused and left as it was.
    QVERIFY(TestSupport::writeFile(sandbox.staging() + QStringLiteral("/keep.txt"), "keep"));
    auto result = ArchiveExtractor(quiet()).extractData(archive, sandbox.staging());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Conflict);
    QCOMPARE(result.error().subject(), sandbox.staging());
    QCOMPARE(QDir(sandbox.staging()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
             QStringList {"keep.txt"});

    // A symbolic link in its place is not followed.
    const QString link = sandbox.staging(QStringLiteral("link"));
    QVERIFY(QFile::link(sandbox.outside(), link));
    result = ArchiveExtractor(quiet()).extractData(archive, link);
    QCOMPARE(result.error().code(), ErrorCode::Conflict);
    QVERIFY(!existsNoFollow(sandbox.outside() + QStringLiteral("/manifest.json")));
    QVERIFY(QFileInfo(link).isSymLink());

    // The parent must exist: the extractor makes one directory, not a path.
    result
        = ArchiveExtractor(quiet()).extractData(archive, sandbox.work() + QStringLiteral("/no/such/staging"));
    QCOMPARE(result.error().code(), ErrorCode::Io);
    QVERIFY(!existsNoFollow(sandbox.work() + QStringLiteral("/no")));
}

void TestArchiveExtractor::removesDeepTreeWithFewDescriptors()
{
    // A package may nest some two thousand directories within PATH_MAX; cleaning up after a
    // refusal must not hold a descriptor per level. 300 levels under a 64-descriptor limit
    // show it without making the filesystem work through thousands of directories.
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    constexpr int Levels = 300;
    const QByteArray deep = QByteArray("a/").repeated(Levels);
    const QByteArray archive
        = makeArchive({fileEntry(deep + "f", "deep"), fileEntry("b/" + deep + "g", "deep"),
                       linkEntry("evil", "../../outside")});

    struct rlimit saved;
    QVERIFY(::getrlimit(RLIMIT_NOFILE, &saved) == 0);
    struct rlimit low = saved;
    low.rlim_cur = 64;
    QVERIFY(::setrlimit(RLIMIT_NOFILE, &low) == 0);
    const auto restore = qScopeGuard([&saved] { ::setrlimit(RLIMIT_NOFILE, &saved); });
    expectRefused(sandbox, archive, ErrorCode::Validation, QStringLiteral("evil"),
                  QStringLiteral("the link points outside the package"));
}

void TestArchiveExtractor::missingArchiveCreatesNothing()
{
    Sandbox sandbox;
    QVERIFY(sandbox.init());
    const QString missing = sandbox.root() + QStringLiteral("/archives/missing.tar.gz");
    const auto result = ArchiveExtractor(quiet()).extract(missing, sandbox.staging());
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::Io);
    QCOMPARE(result.error().subject(), missing);
    QVERIFY(!existsNoFollow(sandbox.staging()));

    // Something that is not a regular file in the package's place: refused, without waiting
    // for a writer that never comes.
    const QString fifo = sandbox.root() + QStringLiteral("/archives/fifo.tar.gz");
    QVERIFY(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    const auto fromFifo = ArchiveExtractor(quiet()).extract(fifo, sandbox.staging());
    QCOMPARE(fromFifo.error().code(), ErrorCode::Io);
    QVERIFY(fromFifo.error().message().contains(QStringLiteral("not a regular file")));
    QVERIFY(!existsNoFollow(sandbox.staging()));
}

QTEST_GUILESS_MAIN(TestArchiveExtractor)
#include "tst_archiveextractor.moc"
