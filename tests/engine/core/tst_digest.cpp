#include "core/Digest.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>
#include <sodium.h>

using ms::Digest;
using ms::Sha256;

/// core/Digest: Sha256 against FIPS 180-2's test vectors and against Qt's own SHA-256, fed whole, in
/// pieces of every awkward size, and from a device; its BLAKE2b-512 against RFC 7693's vector
/// and against libsodium's crypto_generichash, which minisign's prehash is.
class TestDigest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void piecesGiveTheSameDigest();
    void device();
    void blake2b512IsMinisignsPrehash();
};

void TestDigest::vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray()
                           << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc")
                         << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                 << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestDigest::vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, digest);
    QCOMPARE(Sha256::hex(data), digest);
    QCOMPARE(Sha256::hash(data).toHex(), digest.toLatin1());
    QCOMPARE(Sha256::hash(data).size(), Sha256::Size);
}

void TestDigest::piecesGiveTheSameDigest()
{
    QByteArray data(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = char((i * 131 + i / 977) & 0xff);
    const QString expected
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    for (qsizetype piece : {1, 63, 64, 65, 4096, 1 << 20}) {
        // One byte at a time over 3 MB is slow for nothing: the first 64 KB that way is enough.
        const QByteArray part = piece == 1 ? data.left(64 * 1024) : data;
        Sha256 hash;
        for (qsizetype at = 0; at < part.size(); at += piece)
            hash.addData(QByteArrayView(part).sliced(at, qMin(piece, part.size() - at)));
        const QString want = piece == 1
            ? QString::fromLatin1(QCryptographicHash::hash(part, QCryptographicHash::Sha256).toHex())
            : expected;
        QCOMPARE(hash.hexResult(), want);
    }
}

void TestDigest::device()
{
    QByteArray data(2 * 1024 * 1024 + 5, 'x');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    QVERIFY(buffer.seek(5));
    Sha256 hash;
    QVERIFY(hash.addData(&buffer));
    QCOMPARE(hash.hexResult(), Sha256::hex(QByteArrayView(data).sliced(5)));

    QBuffer closed;
    Sha256 unread;
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::read (QBuffer): device not open");
    QVERIFY(!unread.addData(&closed)); // not open: read() fails
}

void TestDigest::blake2b512IsMinisignsPrehash()
{
    QCOMPARE(Digest::hash(Digest::Algorithm::Blake2b512, "abc").toHex(),
             QByteArray("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
                        "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923"));
    QVERIFY(sodium_init() >= 0);
    for (qsizetype size : {0, 1, 127, 128, 129, 1 << 20}) {
        QByteArray data(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            data[i] = char(i * 37 + size);
        QByteArray sodium(crypto_generichash_BYTES_MAX, Qt::Uninitialized);
        crypto_generichash(reinterpret_cast<unsigned char*>(sodium.data()), size_t(sodium.size()),
                           reinterpret_cast<const unsigned char*>(data.constData()), quint64(data.size()),
                           nullptr, 0);
        Digest pieces(Digest::Algorithm::Blake2b512);
        for (qsizetype at = 0; at < size; at += 1000)
            pieces.addData(QByteArrayView(data).sliced(at, qMin<qsizetype>(1000, size - at)));
        QCOMPARE(pieces.result(), sodium);
    }
}

QTEST_GUILESS_MAIN(TestDigest)
#include "tst_digest.moc"
