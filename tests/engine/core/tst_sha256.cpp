#include "core/Sha256.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QTest>

using ms::Sha256;

/// core/Sha256 against FIPS 180-2's test vectors and against Qt's own SHA-256, fed whole, in
/// pieces of every awkward size, and from a device.
class TestSha256 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void vectors_data();
    void vectors();
    void piecesGiveTheSameDigest();
    void device();
};

void TestSha256::vectors_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("digest");
    QTest::newRow("empty") << QByteArray() << "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    QTest::newRow("abc") << QByteArray("abc") << "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    QTest::newRow("two blocks") << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                                << "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    QTest::newRow("a million a") << QByteArray(1'000'000, 'a')
                                 << "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
}

void TestSha256::vectors()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, digest);
    QCOMPARE(Sha256::hex(data), digest);
    QCOMPARE(Sha256::hash(data).toHex(), digest.toLatin1());
    QCOMPARE(Sha256::hash(data).size(), Sha256::Size);
}

void TestSha256::piecesGiveTheSameDigest()
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

void TestSha256::device()
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

QTEST_GUILESS_MAIN(TestSha256)
#include "tst_sha256.moc"
