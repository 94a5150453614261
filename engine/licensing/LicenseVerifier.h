#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "licensing/LicenseClaims.h"
#include "licensing/VendorKey.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QMultiHash>
#include <QString>

namespace ms {

/// Verifies license keys offline. A license key is a JWT (RFC 7519) signed with EdDSA over
/// Ed25519 (RFC 8037) by a vendor whose public key the administrator trusts.
///
/// verify() accepts a token only when, in this order:
///  - it is a well-formed JWT whose header says alg EdDSA — "none", HMAC, RSA and every other
///    algorithm are refused outright (Untrusted), so no key can be misused for another alg;
///  - its issuer (iss) is a trusted vendor (Untrusted) and, when the header names a kid, the
///    vendor has a key with that id (Untrusted);
///  - the signature verifies against that vendor's key (Integrity);
///  - sub, mod, lic, iat and exp are present with the right types (Parse);
///  - exp is after the clock's now (Expired), nbf and iat are not in the future (Validation),
///    with ClockSkewSecs of leeway for a vendor's clock that runs ahead;
///  - mod equals the module being installed and, when aud is present, it names this
///    installation (Validation).
/// Messages say what is wrong in words ("the license expired on 2026-03-01"); the subject is
/// the claim or part concerned. The token itself never appears in an error.
class LicenseVerifier
{
    Q_DECLARE_TR_FUNCTIONS(LicenseVerifier)

public:
    /// Tokens larger than this are not license keys (and are not parsed).
    static constexpr qsizetype MaxTokenBytes = 8 * 1024;
    /// How far ahead of our clock nbf and iat may be: vendors mint with nbf = iat = now.
    static constexpr qint64 ClockSkewSecs = 300;

    /// @p clock decides "now" for exp and nbf; it must outlive the verifier.
    explicit LicenseVerifier(const Clock& clock = Clock::system());

    /// Trusts @p key for licenses whose iss is @p issuer. A vendor may have several keys
    /// (rotation); without a kid in the token each is tried.
    void trustVendor(const QString& issuer, const VendorKey& key);
    QStringList trustedIssuers() const;

    /// Verifies @p token for @p module on the installation @p installationId (empty when this
    /// installation has none). Surrounding whitespace (a trailing newline from a file) is
    /// ignored. Returns the claims, or the first rule the token breaks.
    [[nodiscard]] Result<LicenseClaims> verify(QByteArrayView token, const QString& module,
                                               const QString& installationId = {}) const;

private:
    const Clock* m_clock;
    QMultiHash<QString, VendorKey> m_vendors;
};

} // namespace ms
