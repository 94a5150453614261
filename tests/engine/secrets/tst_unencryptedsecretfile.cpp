// The opt-in fallback file: round trips, mode 0600 whatever the umask, and refusal of a file
// that others can read.
#include "TestSupport.h"
#include "secrets/UnencryptedSecretFile.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using ms::ErrorCode;
using ms::UnencryptedSecretFile;

namespace {

mode_t modeOf(const QString& path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & 07777;
}

// Sets the process umask for the scope of a test.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask() { ::umask(m_old); }

private:
    mode_t m_old;
};

} // namespace

class TestUnencryptedSecretFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void isBornPrivateWhateverTheUmask();
    void isLabelledUnencrypted();
    void refusesFileOthersCanRead();
    void refusesDamagedFile();
    void removesFileWhenEmpty();
};

void TestUnencryptedSecretFile::roundTrip()
{
    QTemporaryDir dir;
    const UnencryptedSecretFile file(dir.filePath("data/secrets.unencrypted.json"));
    QCOMPARE(file.read("license/demo/farm_manager").error().code(), ErrorCode::NotFound);

    const QByteArray binary("\x00\xff\x10secret\n", 10);
    QVERIFY(file.write("license/demo/farm_manager", "eyJhbGciOi.first").ok());
    QVERIFY(file.write("registry/acme/credentials", binary).ok());
    QCOMPARE(*file.read("license/demo/farm_manager"), QByteArray("eyJhbGciOi.first"));
    QVERIFY(file.write("license/demo/farm_manager", "eyJhbGciOi.second").ok());
    QCOMPARE(*file.read("license/demo/farm_manager"), QByteArray("eyJhbGciOi.second"));
    QCOMPARE(*file.read("registry/acme/credentials"), binary);

    QVERIFY(file.remove("license/demo/farm_manager").ok());
    QCOMPARE(file.read("license/demo/farm_manager").error().code(), ErrorCode::NotFound);
    QVERIFY(file.remove("license/demo/farm_manager").ok()); // absent: still fine
    QCOMPARE(*file.read("registry/acme/credentials"), binary);
    // No temporary files left beside it.
    QCOMPARE(QDir(dir.filePath("data")).entryList(QDir::Files | QDir::Hidden),
             QStringList {"secrets.unencrypted.json"});
}

void TestUnencryptedSecretFile::isBornPrivateWhateverTheUmask()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("secrets.unencrypted.json");
    Umask permissive(0);
    QVERIFY(UnencryptedSecretFile(path).write("agent/demo/token", "t0k3n").ok());
    QCOMPARE(modeOf(path), mode_t(0600));
    QVERIFY(UnencryptedSecretFile(path).write("agent/demo/token", "t0k3n-2").ok());
    QCOMPARE(modeOf(path), mode_t(0600));
}

void TestUnencryptedSecretFile::isLabelledUnencrypted()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("secrets.unencrypted.json");
    QVERIFY(UnencryptedSecretFile(path).write("agent/demo/token", "t0k3n").ok());
    const QJsonObject root = TestSupport::readJson(path).object();
    QCOMPARE(root.value("format").toString(), QString::fromLatin1(UnencryptedSecretFile::Format));
    QVERIFY(root.value("warning").toString().startsWith("NOT ENCRYPTED"));
}

void TestUnencryptedSecretFile::refusesFileOthersCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("secrets.unencrypted.json");
    const UnencryptedSecretFile file(path);
    QVERIFY(file.write("agent/demo/token", "t0k3n").ok());
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0644) == 0);

    auto read = file.read("agent/demo/token");
    QCOMPARE(read.error().code(), ErrorCode::Untrusted);
    QVERIFY(read.error().message().contains("chmod 600"));
    QCOMPARE(read.error().subject(), path);
    // Nor is it rewritten (which would spread the secret further).
    QCOMPARE(file.write("agent/demo/token", "other").error().code(), ErrorCode::Untrusted);
    QCOMPARE(modeOf(path), mode_t(0644));

    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QCOMPARE(*file.read("agent/demo/token"), QByteArray("t0k3n"));

    // A symlink in its place is refused too.
    const QString link = dir.filePath("link.json");
    QVERIFY(QFile::link(path, link));
    QCOMPARE(UnencryptedSecretFile(link).read("agent/demo/token").error().code(), ErrorCode::Untrusted);
}

void TestUnencryptedSecretFile::refusesDamagedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("secrets.unencrypted.json");
    QVERIFY(TestSupport::writeFile(path, "{\"secrets\": 1}"));
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    auto read = UnencryptedSecretFile(path).read("x");
    QCOMPARE(read.error().code(), ErrorCode::Parse);
    QCOMPARE(read.error().subject(), path);
    // A damaged file is not silently replaced: its other secrets would be lost.
    QCOMPARE(UnencryptedSecretFile(path).write("x", "y").error().code(), ErrorCode::Parse);
}

void TestUnencryptedSecretFile::removesFileWhenEmpty()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("secrets.unencrypted.json");
    const UnencryptedSecretFile file(path);
    QVERIFY(file.write("agent/demo/token", "t0k3n").ok());
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(file.remove("agent/demo/token").ok());
    QVERIFY(!QFileInfo::exists(path));
}

QTEST_GUILESS_MAIN(TestUnencryptedSecretFile)
#include "tst_unencryptedsecretfile.moc"
