#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// What a verified license key says (the JWT claims DESIGN.md fixes). Only LicenseVerifier
/// makes these, after the signature and every rule have been checked.
struct LicenseClaims
{
    QString issuer; ///< iss: the vendor, one of the trusted issuers
    QString licensee; ///< sub: who the license was sold to
    QString module; ///< mod: the module it unlocks
    QString licenseType; ///< lic: e.g. "per_installation", "per_site", "trial"
    QDateTime issuedAt; ///< iat (UTC)
    QDateTime expiresAt; ///< exp (UTC)
    QDateTime notBefore; ///< nbf (UTC); null when the license has none
    QStringList audience; ///< aud: the installation ids it is bound to; empty when unbound
    std::optional<int> seats; ///< seats, when the license counts them
    QString keyId; ///< kid of the vendor key that verified it; empty when the key has none
};

} // namespace ms
