#include "licensing/LicenseVerifier.h"

#include "licensing/Base64Url.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <cmath>
#include <limits>
#include <sodium.h>

namespace ms {

namespace {

constexpr qsizetype Ed25519SignatureBytes = 64;
// 9999-12-31T23:59:59Z: later "dates" are not dates.
constexpr double MaxNumericDate = 253402300799.0;

// Text from an unverified token, made safe to show: no control characters, not too long.
QString shown(const QString& text)
{
    constexpr qsizetype MaxShown = 64;
    QString out;
    for (const QChar c : text) {
        if (out.size() == MaxShown) {
            out += QStringLiteral("…");
            break;
        }
        out += c.isPrint() ? c : QLatin1Char('?');
    }
    return out;
}

QString day(const QDateTime& t)
{
    return t.toUTC().date().toString(Qt::ISODate);
}

} // namespace

LicenseVerifier::LicenseVerifier(const Clock& clock)
    : m_clock(&clock)
{
}

void LicenseVerifier::trustVendor(const QString& issuer, const VendorKey& key)
{
    if (key.isNull() || m_vendors.contains(issuer, key))
        return;
    m_vendors.insert(issuer, key);
}

QStringList LicenseVerifier::trustedIssuers() const
{
    QStringList issuers = m_vendors.uniqueKeys();
    issuers.sort();
    return issuers;
}

Result<LicenseClaims> LicenseVerifier::verify(QByteArrayView token, const QString& module,
                                              const QString& installationId) const
{
    const QString license = QStringLiteral("license");
    token = token.trimmed();
    if (token.isEmpty())
        return Error(ErrorCode::Parse, tr("the license key is empty"), license);
    if (token.size() > MaxTokenBytes)
        return Error(ErrorCode::Parse,
                     tr("the license key is larger than %1 bytes: not a license key").arg(MaxTokenBytes),
                     license);
    const QList<QByteArrayView> parts = [&] {
        QList<QByteArrayView> result;
        qsizetype start = 0;
        for (;;) {
            const qsizetype dot = token.indexOf('.', start);
            result.append(token.sliced(start, (dot < 0 ? token.size() : dot) - start));
            if (dot < 0)
                return result;
            start = dot + 1;
        }
    }();
    if (parts.size() != 3)
        return Error(ErrorCode::Parse,
                     tr("the license key is not a JWT: expected three base64url parts separated by dots"),
                     license);

    auto decodeObject = [&](QByteArrayView part, const QString& which) -> Result<QJsonObject> {
        const std::optional<QByteArray> bytes = Base64Url::decode(part);
        if (!bytes)
            return Error(ErrorCode::Parse, tr("the license %1 is not base64url").arg(which), which);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(*bytes, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return Error(ErrorCode::Parse, tr("the license %1 is not a JSON object").arg(which), which);
        return doc.object();
    };

    // The header decides how the token may be checked, so it is judged before anything else.
    Result<QJsonObject> header = decodeObject(parts[0], QStringLiteral("header"));
    if (!header)
        return header.error();
    const QJsonValue alg = header->value(QStringLiteral("alg"));
    if (!alg.isString())
        return Error(ErrorCode::Parse, tr("the license header names no signature algorithm"),
                     QStringLiteral("alg"));
    if (alg.toString().compare(QStringLiteral("none"), Qt::CaseInsensitive) == 0)
        return Error(ErrorCode::Untrusted, tr("the license is not signed (alg none)"), QStringLiteral("alg"));
    if (alg.toString() != QStringLiteral("EdDSA"))
        return Error(ErrorCode::Untrusted,
                     tr("the license is signed with %1; only EdDSA (Ed25519) licenses are accepted")
                         .arg(shown(alg.toString())),
                     QStringLiteral("alg"));
    if (header->contains(QStringLiteral("crit")))
        return Error(ErrorCode::Unsupported,
                     tr("the license requires header extensions this program does not know (crit)"),
                     QStringLiteral("crit"));
    const QJsonValue typ = header->value(QStringLiteral("typ"));
    if (!typ.isUndefined() && typ.toString().compare(QStringLiteral("JWT"), Qt::CaseInsensitive) != 0)
        return Error(ErrorCode::Parse, tr("the token type %1 is not a JWT").arg(shown(typ.toString())),
                     QStringLiteral("typ"));
    const QJsonValue kid = header->value(QStringLiteral("kid"));
    if (!kid.isUndefined() && !kid.isString())
        return Error(ErrorCode::Parse, tr("the license's key id is not a string"), QStringLiteral("kid"));

    Result<QJsonObject> payload = decodeObject(parts[1], QStringLiteral("payload"));
    if (!payload)
        return payload.error();
    const QJsonValue iss = payload->value(QStringLiteral("iss"));
    if (!iss.isString() || iss.toString().isEmpty())
        return Error(ErrorCode::Parse, tr("the license names no issuer"), QStringLiteral("iss"));
    const QString issuer = iss.toString();
    const QList<VendorKey> vendorKeys = m_vendors.values(issuer);
    if (vendorKeys.isEmpty())
        return Error(ErrorCode::Untrusted, tr("issuer %1 is not a trusted vendor").arg(shown(issuer)),
                     QStringLiteral("iss"));
    QList<VendorKey> candidates;
    for (const VendorKey& key : vendorKeys) {
        if (kid.isUndefined() || key.keyId().isEmpty() || key.keyId() == kid.toString())
            candidates.append(key);
    }
    if (candidates.isEmpty())
        return Error(ErrorCode::Untrusted,
                     tr("vendor %1 has no trusted key with id %2").arg(shown(issuer), shown(kid.toString())),
                     QStringLiteral("kid"));

    const std::optional<QByteArray> signature = Base64Url::decode(parts[2]);
    if (!signature)
        return Error(ErrorCode::Parse, tr("the license signature is not base64url"),
                     QStringLiteral("signature"));
    if (signature->size() != Ed25519SignatureBytes)
        return Error(ErrorCode::Parse, tr("the license signature is not an Ed25519 signature (64 bytes)"),
                     QStringLiteral("signature"));
    if (sodium_init() < 0)
        return Error(ErrorCode::Internal, tr("the cryptography library (libsodium) could not start"),
                     license);
    // JWS signs the ASCII of "header.payload", exactly as received.
    const QByteArrayView signingInput = token.first(parts[0].size() + 1 + parts[1].size());
    const VendorKey* verifiedBy = nullptr;
    for (const VendorKey& key : candidates) {
        if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(signature->constData()),
                                        reinterpret_cast<const unsigned char*>(signingInput.data()),
                                        quint64(signingInput.size()),
                                        reinterpret_cast<const unsigned char*>(key.publicKey().constData()))
            == 0) {
            verifiedBy = &key;
            break;
        }
    }
    if (!verifiedBy)
        return Error(ErrorCode::Integrity,
                     tr("the license signature does not verify against vendor %1's key").arg(shown(issuer)),
                     QStringLiteral("signature"));

    // From here on the claims are the vendor's own words.
    auto text = [&](const char* name, const QString& missing) -> Result<QString> {
        const QJsonValue v = payload->value(QLatin1String(name));
        if (!v.isString() || v.toString().isEmpty())
            return Error(ErrorCode::Parse, missing, QLatin1String(name));
        return v.toString();
    };
    auto date = [&](const char* name, bool required) -> Result<QDateTime> {
        const QJsonValue v = payload->value(QLatin1String(name));
        if (v.isUndefined() && !required)
            return QDateTime();
        if (v.isUndefined())
            return Error(ErrorCode::Parse, tr("the license has no %1 date").arg(QLatin1String(name)),
                         QLatin1String(name));
        const double seconds = v.toDouble(-1);
        if (!v.isDouble() || !std::isfinite(seconds) || seconds < 0 || seconds > MaxNumericDate)
            return Error(ErrorCode::Parse,
                         tr("the license's %1 is not a date (seconds since 1970)").arg(QLatin1String(name)),
                         QLatin1String(name));
        return QDateTime::fromSecsSinceEpoch(qint64(std::floor(seconds)), Qt::UTC);
    };

    LicenseClaims claims;
    claims.issuer = issuer;
    claims.keyId = verifiedBy->keyId();
    Result<QString> sub = text("sub", tr("the license names no licensee"));
    if (!sub)
        return sub.error();
    claims.licensee = *sub;
    Result<QString> mod = text("mod", tr("the license names no module"));
    if (!mod)
        return mod.error();
    claims.module = *mod;
    Result<QString> lic = text("lic", tr("the license has no license type"));
    if (!lic)
        return lic.error();
    claims.licenseType = *lic;
    Result<QDateTime> iat = date("iat", true);
    if (!iat)
        return iat.error();
    claims.issuedAt = *iat;
    Result<QDateTime> exp = date("exp", true);
    if (!exp)
        return exp.error();
    claims.expiresAt = *exp;
    Result<QDateTime> nbf = date("nbf", false);
    if (!nbf)
        return nbf.error();
    claims.notBefore = *nbf;

    const QJsonValue aud = payload->value(QStringLiteral("aud"));
    if (aud.isString()) {
        claims.audience = QStringList {aud.toString()};
    } else if (aud.isArray()) {
        for (const QJsonValue& v : aud.toArray()) {
            if (!v.isString())
                return Error(ErrorCode::Parse,
                             tr("the license's audience must be installation ids (strings)"),
                             QStringLiteral("aud"));
            claims.audience.append(v.toString());
        }
    } else if (!aud.isUndefined()) {
        return Error(ErrorCode::Parse, tr("the license's audience must be installation ids (strings)"),
                     QStringLiteral("aud"));
    }

    const QJsonValue seats = payload->value(QStringLiteral("seats"));
    if (!seats.isUndefined()) {
        const double n = seats.toDouble(-1);
        if (!seats.isDouble() || n < 1 || n > std::numeric_limits<int>::max() || n != std::floor(n))
            return Error(ErrorCode::Parse, tr("the license's seats must be a whole number of at least 1"),
                         QStringLiteral("seats"));
        claims.seats = int(n);
    }

    const QDateTime now = m_clock->now();
    if (now >= claims.expiresAt)
        return Error(ErrorCode::Expired, tr("the license expired on %1").arg(day(claims.expiresAt)),
                     QStringLiteral("exp"));
    const QDateTime horizon = now.addSecs(ClockSkewSecs);
    if (claims.notBefore.isValid() && claims.notBefore > horizon)
        return Error(ErrorCode::Validation,
                     tr("the license is not valid before %1").arg(day(claims.notBefore)),
                     QStringLiteral("nbf"));
    if (claims.issuedAt > horizon)
        return Error(ErrorCode::Validation,
                     tr("the license was issued in the future (%1); check this computer's clock")
                         .arg(day(claims.issuedAt)),
                     QStringLiteral("iat"));

    if (claims.module != module)
        return Error(ErrorCode::Validation,
                     tr("the license is for module %1, not %2").arg(shown(claims.module), module),
                     QStringLiteral("mod"));
    if (!claims.audience.isEmpty() && !claims.audience.contains(installationId)) {
        const QString bound = shown(claims.audience.join(QStringLiteral(", ")));
        if (installationId.isEmpty())
            return Error(
                ErrorCode::Validation,
                tr("the license is bound to installation %1, and this installation has no id").arg(bound),
                QStringLiteral("aud"));
        return Error(ErrorCode::Validation,
                     tr("the license is for installation %1, not %2").arg(bound, installationId),
                     QStringLiteral("aud"));
    }
    return claims;
}

} // namespace ms
