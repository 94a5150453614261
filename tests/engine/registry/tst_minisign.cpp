// Minisign keys, signatures and verification, checked against the real `minisign` tool in
// both directions: files it signs verify with ours, files we sign verify with it.
#include "TestSupport.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignSecretKey.h"
#include "registry/MinisignSignature.h"
#include "registry/MinisignVerifier.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <sodium.h>

using ms::ErrorCode;
using ms::MinisignPublicKey;
using ms::MinisignSecretKey;
using ms::MinisignSignature;
using ms::MinisignVerifier;

Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

const QByteArray Password = "correct horse battery staple";

// Runs minisign with @p input on stdin; returns its exit code (-1 when it did not run).
int minisign(const QStringList& args, const QByteArray& input = {}, QByteArray* out = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("minisign"), args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray data(n, Qt::Uninitialized);
    randombytes_buf(data.data(), size_t(data.size()));
    return data;
}

// Replaces line @p index (0-based) of a minisign file.
QByteArray withLine(const QByteArray& content, int index, const QByteArray& line)
{
    QList<QByteArray> lines = content.split('\n');
    lines[index] = line;
    return lines.join('\n');
}

QByteArray lineOf(const QByteArray& content, int index)
{
    return content.split('\n').value(index);
}

} // namespace

class TestMinisign : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void readsPublicKeyFileAndBareLine();
    void refusesBrokenPublicKeys_data();
    void refusesBrokenPublicKeys();

    void verifiesPrehashedSignatureFromMinisign();
    void verifiesLegacySignatureFromMinisign();
    void legacyNeedsTheWholeDataAndIsCapped();
    void legacyRefusedWhenNotAllowed();
    void streamsLargeFilesInChunks();
    void reWritesSignatureFilesByteForByte();

    void refusesTampering_data();
    void refusesTampering();

    void readsUnencryptedSecretKey();
    void decryptsPasswordProtectedSecretKey();
    void refusesWrongOrMissingPassword();
    void refusesBrokenSecretKeys_data();
    void refusesBrokenSecretKeys();

    void minisignAcceptsOurSignatures();
    void minisignAcceptsOurSignatureOfLargeFile();
    void refusesMultiLineComments();

private:
    QString path(const QString& name) const { return m_dir.filePath(name); }
    QByteArray read(const QString& name) const { return TestSupport::readFile(path(name)); }
    // Signs @p data with minisign and returns the .minisig content.
    QByteArray minisignSign(const QByteArray& data, const QString& key, const QStringList& extra = {});
    MinisignPublicKey publicKey(const QString& name);

    QTemporaryDir m_dir;
    QByteArray m_data;
    QByteArray m_sigA; // prehashed, key A, trusted comment "catalog serial 7"
    QByteArray m_legacySigA; // legacy, key A
    QByteArray m_sigB; // prehashed, key B
};

void TestMinisign::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(sodium_init() >= 0);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("minisign")).isEmpty(),
             "minisign is not installed (scripts/bootstrap installs it)");
    QVERIFY(m_dir.isValid());

    // Two unencrypted key pairs (-W) and one protected by a password read from stdin.
    QCOMPARE(minisign({"-G", "-W", "-p", path("a.pub"), "-s", path("a.key")}), 0);
    QCOMPARE(minisign({"-G", "-W", "-p", path("b.pub"), "-s", path("b.key")}), 0);
    QCOMPARE(minisign({"-G", "-p", path("c.pub"), "-s", path("c.key")}, Password + '\n' + Password + '\n'),
             0);

    m_data = "{\"schema\":1,\"registry\":\"demo\",\"serial\":7}\n" + randomBytes(3000).toBase64();
    m_sigA = minisignSign(m_data, "a.key", {"-t", "catalog serial 7", "-c", "signed by the demo publisher"});
    m_legacySigA = minisignSign(m_data, "a.key", {"-l", "-t", "legacy serial 7"});
    m_sigB = minisignSign(m_data, "b.key", {"-t", "catalog serial 7"});
    QVERIFY(!m_sigA.isEmpty() && !m_legacySigA.isEmpty() && !m_sigB.isEmpty());
}

QByteArray TestMinisign::minisignSign(const QByteArray& data, const QString& key, const QStringList& extra)
{
    const QString file = path(QStringLiteral("signed-%1").arg(QRandomGenerator::global()->generate()));
    if (!TestSupport::writeFile(file, data))
        return {};
    QByteArray out;
    if (minisign(QStringList {"-S", "-s", path(key), "-m", file, "-x", file + ".minisig"} + extra, {}, &out)
        != 0) {
        qWarning("minisign -S failed: %s", out.constData());
        return {};
    }
    return TestSupport::readFile(file + ".minisig");
}

MinisignPublicKey TestMinisign::publicKey(const QString& name)
{
    auto key = MinisignPublicKey::load(path(name));
    if (!key) {
        qWarning("%s", qPrintable(key.error().toString()));
        return {};
    }
    return *key;
}

void TestMinisign::readsPublicKeyFileAndBareLine()
{
    const QByteArray file = read("a.pub");
    auto fromFile = MinisignPublicKey::parse(file, "a.pub");
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.error().toString()));
    // The comment minisign writes names the key id the way it prints ids: in hex, without
    // leading zeros ("%" PRIX64), where keyIdHex() always has sixteen digits.
    QString printed = fromFile->keyIdHex();
    while (printed.size() > 1 && printed.startsWith(u'0'))
        printed.remove(0, 1);
    QCOMPARE(fromFile->comment(), QString("minisign public key " + printed));
    QCOMPARE(fromFile->key().size(), 32);

    auto bare = MinisignPublicKey::parse(lineOf(file, 1));
    QVERIFY(bare.ok());
    QVERIFY(*bare == *fromFile);
    QVERIFY(bare->comment().isEmpty());

    QCOMPARE(fromFile->toFileContent(), file);
    QCOMPARE(fromFile->toBase64(), lineOf(file, 1));
    QVERIFY(!(*fromFile == publicKey("b.pub")));

    // An id whose top byte is zero (one key in sixteen) is written without the leading zero,
    // as minisign writes it, so that a file round-trips byte for byte.
    QByteArray raw("Ed");
    raw += QByteArray::fromHex("2fb3daa4cedb5801"); // little-endian: 0x0158DBCEA4DAB32F
    raw += QByteArray(32, '\x07');
    auto leadingZero = MinisignPublicKey::parse(raw.toBase64());
    QVERIFY2(leadingZero.ok(), qPrintable(leadingZero.error().toString()));
    QCOMPARE(leadingZero->keyIdHex(), QString("0158DBCEA4DAB32F"));
    QCOMPARE(lineOf(leadingZero->toFileContent(), 0), QByteArray("untrusted comment: minisign public key 158DBCEA4DAB32F"));
}

void TestMinisign::refusesBrokenPublicKeys_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::addColumn<QString>("message");

    const QByteArray good = read("a.pub");
    const QByteArray line = lineOf(good, 1);
    QTest::newRow("empty") << QByteArray() << ErrorCode::Parse
                           << QString("expected an \"untrusted comment:\" line");
    QTest::newRow("comment only") << lineOf(good, 0) << ErrorCode::Parse
                                  << QString("expected an \"untrusted comment:\" line");
    QTest::newRow("not base64") << QByteArray("RWT$not*base64") << ErrorCode::Parse
                                << QString("the public key is not valid base64");
    QTest::newRow("truncated") << line.left(40) << ErrorCode::Parse
                               << QString("holds 30 bytes instead of 42");
    QTest::newRow("three lines") << QByteArray(good + "RWQ=\n") << ErrorCode::Parse
                                 << QString("expected an \"untrusted comment:\" line");
    QByteArray raw = QByteArray::fromBase64(line);
    raw[1] = 'X';
    QTest::newRow("not ed25519") << raw.toBase64() << ErrorCode::Unsupported << QString("is not Ed25519");
}

void TestMinisign::refusesBrokenPublicKeys()
{
    QFETCH(QByteArray, text);
    QFETCH(ms::ErrorCode, code);
    QFETCH(QString, message);
    auto key = MinisignPublicKey::parse(text, "trusted.pub");
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code(), code);
    QVERIFY2(key.error().message().contains(message), qPrintable(key.error().message()));
    QCOMPARE(key.error().subject(), "trusted.pub");
}

void TestMinisign::verifiesPrehashedSignatureFromMinisign()
{
    auto sig = MinisignSignature::parse(m_sigA, "catalog.json.minisig");
    QVERIFY2(sig.ok(), qPrintable(sig.error().toString()));
    QCOMPARE(sig->algorithm(), MinisignSignature::Algorithm::Prehashed);
    QCOMPARE(sig->keyIdHex(), publicKey("a.pub").keyIdHex());
    QCOMPARE(sig->untrustedComment(), "signed by the demo publisher");

    // The trusted key may be any of several.
    const MinisignVerifier verifier({publicKey("b.pub"), publicKey("a.pub")});
    auto comment = verifier.verify(m_data, *sig, "catalog.json");
    QVERIFY2(comment.ok(), qPrintable(comment.error().toString()));
    QCOMPARE(*comment, "catalog serial 7");

    QVERIFY(TestSupport::writeFile(path("catalog.json"), m_data));
    auto fromFile = verifier.verifyFile(path("catalog.json"), *sig);
    QVERIFY2(fromFile.ok(), qPrintable(fromFile.error().toString()));
    QCOMPARE(*fromFile, "catalog serial 7");
}

void TestMinisign::verifiesLegacySignatureFromMinisign()
{
    // minisign 0.11 still writes the legacy form with -l.
    auto sig = MinisignSignature::parse(m_legacySigA);
    QVERIFY2(sig.ok(), qPrintable(sig.error().toString()));
    QCOMPARE(sig->algorithm(), MinisignSignature::Algorithm::Legacy);
    const MinisignVerifier verifier({publicKey("a.pub")});
    auto comment = verifier.verify(m_data, *sig);
    QVERIFY2(comment.ok(), qPrintable(comment.error().toString()));
    QCOMPARE(*comment, "legacy serial 7");

    QByteArray altered = m_data;
    altered[10] = char(altered[10] ^ 0x01);
    auto refused = verifier.verify(altered, *sig, "catalog.json");
    QCOMPARE(refused.error().code(), ErrorCode::Integrity);
    QCOMPARE(refused.error().subject(), "catalog.json");
}

void TestMinisign::legacyNeedsTheWholeDataAndIsCapped()
{
    auto sig = MinisignSignature::parse(m_legacySigA);
    QVERIFY(sig.ok());
    MinisignVerifier::Options options;
    options.legacyMaxBytes = 1024; // the data is about 4 KiB
    const MinisignVerifier verifier({publicKey("a.pub")}, options);

    auto inMemory = verifier.verify(m_data, *sig);
    QCOMPARE(inMemory.error().code(), ErrorCode::Unsupported);
    QVERIFY(inMemory.error().message().contains("sign it prehashed"));

    QVERIFY(TestSupport::writeFile(path("legacy.json"), m_data));
    auto fromFile = verifier.verifyFile(path("legacy.json"), *sig);
    QCOMPARE(fromFile.error().code(), ErrorCode::Unsupported);
    QCOMPARE(fromFile.error().subject(), path("legacy.json"));

    // A prehashed signature of the same data is not capped.
    auto prehashed = MinisignSignature::parse(m_sigA);
    QVERIFY(verifier.verify(m_data, *prehashed).ok());
}

void TestMinisign::legacyRefusedWhenNotAllowed()
{
    MinisignVerifier::Options options;
    options.allowLegacy = false; // minisign -V -H
    const MinisignVerifier verifier({publicKey("a.pub")}, options);
    auto result = verifier.verify(m_data, *MinisignSignature::parse(m_legacySigA));
    QCOMPARE(result.error().code(), ErrorCode::Untrusted);
    QVERIFY(result.error().message().contains("legacy"));
}

void TestMinisign::streamsLargeFilesInChunks()
{
    const QByteArray big = randomBytes(3 * 1024 * 1024 + 17);
    const QByteArray sigText = minisignSign(big, "a.key");
    auto sig = MinisignSignature::parse(sigText);
    QVERIFY(sig.ok());
    const MinisignVerifier verifier({publicKey("a.pub")});

    auto stream = verifier.begin(*sig, "module.tar.gz");
    QVERIFY2(stream.ok(), qPrintable(stream.error().toString()));
    qsizetype at = 0;
    while (at < big.size()) {
        const qsizetype n = qMin<qsizetype>(1 + QRandomGenerator::global()->bounded(200000), big.size() - at);
        QVERIFY(stream->update(QByteArrayView(big).sliced(at, n)).ok());
        at += n;
    }
    QCOMPARE(stream->bytesSeen(), big.size());
    auto comment = stream->finish();
    QVERIFY2(comment.ok(), qPrintable(comment.error().toString()));
    QVERIFY(comment->contains("\thashed"));
    QVERIFY(!stream->finish().ok()); // spent

    // The same data with its last byte changed fails at the end.
    auto second = verifier.begin(*sig, "module.tar.gz");
    QVERIFY(second.ok());
    QVERIFY(second->update(QByteArrayView(big).first(big.size() - 1)).ok());
    QVERIFY(second->update(QByteArray(1, char(big.back() ^ 0x80))).ok());
    auto refused = second->finish();
    QCOMPARE(refused.error().code(), ErrorCode::Integrity);
    QCOMPARE(refused.error().subject(), "module.tar.gz");

    QVERIFY(TestSupport::writeFile(path("big.bin"), big));
    QVERIFY(verifier.verifyFile(path("big.bin"), *sig).ok());
}

void TestMinisign::reWritesSignatureFilesByteForByte()
{
    for (const QByteArray& text : {m_sigA, m_legacySigA}) {
        auto sig = MinisignSignature::parse(text);
        QVERIFY(sig.ok());
        QCOMPARE(sig->toFileContent(), text);
    }
    // Windows line ends are read too.
    QByteArray crlf = m_sigA;
    crlf.replace("\n", "\r\n");
    auto sig = MinisignSignature::parse(crlf);
    QVERIFY2(sig.ok(), qPrintable(sig.error().toString()));
    QVERIFY(MinisignVerifier({publicKey("a.pub")}).verify(m_data, *sig).ok());
}

void TestMinisign::refusesTampering_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("signature");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::addColumn<QString>("message");

    QByteArray flipped = m_data;
    flipped[m_data.size() / 2] = char(flipped[m_data.size() / 2] ^ 0x04);
    QTest::newRow("one byte of the data flipped")
        << flipped << m_sigA << ErrorCode::Integrity << QString("the data does not match its signature");

    QTest::newRow("trusted comment edited")
        << m_data << withLine(m_sigA, 2, "trusted comment: catalog serial 8") << ErrorCode::Integrity
        << QString("the trusted comment was altered");

    QTest::newRow("signed by an untrusted key")
        << m_data << m_sigB << ErrorCode::Untrusted
        << QString("signed with key " + publicKey("b.pub").keyIdHex() + ", which is not a trusted key");

    // Key B's signature relabelled with trusted key A's id: the id matches, the maths do not.
    QByteArray raw = QByteArray::fromBase64(lineOf(m_sigB, 1));
    raw.replace(2, 8, publicKey("a.pub").keyId());
    QTest::newRow("wrong key id") << m_data << withLine(m_sigB, 1, raw.toBase64()) << ErrorCode::Untrusted
                                  << QString("not made by trusted key " + publicKey("a.pub").keyIdHex());

    QTest::newRow("unknown key id") << m_data
                                    << withLine(
                                           m_sigA, 1,
                                           QByteArray(QByteArray::fromBase64(lineOf(m_sigA, 1))
                                                          .replace(2, 8, "\x01\x02\x03\x04\x05\x06\x07\x08"))
                                               .toBase64())
                                    << ErrorCode::Untrusted << QString("signed with key 0807060504030201");

    QTest::newRow("malformed base64 signature")
        << m_data << withLine(m_sigA, 1, lineOf(m_sigA, 1).replace(5, 3, "!?*")) << ErrorCode::Parse
        << QString("the signature line is not valid base64");
    QTest::newRow("truncated base64 signature")
        << m_data << withLine(m_sigA, 1, lineOf(m_sigA, 1).left(64)) << ErrorCode::Parse
        << QString("the signature line holds 48 bytes instead of 74");
    QTest::newRow("malformed comment signature")
        << m_data << withLine(m_sigA, 3, lineOf(m_sigA, 3).replace(0, 4, "####")) << ErrorCode::Parse
        << QString("the trusted comment's signature line is not valid base64");
    QTest::newRow("truncated comment signature")
        << m_data << withLine(m_sigA, 3, lineOf(m_sigA, 3).left(44)) << ErrorCode::Parse
        << QString("the trusted comment's signature line holds 33 bytes instead of 64");
    QTest::newRow("file cut after the signature line")
        << m_data << m_sigA.left(m_sigA.indexOf("\ntrusted comment: ") + 1) << ErrorCode::Parse
        << QString("the file ends before the trusted comment");
    QTest::newRow("file cut after the trusted comment")
        << m_data << m_sigA.left(m_sigA.lastIndexOf('\n', m_sigA.size() - 2) + 1) << ErrorCode::Parse
        << QString("the file ends before the trusted comment's signature");
    QTest::newRow("file cut after the first line")
        << m_data << m_sigA.left(m_sigA.indexOf('\n') + 1) << ErrorCode::Parse
        << QString("the file ends before the signature line");
    QTest::newRow("empty file") << m_data << QByteArray() << ErrorCode::Parse
                                << QString("the signature file is empty");
    QTest::newRow("no untrusted comment prefix")
        << m_data << withLine(m_sigA, 0, "comment: hello") << ErrorCode::Parse
        << QString("the first line must start with \"untrusted comment: \"");
    QTest::newRow("no trusted comment prefix")
        << m_data << withLine(m_sigA, 2, "catalog serial 7") << ErrorCode::Parse
        << QString("the third line must start with \"trusted comment: \"");
    QByteArray unknownAlgorithm = QByteArray::fromBase64(lineOf(m_sigA, 1));
    unknownAlgorithm[1] = 'x';
    QTest::newRow("unknown algorithm")
        << m_data << withLine(m_sigA, 1, unknownAlgorithm.toBase64()) << ErrorCode::Unsupported
        << QString("unknown signature algorithm \"Ex\"");
    QTest::newRow("trailing garbage") << m_data << QByteArray(m_sigA + "more\n") << ErrorCode::Parse
                                      << QString("unexpected text after the trusted comment's signature");
    QTest::newRow("not a signature at all") << m_data << QByteArray(20000, 'A') << ErrorCode::Parse
                                            << QString("too large to be a minisign signature");
}

void TestMinisign::refusesTampering()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, signature);
    QFETCH(ms::ErrorCode, code);
    QFETCH(QString, message);

    const MinisignVerifier verifier({publicKey("a.pub")});
    ms::Error error;
    auto sig = MinisignSignature::parse(signature, "catalog.json.minisig");
    if (!sig.ok()) {
        error = sig.error();
        QCOMPARE(error.subject(), "catalog.json.minisig");
    } else {
        auto comment = verifier.verify(data, *sig, "catalog.json");
        QVERIFY2(!comment.ok(), "a tampered signature verified");
        error = comment.error();
        // Also through a file, the way the registry reads packages.
        QVERIFY(TestSupport::writeFile(path("tampered.json"), data));
        auto fromFile = verifier.verifyFile(path("tampered.json"), *sig);
        QVERIFY(!fromFile.ok());
        QCOMPARE(fromFile.error().code(), error.code());
        QCOMPARE(fromFile.error().message(), error.message());
    }
    QCOMPARE(error.code(), code);
    QVERIFY2(error.message().contains(message), qPrintable(error.message()));
    QVERIFY(!error.subject().isEmpty());
}

void TestMinisign::readsUnencryptedSecretKey()
{
    auto key = MinisignSecretKey::load(path("a.key"), {});
    QVERIFY2(key.ok(), qPrintable(key.error().toString()));
    QVERIFY(key->publicKey() == publicKey("a.pub"));
    QCOMPARE(key->keyIdHex(), publicKey("a.pub").keyIdHex());

    // Moving hands the key over; the moved-from object holds nothing.
    MinisignSecretKey moved = std::move(*key);
    QVERIFY(!moved.isNull());
    QVERIFY(key->isNull());
    QCOMPARE(key->sign("x", "t").error().code(), ErrorCode::InvalidArgument);
}

void TestMinisign::decryptsPasswordProtectedSecretKey()
{
    auto key = MinisignSecretKey::load(path("c.key"), Password);
    QVERIFY2(key.ok(), qPrintable(key.error().toString()));
    QVERIFY(key->publicKey() == publicKey("c.pub"));

    auto sig = key->sign(m_data, "signed with a protected key");
    QVERIFY(sig.ok());
    QVERIFY(TestSupport::writeFile(path("c-data"), m_data));
    QVERIFY(TestSupport::writeFile(path("c-data.minisig"), sig->toFileContent()));
    QByteArray out;
    QCOMPARE(
        minisign({"-V", "-m", path("c-data"), "-x", path("c-data.minisig"), "-p", path("c.pub")}, {}, &out),
        0);
    QVERIFY2(out.contains("Trusted comment: signed with a protected key"), out.constData());
}

void TestMinisign::refusesWrongOrMissingPassword()
{
    auto missing = MinisignSecretKey::load(path("c.key"), {});
    QCOMPARE(missing.error().code(), ErrorCode::InvalidArgument);
    QVERIFY(missing.error().message().contains("password is needed"));

    const QByteArray wrong = "correct horse battery stapler";
    auto refused = MinisignSecretKey::load(path("c.key"), wrong);
    QCOMPARE(refused.error().code(), ErrorCode::Integrity);
    QVERIFY(refused.error().message().contains("wrong password"));
    QCOMPARE(refused.error().subject(), path("c.key"));
    QVERIFY(!refused.error().toString().contains(QString::fromUtf8(wrong)));
    QVERIFY(!refused.error().detail().contains(QString::fromUtf8(wrong)));
}

void TestMinisign::refusesBrokenSecretKeys_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::addColumn<QString>("message");

    const QByteArray good = read("a.key");
    const QByteArray raw = QByteArray::fromBase64(lineOf(good, 1));
    auto patched = [&](const QByteArray& bytes) {
        return withLine(good, 1, bytes.toBase64());
    };

    QTest::newRow("public key given")
        << read("a.pub") << ErrorCode::Parse << QString("is not base64 of a minisign secret key");
    QTest::newRow("truncated") << withLine(good, 1, lineOf(good, 1).left(120)) << ErrorCode::Parse
                               << QString("is not base64 of a minisign secret key");
    QTest::newRow("no comment") << lineOf(good, 1) << ErrorCode::Parse
                                << QString("not a minisign secret key");
    QByteArray kdf = raw;
    kdf[2] = 'A';
    kdf[3] = 'r';
    QTest::newRow("unknown kdf") << patched(kdf) << ErrorCode::Unsupported
                                 << QString("unknown key derivation function");
    QByteArray checksum = raw;
    checksum[4] = 'S';
    checksum[5] = 'H';
    QTest::newRow("unknown checksum")
        << patched(checksum) << ErrorCode::Unsupported << QString("checksum is not BLAKE2b");
    // Byte 54 + 8 is the first byte of the Ed25519 seed.
    QByteArray seed = raw;
    seed[62] = char(seed[62] ^ 0x20);
    QTest::newRow("damaged seed") << patched(seed) << ErrorCode::Integrity
                                  << QString("public half does not match its seed");
    // An encrypted key whose memlimit asks for 64 GiB must be refused before any allocation.
    QByteArray greedy = QByteArray::fromBase64(lineOf(read("c.key"), 1));
    greedy[46 + 4] = 0x10;
    QTest::newRow("excessive kdf memory") << withLine(read("c.key"), 1, greedy.toBase64())
                                          << ErrorCode::Unsupported << QString("costlier than minisign's");
}

void TestMinisign::refusesBrokenSecretKeys()
{
    QFETCH(QByteArray, content);
    QFETCH(ms::ErrorCode, code);
    QFETCH(QString, message);
    auto key = MinisignSecretKey::parse(content, Password, "publisher.key");
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code(), code);
    QVERIFY2(key.error().message().contains(message), qPrintable(key.error().message()));
    QCOMPARE(key.error().subject(), "publisher.key");
}

void TestMinisign::minisignAcceptsOurSignatures()
{
    auto key = MinisignSecretKey::load(path("a.key"), {});
    QVERIFY(key.ok());
    const QString trusted = MinisignSignature::defaultTrustedComment(
        "catalog.json", QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC));
    QCOMPARE(trusted, "timestamp:1772366400\tfile:catalog.json\thashed");

    auto sig = key->sign(m_data, trusted, "signature from mothership");
    QVERIFY(sig.ok());
    QCOMPARE(sig->algorithm(), MinisignSignature::Algorithm::Prehashed);
    QVERIFY(TestSupport::writeFile(path("ours.json"), m_data));
    QVERIFY(TestSupport::writeFile(path("ours.json.minisig"), sig->toFileContent()));

    // -H: minisign must see a prehashed signature; -P: the key as a bare line.
    QByteArray out;
    QCOMPARE(minisign({"-V", "-H", "-m", path("ours.json"), "-p", path("a.pub")}, {}, &out), 0);
    QVERIFY2(out.contains(QByteArray("Trusted comment: " + trusted.toUtf8())), out.constData());
    QCOMPARE(minisign({"-V", "-m", path("ours.json"), "-P", QString::fromLatin1(lineOf(read("a.pub"), 1))}),
             0);

    // The same bytes round-trip through our parser and verifier.
    auto parsed = MinisignSignature::load(path("ours.json.minisig"));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->untrustedComment(), "signature from mothership");
    QCOMPARE(*MinisignVerifier({publicKey("a.pub")}).verify(m_data, *parsed), trusted);

    // And minisign refuses it when the data changes — the test can fail.
    QByteArray changed = m_data;
    changed[0] = '[';
    QVERIFY(TestSupport::writeFile(path("ours.json"), changed));
    QCOMPARE(minisign({"-V", "-m", path("ours.json"), "-x", path("ours.json.minisig"), "-p", path("a.pub")}),
             1);
}

void TestMinisign::minisignAcceptsOurSignatureOfLargeFile()
{
    auto key = MinisignSecretKey::load(path("b.key"), {});
    QVERIFY(key.ok());
    const QByteArray big = randomBytes(2 * 1024 * 1024 + 3);
    QVERIFY(TestSupport::writeFile(path("pkg.tar.gz"), big));
    auto sig = key->signFile(path("pkg.tar.gz"), "file:pkg.tar.gz\tversion:1.9.0");
    QVERIFY2(sig.ok(), qPrintable(sig.error().toString()));
    // Signing the file in chunks gives the same signature as signing it in memory (Ed25519
    // is deterministic).
    QCOMPARE(sig->signature(), key->sign(big, "file:pkg.tar.gz\tversion:1.9.0")->signature());
    QVERIFY(TestSupport::writeFile(path("pkg.tar.gz.minisig"), sig->toFileContent()));
    QCOMPARE(minisign({"-V", "-m", path("pkg.tar.gz"), "-p", path("b.pub")}), 0);
    QCOMPARE(minisign({"-V", "-m", path("pkg.tar.gz"), "-p", path("a.pub")}), 1);
}

void TestMinisign::refusesMultiLineComments()
{
    auto key = MinisignSecretKey::load(path("a.key"), {});
    QVERIFY(key.ok());
    QCOMPARE(key->sign(m_data, "one\ntrusted comment: two").error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(key->sign(m_data, "ok", "bad\r").error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(key->sign(m_data, QString(9000, QLatin1Char('x'))).error().code(), ErrorCode::InvalidArgument);
}

QTEST_GUILESS_MAIN(TestMinisign)
#include "tst_minisign.moc"
