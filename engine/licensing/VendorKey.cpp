#include "licensing/VendorKey.h"

#include "licensing/Base64Url.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace ms {

namespace {

constexpr qsizetype Ed25519PublicKeyBytes = 32;
constexpr qsizetype MaxJwkBytes = 16 * 1024;

QString fieldSubject(const QString& origin, const QString& field)
{
    return origin.isEmpty() ? field : origin + QStringLiteral(": ") + field;
}

} // namespace

Result<VendorKey> VendorKey::fromJwk(QByteArrayView json, const QString& origin)
{
    if (json.size() > MaxJwkBytes)
        return Error(ErrorCode::Parse, tr("too large to be a JWK"), origin);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error(ErrorCode::Parse, tr("the key is not valid JSON: %1").arg(error.errorString()), origin);
    if (!doc.isObject())
        return Error(ErrorCode::Parse, tr("the key is not a JWK: expected a JSON object"), origin);
    return fromJson(doc.object(), origin);
}

Result<VendorKey> VendorKey::fromJson(const QJsonObject& jwk, const QString& origin)
{
    const QString kty = jwk.value(QStringLiteral("kty")).toString();
    if (!jwk.value(QStringLiteral("kty")).isString())
        return Error(ErrorCode::Parse, tr("the JWK has no key type"),
                     fieldSubject(origin, QStringLiteral("kty")));
    if (kty != QStringLiteral("OKP"))
        return Error(ErrorCode::Unsupported,
                     tr("key type %1 is not supported: vendor keys are Ed25519 (kty OKP)").arg(kty.left(32)),
                     fieldSubject(origin, QStringLiteral("kty")));
    const QJsonValue crv = jwk.value(QStringLiteral("crv"));
    if (!crv.isString())
        return Error(ErrorCode::Parse, tr("the JWK has no curve"),
                     fieldSubject(origin, QStringLiteral("crv")));
    if (crv.toString() != QStringLiteral("Ed25519"))
        return Error(ErrorCode::Unsupported,
                     tr("curve %1 is not supported: vendor keys are Ed25519").arg(crv.toString().left(32)),
                     fieldSubject(origin, QStringLiteral("crv")));
    if (jwk.contains(QStringLiteral("d")))
        return Error(ErrorCode::InvalidArgument,
                     tr("the JWK holds a private key; trust only the vendor's public key (remove \"d\")"),
                     fieldSubject(origin, QStringLiteral("d")));
    const QJsonValue use = jwk.value(QStringLiteral("use"));
    if (!use.isUndefined() && use.toString() != QStringLiteral("sig"))
        return Error(ErrorCode::Validation, tr("the key is not meant for signatures (use must be \"sig\")"),
                     fieldSubject(origin, QStringLiteral("use")));
    const QJsonValue alg = jwk.value(QStringLiteral("alg"));
    if (!alg.isUndefined() && alg.toString() != QStringLiteral("EdDSA"))
        return Error(ErrorCode::Validation, tr("the key's algorithm must be EdDSA"),
                     fieldSubject(origin, QStringLiteral("alg")));

    const QJsonValue x = jwk.value(QStringLiteral("x"));
    if (!x.isString())
        return Error(ErrorCode::Parse, tr("the JWK has no public key"),
                     fieldSubject(origin, QStringLiteral("x")));
    const std::optional<QByteArray> raw = Base64Url::decode(x.toString().toLatin1());
    if (!raw)
        return Error(ErrorCode::Parse, tr("the public key is not base64url"),
                     fieldSubject(origin, QStringLiteral("x")));
    if (raw->size() != Ed25519PublicKeyBytes)
        return Error(ErrorCode::Parse,
                     tr("the public key has %1 bytes; an Ed25519 key has 32").arg(raw->size()),
                     fieldSubject(origin, QStringLiteral("x")));

    const QJsonValue kid = jwk.value(QStringLiteral("kid"));
    if (!kid.isUndefined() && !kid.isString())
        return Error(ErrorCode::Parse, tr("the key id must be a string"),
                     fieldSubject(origin, QStringLiteral("kid")));
    return fromRaw(*raw, kid.toString());
}

VendorKey VendorKey::fromRaw(const QByteArray& publicKey, const QString& keyId)
{
    VendorKey key;
    if (publicKey.size() != Ed25519PublicKeyBytes)
        return key;
    key.m_publicKey = publicKey;
    key.m_keyId = keyId;
    return key;
}

QJsonObject VendorKey::toJwk() const
{
    QJsonObject jwk {{QStringLiteral("kty"), QStringLiteral("OKP")},
                     {QStringLiteral("crv"), QStringLiteral("Ed25519")},
                     {QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(m_publicKey))}};
    if (!m_keyId.isEmpty())
        jwk.insert(QStringLiteral("kid"), m_keyId);
    return jwk;
}

} // namespace ms
