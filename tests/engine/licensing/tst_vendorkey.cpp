// Vendor keys as JWKs (RFC 8037 OKP / Ed25519): what is accepted, and that every refusal
// names the field at fault.
#include "licensing/VendorKey.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using ms::ErrorCode;
using ms::VendorKey;

Q_DECLARE_METATYPE(ms::ErrorCode)

namespace {

// RFC 8037 appendix A.2: the public key of the RFC's example.
const QByteArray RfcX = "11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo";

QByteArray jwk(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestVendorKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesRfc8037Example();
    void roundTripsThroughJwk();
    void refusesWithFieldName_data();
    void refusesWithFieldName();
};

void TestVendorKey::parsesRfc8037Example()
{
    auto key = VendorKey::fromJwk(QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":")" + RfcX + R"("})"));
    QVERIFY2(key.ok(), qPrintable(key.error().toString()));
    QCOMPARE(key->publicKey().toHex(),
             QByteArray("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    QVERIFY(key->keyId().isEmpty());

    auto withKid = VendorKey::fromJwk(
        QByteArray(R"({"kty":"OKP","crv":"Ed25519","use":"sig","alg":"EdDSA","kid":"acme-2026","x":")" + RfcX
                   + R"("})"));
    QVERIFY(withKid.ok());
    QCOMPARE(withKid->keyId(), "acme-2026");
}

void TestVendorKey::roundTripsThroughJwk()
{
    auto key
        = VendorKey::fromJwk(QByteArray(R"({"kty":"OKP","crv":"Ed25519","kid":"k1","x":")" + RfcX + R"("})"));
    QVERIFY(key.ok());
    const QJsonObject out = key->toJwk();
    QCOMPARE(out.value("x").toString(), QString::fromLatin1(RfcX));
    auto again = VendorKey::fromJson(out);
    QVERIFY(again.ok());
    QVERIFY(*again == *key);
}

void TestVendorKey::refusesWithFieldName_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ms::ErrorCode>("code");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("message");

    const QJsonObject good {{"kty", "OKP"}, {"crv", "Ed25519"}, {"x", QString::fromLatin1(RfcX)}};
    auto with = [&](const char* field, const QJsonValue& value) {
        QJsonObject o = good;
        if (value.isUndefined())
            o.remove(QLatin1String(field));
        else
            o.insert(QLatin1String(field), value);
        return jwk(o);
    };

    QTest::newRow("not json") << QByteArray("{kty: OKP}") << ErrorCode::Parse << u"acme.jwk"_s
                              << u"not valid JSON"_s;
    QTest::newRow("array") << QByteArray("[]") << ErrorCode::Parse << u"acme.jwk"_s
                           << u"expected a JSON object"_s;
    QTest::newRow("no kty") << with("kty", QJsonValue::Undefined) << ErrorCode::Parse << u"acme.jwk: kty"_s
                            << u"no key type"_s;
    QTest::newRow("rsa") << with("kty", "RSA") << ErrorCode::Unsupported << u"acme.jwk: kty"_s
                         << u"key type RSA"_s;
    QTest::newRow("x25519") << with("crv", "X25519") << ErrorCode::Unsupported << u"acme.jwk: crv"_s
                            << u"curve X25519 is not supported"_s;
    QTest::newRow("no crv") << with("crv", QJsonValue::Undefined) << ErrorCode::Parse << u"acme.jwk: crv"_s
                            << u"no curve"_s;
    QTest::newRow("no x") << with("x", QJsonValue::Undefined) << ErrorCode::Parse << u"acme.jwk: x"_s
                          << u"no public key"_s;
    QTest::newRow("x padded") << with("x", QString::fromLatin1(RfcX + "=")) << ErrorCode::Parse
                              << u"acme.jwk: x"_s << u"not base64url"_s;
    QTest::newRow("x standard alphabet") << with("x", QString::fromLatin1(QByteArray(RfcX).replace('_', '/')))
                                         << ErrorCode::Parse << u"acme.jwk: x"_s << u"not base64url"_s;
    QTest::newRow("x short") << with("x", QString::fromLatin1(RfcX.left(40))) << ErrorCode::Parse
                             << u"acme.jwk: x"_s << u"has 30 bytes"_s;
    QTest::newRow("private key") << with("d", "nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A")
                                 << ErrorCode::InvalidArgument << u"acme.jwk: d"_s
                                 << u"holds a private key"_s;
    QTest::newRow("encryption key") << with("use", "enc") << ErrorCode::Validation << u"acme.jwk: use"_s
                                    << u"not meant for signatures"_s;
    QTest::newRow("other alg") << with("alg", "ES256") << ErrorCode::Validation << u"acme.jwk: alg"_s
                               << u"must be EdDSA"_s;
    QTest::newRow("numeric kid") << with("kid", 7) << ErrorCode::Parse << u"acme.jwk: kid"_s
                                 << u"must be a string"_s;
}

void TestVendorKey::refusesWithFieldName()
{
    QFETCH(QByteArray, text);
    QFETCH(ms::ErrorCode, code);
    QFETCH(QString, subject);
    QFETCH(QString, message);
    auto key = VendorKey::fromJwk(text, "acme.jwk");
    QVERIFY(!key.ok());
    QCOMPARE(key.error().code(), code);
    QCOMPARE(key.error().subject(), subject);
    QVERIFY2(key.error().message().contains(message), qPrintable(key.error().message()));
}

QTEST_GUILESS_MAIN(TestVendorKey)
#include "tst_vendorkey.moc"
