// Packer: reproducible module packages that the extractor accepts, and the folders it refuses.
// (Packer lives in engine/packages; its test sits with the registry tests that build on it.)
#include "TestSupport.h"
#include "packages/ArchiveExtractor.h"
#include "packages/Packer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <sys/stat.h>
#include <utime.h>

using ms::ErrorCode;
using ms::Packer;

Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

struct Entry
{
    QByteArray name;
    int type = 0;
    int perm = 0;
    qint64 mtime = -1;
    qint64 uid = -1;
    qint64 gid = -1;
    bool hasUname = false;
    bool hasGname = false;
    QByteArray link;
};

QList<Entry> entries(const QString& package)
{
    QList<Entry> out;
    archive* a = archive_read_new();
    archive_read_support_filter_gzip(a);
    archive_read_support_format_tar(a);
    if (archive_read_open_filename(a, QFile::encodeName(package).constData(), 10240) != ARCHIVE_OK) {
        archive_read_free(a);
        return out;
    }
    archive_entry* e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        Entry entry;
        entry.name = archive_entry_pathname(e);
        entry.type = int(archive_entry_filetype(e));
        entry.perm = int(archive_entry_perm(e));
        entry.mtime = archive_entry_mtime(e);
        entry.uid = archive_entry_uid(e);
        entry.gid = archive_entry_gid(e);
        // A ustar header always has the fields; empty means no name.
        entry.hasUname = archive_entry_uname(e) && *archive_entry_uname(e);
        entry.hasGname = archive_entry_gname(e) && *archive_entry_gname(e);
        if (archive_entry_symlink(e))
            entry.link = archive_entry_symlink(e);
        out << entry;
    }
    archive_read_free(a);
    return out;
}

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(TestSupport::readFile(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestPacker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void packsAModuleFolder();
    void sameFolderSameBytes();
    void honoursSourceDateEpoch();
    void gzipHeaderCarriesNoTimeOrName();
    void extractsBackIntoTheSameFiles();
    void leavesOutVersionControlAndItsOwnOutput();
    void refuses_data();
    void refuses();

private:
    QString copyFixture(const QString& name, const QString& to);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestPacker::initTestCase()
{
    qunsetenv("SOURCE_DATE_EPOCH");
}

void TestPacker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QString TestPacker::copyFixture(const QString& name, const QString& to)
{
    // cp -a, not TestSupport::copyTree: that one resolves link targets to absolute paths, and
    // the fixtures' relative links are part of what is tested.
    const QString target = m_dir->filePath(to);
    QDir().mkpath(QFileInfo(target).absolutePath());
    if (TestSupport::run("cp", {"-a", TestSupport::fixturePath("registry/" + name), target}) != 0)
        return {};
    return target;
}

void TestPacker::packsAModuleFolder()
{
    const QString folder = copyFixture("modules/farm_manager", "src/farm_manager");
    QVERIFY(!folder.isEmpty());
    const auto packed = Packer::pack(folder, m_dir->path());
    QVERIFY2(packed, qPrintable(packed.error().toString() + "\n" + packed.error().detail()));
    QCOMPARE(packed->path, m_dir->filePath("farm_manager-1.8.0.tar.gz"));
    QCOMPARE(packed->manifest.moduleName(), QString("farm_manager"));
    QCOMPARE(packed->size, QFileInfo(packed->path).size());
    QCOMPARE(packed->sha256.toLatin1(), sha256(packed->path));
    QCOMPARE(packed->entries, qint64(6));

    const QList<Entry> list = entries(packed->path);
    QByteArrayList names;
    for (const Entry& e : list)
        names << e.name;
    QCOMPARE(
        names,
        (QByteArrayList {"README.md", "bin/", "bin/selftest", "docs/", "docs/index.md", "manifest.json"}));
    for (const Entry& e : list) {
        QCOMPARE(e.mtime, qint64(0));
        QCOMPARE(e.uid, qint64(0));
        QCOMPARE(e.gid, qint64(0));
        QVERIFY2(!e.hasUname && !e.hasGname, e.name.constData());
    }
    QCOMPARE(list[1].type, int(AE_IFDIR));
    QCOMPARE(list[1].perm, 0755);
    QCOMPARE(list[2].perm, 0755); // bin/selftest is executable
    QCOMPARE(list[0].perm, 0644);
    QCOMPARE(list[4].type, int(AE_IFLNK));
    QCOMPARE(list[4].link, QByteArray("../README.md"));
}

void TestPacker::sameFolderSameBytes()
{
    const QString a = copyFixture("modules/farm_manager", "a/farm_manager");
    const QString b = copyFixture("modules/farm_manager", "b/elsewhere/farm_manager");
    // Whatever the copies' times, owners' umask and non-execute bits are, the bytes agree.
    const QString readme = b + "/README.md";
    QVERIFY(QFile::setPermissions(readme, QFile::ReadOwner | QFile::WriteOwner));
    struct utimbuf old = {1000000000, 1000000000};
    QCOMPARE(::utime(QFile::encodeName(readme).constData(), &old), 0);
    QCOMPARE(::utime(QFile::encodeName(b + "/bin").constData(), &old), 0);
    const mode_t umask = ::umask(077);
    const auto first = Packer::pack(a, m_dir->filePath("first.tar.gz"));
    ::umask(umask);
    QVERIFY2(first, qPrintable(first.error().toString()));
    const auto second = Packer::pack(b, m_dir->filePath("second.tar.gz"));
    QVERIFY2(second, qPrintable(second.error().toString()));
    QCOMPARE(TestSupport::readFile(first->path), TestSupport::readFile(second->path));
    QCOMPARE(first->sha256, second->sha256);
    // And again, over an existing output.
    const auto third = Packer::pack(a, m_dir->filePath("first.tar.gz"));
    QVERIFY(third);
    QCOMPARE(third->sha256, first->sha256);
}

void TestPacker::honoursSourceDateEpoch()
{
    const QString folder = copyFixture("modules/inventory", "inventory");
    qputenv("SOURCE_DATE_EPOCH", "1767225600");
    QCOMPARE(Packer::sourceDateEpoch(), qint64(1767225600));
    const auto dated = Packer::pack(folder, m_dir->filePath("dated.tar.gz"));
    qunsetenv("SOURCE_DATE_EPOCH");
    QVERIFY(dated);
    for (const Entry& e : entries(dated->path))
        QCOMPARE(e.mtime, qint64(1767225600));
    const auto plain = Packer::pack(folder, m_dir->filePath("plain.tar.gz"));
    QVERIFY(plain);
    QVERIFY(plain->sha256 != dated->sha256);
    qputenv("SOURCE_DATE_EPOCH", "not a number");
    QCOMPARE(Packer::sourceDateEpoch(), qint64(0));
    qunsetenv("SOURCE_DATE_EPOCH");
}

void TestPacker::gzipHeaderCarriesNoTimeOrName()
{
    const auto packed = Packer::pack(copyFixture("modules/inventory", "inventory"), m_dir->path());
    QVERIFY(packed);
    const QByteArray bytes = TestSupport::readFile(packed->path);
    QCOMPARE(bytes.left(3), QByteArray("\x1f\x8b\x08"));
    QCOMPARE(int(quint8(bytes[3])) & 0x08, 0); // no FNAME
    QCOMPARE(bytes.mid(4, 4), QByteArray(4, '\0')); // MTIME
}

void TestPacker::extractsBackIntoTheSameFiles()
{
    const QString folder = copyFixture("modules/farm_manager", "farm_manager");
    const auto packed = Packer::pack(folder, m_dir->path());
    QVERIFY(packed);
    ms::ArchiveExtractor::Options options;
    options.syncToDisk = false;
    const auto summary = ms::ArchiveExtractor(options).extract(packed->path, m_dir->filePath("staging"));
    QVERIFY2(summary, qPrintable(summary.error().toString()));
    for (const QString rel : {"manifest.json", "README.md", "bin/selftest"})
        QCOMPARE(TestSupport::readFile(m_dir->filePath("staging/" + rel)),
                 TestSupport::readFile(folder + "/" + rel));
    QVERIFY(QFileInfo(m_dir->filePath("staging/bin/selftest")).isExecutable());
    QCOMPARE(QFileInfo(m_dir->filePath("staging/docs/index.md")).symLinkTarget(),
             QFileInfo(m_dir->filePath("staging/README.md")).absoluteFilePath());
}

void TestPacker::leavesOutVersionControlAndItsOwnOutput()
{
    const QString folder = copyFixture("modules/inventory", "inventory");
    QVERIFY(TestSupport::writeFile(folder + "/.git/HEAD", "ref: refs/heads/main\n"));
    QVERIFY(TestSupport::writeFile(folder + "/.env.example", "PORT=3000\n"));
    // The output inside the folder, left from an earlier run.
    QVERIFY(TestSupport::writeFile(folder + "/inventory-2.1.0.tar.gz", "old output"));
    const auto packed = Packer::pack(folder, folder);
    QVERIFY2(packed, qPrintable(packed.error().toString()));
    QByteArrayList names;
    for (const Entry& e : entries(packed->path))
        names << e.name;
    QCOMPARE(names, (QByteArrayList {".env.example", "index.js", "manifest.json"}));
}

void TestPacker::refuses_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::addColumn<QString>("subject");
    QTest::newRow("invalid manifest") << "broken/invalid_manifest"
                                      << "" << ErrorCode::Validation << "";
    QTest::newRow("link leaving the module") << "broken/link_outside"
                                             << "" << ErrorCode::Validation << "passwd";
    QTest::newRow("no manifest") << "broken/no_manifest"
                                 << "" << ErrorCode::NotFound << "manifest.json";
    QTest::newRow("absolute link") << "modules/inventory"
                                   << "absolute-link" << ErrorCode::Validation << "etc";
    QTest::newRow("fifo") << "modules/inventory"
                          << "fifo" << ErrorCode::Validation << "pipe";
}

void TestPacker::refuses()
{
    QFETCH(QString, fixture);
    QFETCH(QString, extra);
    QFETCH(ms::ErrorCode, code);
    QFETCH(QString, subject);
    const QString folder = copyFixture(fixture, "module");
    QVERIFY(!folder.isEmpty());
    if (extra == "absolute-link")
        QVERIFY(QFile::link("/etc/hostname", folder + "/etc"));
    if (extra == "fifo")
        QCOMPARE(::mkfifo(QFile::encodeName(folder + "/pipe").constData(), 0644), 0);
    const auto packed = Packer::pack(folder, m_dir->filePath("out.tar.gz"));
    QVERIFY(!packed);
    QCOMPARE(packed.error().code(), code);
    if (!subject.isEmpty())
        QVERIFY2(packed.error().subject().endsWith(subject), qPrintable(packed.error().toString()));
    QVERIFY(!QFileInfo::exists(m_dir->filePath("out.tar.gz")));
}

QTEST_GUILESS_MAIN(TestPacker)
#include "tst_packer.moc"
