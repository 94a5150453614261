#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ms {

class Database;

/// A license vendor's trusted public key as stored: table vendor_keys.
struct VendorKeyRecord
{
    qint64 id = 0; ///< assigned when stored
    QString issuer; ///< the `iss` its licenses carry
    QString keyId; ///< the JWK's kid; empty when it has none
    QString publicKey; ///< the JWK's x: base64url of the 32-byte Ed25519 key
    QString jwk; ///< the public JWK as compact JSON
    QDateTime addedAt; ///< set by the repository

    bool operator==(const VendorKeyRecord&) const = default;
};

/// The license vendors' public keys the administrator trusts. Public keys are not secrets;
/// license keys never come here. Safe to use from any thread.
class VendorKeyRepository
{
    Q_DECLARE_TR_FUNCTIONS(VendorKeyRepository)

public:
    /// @p database must outlive the repository.
    explicit VendorKeyRepository(Database& database);

    /// Trusts @p key. Adding a key the issuer already has returns the stored row unchanged.
    /// InvalidArgument when issuer, publicKey or jwk is empty.
    [[nodiscard]] Result<VendorKeyRecord> add(const VendorKeyRecord& key);
    /// Every trusted key, by issuer, then in the order they were added.
    [[nodiscard]] Result<QList<VendorKeyRecord>> list() const;

private:
    Database& m_database;
};

} // namespace ms
