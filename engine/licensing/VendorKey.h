#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ms {

/// A license vendor's public signing key: Ed25519, given as a JWK (RFC 8037):
///
///     { "kty": "OKP", "crv": "Ed25519", "x": "<base64url of 32 bytes>", "kid": "acme-2026" }
///
/// `kid` is optional; when a vendor has several keys, a license's `kid` header picks one.
class VendorKey
{
    Q_DECLARE_TR_FUNCTIONS(VendorKey)

public:
    VendorKey() = default;

    /// Parses a JWK document. Errors name the field that is wrong ("crv", "x") after
    /// @p origin, the file the JWK came from. A JWK holding the private part ("d") is refused
    /// so that a vendor's private key never lands in the trust store.
    [[nodiscard]] static Result<VendorKey> fromJwk(QByteArrayView json, const QString& origin = {});
    [[nodiscard]] static Result<VendorKey> fromJson(const QJsonObject& jwk, const QString& origin = {});
    /// Builds a key from its 32 raw bytes; a key of any other size is null.
    static VendorKey fromRaw(const QByteArray& publicKey, const QString& keyId = {});

    bool isNull() const { return m_publicKey.isEmpty(); }
    /// The 32-byte Ed25519 public key.
    const QByteArray& publicKey() const { return m_publicKey; }
    /// The JWK's `kid`, empty when it has none.
    const QString& keyId() const { return m_keyId; }

    /// The key as a JWK object (kty, crv, x and kid when set).
    QJsonObject toJwk() const;

    friend bool operator==(const VendorKey& a, const VendorKey& b)
    {
        return a.m_publicKey == b.m_publicKey && a.m_keyId == b.m_keyId;
    }

private:
    QByteArray m_publicKey;
    QString m_keyId;
};

} // namespace ms
