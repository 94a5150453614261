#include "RegistryFixture.h"
#include "TestSupport.h"
#include "core/Digest.h"
#include "registry/MinisignSignature.h"
#include "registry/MinisignVerifier.h"
#include "registry/PackageHasher.h"

#include <QTemporaryDir>
#include <QTest>

using ms::PackageHasher;

/// PackageHasher against the plain hashes: a file signed by the real minisign, fed in pieces,
/// gives its SHA-256 and the signature's trusted comment; one changed byte, a missing byte or
/// the wrong order fails the signature; a tiny queue (every add() waits for the threads) gives
/// the same; a hasher dropped halfway stops its threads.
class TestPackageHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void matchesTheWholeFile_data();
    void matchesTheWholeFile();
    void otherBytesFailTheSignature_data();
    void otherBytesFailTheSignature();
    void droppedHalfway();

private:
    ms::MinisignVerifier::Stream begin() const;
    static QList<QByteArray> pieces(const QByteArray& data, qsizetype size);

    QTemporaryDir m_dir;
    std::unique_ptr<RegistryFixture> m_fixture;
    QByteArray m_data;
    std::optional<ms::MinisignSignature> m_signature;
};

void TestPackageHasher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_fixture = std::make_unique<RegistryFixture>(m_dir.path());
    QVERIFY2(m_fixture->makeKey("a"), "minisign is not installed (scripts/bootstrap)");
    m_data.resize(3 * 1024 * 1024 + 321);
    for (qsizetype i = 0; i < m_data.size(); ++i)
        m_data[i] = char((i * 7919) >> 3);
    QVERIFY(m_fixture->write("package.tar.gz", m_data));
    const QString file = m_fixture->registryDir() + "/package.tar.gz";
    QVERIFY(m_fixture->sign(file, "a", "trusted: package"));
    auto signature = ms::MinisignSignature::parse(TestSupport::readFile(file + ".minisig"));
    QVERIFY(signature);
    m_signature = *signature;
}

ms::MinisignVerifier::Stream TestPackageHasher::begin() const
{
    auto stream = ms::MinisignVerifier({m_fixture->publicKey("a")}).begin(*m_signature, "package.tar.gz");
    if (!stream)
        qFatal("%s", qPrintable(stream.error().toString()));
    return std::move(*stream);
}

QList<QByteArray> TestPackageHasher::pieces(const QByteArray& data, qsizetype size)
{
    QList<QByteArray> out;
    for (qsizetype at = 0; at < data.size(); at += size)
        out << data.mid(at, size);
    return out;
}

void TestPackageHasher::matchesTheWholeFile_data()
{
    QTest::addColumn<qsizetype>("piece");
    QTest::addColumn<qint64>("queue");
    QTest::newRow("1 MiB pieces") << qsizetype(1 << 20) << PackageHasher::DefaultMaxQueuedBytes;
    QTest::newRow("odd pieces") << qsizetype(4093) << PackageHasher::DefaultMaxQueuedBytes;
    QTest::newRow("every add waits") << qsizetype(65536) << qint64(1);
}

void TestPackageHasher::matchesTheWholeFile()
{
    QFETCH(qsizetype, piece);
    QFETCH(qint64, queue);
    PackageHasher hasher(begin(), queue);
    for (const QByteArray& p : pieces(m_data, piece))
        hasher.add(p);
    hasher.add({}); // nothing, and harmless
    const PackageHasher::Outcome outcome = hasher.finish();
    QCOMPARE(outcome.bytes, m_data.size());
    QCOMPARE(outcome.sha256, ms::Sha256::hex(m_data));
    QVERIFY2(outcome.signature, qPrintable(outcome.signature.error().toString()));
    QCOMPARE(*outcome.signature, QString("trusted: package"));
}

void TestPackageHasher::otherBytesFailTheSignature_data()
{
    QTest::addColumn<QByteArray>("data");
    QByteArray flipped = m_data;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 1);
    QTest::newRow("one byte changed") << flipped;
    QTest::newRow("last byte missing") << m_data.chopped(1);
    QTest::newRow("a byte more") << m_data + 'x';
    QTest::newRow("halves swapped") << m_data.mid(m_data.size() / 2) + m_data.left(m_data.size() / 2);
}

void TestPackageHasher::otherBytesFailTheSignature()
{
    QFETCH(QByteArray, data);
    PackageHasher hasher(begin());
    for (const QByteArray& p : pieces(data, 100'000))
        hasher.add(p);
    const PackageHasher::Outcome outcome = hasher.finish();
    QCOMPARE(outcome.sha256, ms::Sha256::hex(data));
    QVERIFY(!outcome.signature);
    QCOMPARE(outcome.signature.error().code(), ms::ErrorCode::Integrity);
}

void TestPackageHasher::droppedHalfway()
{
    // Threads waiting on a full queue and threads with work left: the destructor stops both.
    for (int i = 0; i < 20; ++i) {
        PackageHasher hasher(begin(), 1);
        for (const QByteArray& p : pieces(m_data.left(512 * 1024), 4096))
            hasher.add(p);
    }
}

QTEST_GUILESS_MAIN(TestPackageHasher)
#include "tst_packagehasher.moc"
