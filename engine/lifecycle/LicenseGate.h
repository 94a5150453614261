#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "licensing/LicenseClaims.h"
#include "licensing/LicenseVerifier.h"
#include "store/VendorKeyRepository.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ms {

class Database;

/// A license key offered for a module, and where it came from (for messages; never the key).
struct LicenseCandidate
{
    QByteArray token;
    QString origin; ///< the file it was read from, or "keychain:license/<site>/<module>"
    bool fromKeychain = false;
};

/// The licensing rules of the lifecycle: which vendors are trusted (their public JWKs, kept
/// in the database), which installation this is (setting "platform.installation_id",
/// matched against a key's `aud`), and which of the keys offered for a module unlocks it.
/// License keys pass through here and go nowhere else: no error, log or row ever holds one.
class LicenseGate
{
    Q_DECLARE_TR_FUNCTIONS(LicenseGate)

public:
    static QString installationIdKey() { return QStringLiteral("platform.installation_id"); }
    /// A key file larger than this is not a license key.
    static constexpr qint64 MaxKeyFileBytes = LicenseVerifier::MaxTokenBytes + 1024;

    /// @p database and @p clock must outlive the gate.
    LicenseGate(Database& database, const Clock& clock);

    /// Trusts the Ed25519 JWK @p jwk (read from @p origin) for licenses issued by @p issuer.
    /// Adding a key that is already trusted changes nothing.
    [[nodiscard]] Result<VendorKeyRecord> trust(const QString& issuer, const QByteArray& jwk,
                                                const QString& origin);
    /// A verifier that trusts every stored vendor key.
    [[nodiscard]] Result<LicenseVerifier> verifier() const;
    /// This installation's id; empty when it has none.
    [[nodiscard]] Result<QString> installationId() const;

    /// Reads a license key file (Io naming the file; Validation when it is too large).
    [[nodiscard]] static Result<QByteArray> readKeyFile(const QString& path);

    /// The claims of the first of @p candidates that unlocks @p module, and its index.
    /// When none does, the error of the most telling one — a key for this module that is
    /// expired or badly signed before one meant for another module — its message starting
    /// with the module ("farm_manager: the license expired on 2026-03-01"), its subject the
    /// candidate's origin. NotFound when there are no candidates.
    [[nodiscard]] static Result<QPair<LicenseClaims, int>> choose(const LicenseVerifier& verifier,
                                                                  const QString& module,
                                                                  const QString& installationId,
                                                                  const QList<LicenseCandidate>& candidates);
    /// The error for a module that needs a key and was offered none. @p keychainProblem,
    /// when set, says why the keychain could not be asked.
    static Error missing(const QString& module, const QString& site, const Error& keychainProblem = {});

private:
    Database& m_database;
    const Clock& m_clock;
};

} // namespace ms
