#include "lifecycle/LicenseGate.h"

#include "licensing/VendorKey.h"
#include "store/SettingsRepository.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ms {

LicenseGate::LicenseGate(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

Result<VendorKeyRecord> LicenseGate::trust(const QString& issuer, const QByteArray& jwk,
                                           const QString& origin)
{
    if (issuer.trimmed().isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("the issuer is empty"), u"issuer"_s);
    auto key = VendorKey::fromJwk(jwk, origin);
    if (!key)
        return key.error();
    const QJsonObject public_ = key->toJwk();
    VendorKeyRecord record;
    record.issuer = issuer.trimmed();
    record.keyId = key->keyId();
    record.publicKey = public_.value(u"x"_s).toString();
    record.jwk = QString::fromUtf8(QJsonDocument(public_).toJson(QJsonDocument::Compact));
    return VendorKeyRepository(m_database).add(record);
}

Result<LicenseVerifier> LicenseGate::verifier() const
{
    auto keys = VendorKeyRepository(m_database).list();
    if (!keys)
        return keys.error();
    LicenseVerifier verifier(m_clock);
    for (const VendorKeyRecord& stored : std::as_const(*keys)) {
        auto key = VendorKey::fromJwk(stored.jwk.toUtf8(), u"vendor_keys"_s);
        if (!key)
            return key.error();
        verifier.trustVendor(stored.issuer, *key);
    }
    return verifier;
}

Result<QString> LicenseGate::installationId() const
{
    return SettingsRepository(m_database).value(installationIdKey());
}

Result<QByteArray> LicenseGate::readKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read the license key: %1").arg(file.errorString()), path);
    QByteArray token = file.read(MaxKeyFileBytes + 1);
    if (token.size() > MaxKeyFileBytes)
        return Error(ErrorCode::Validation, tr("this file is too large to be a license key"), path);
    return token;
}

Result<QPair<LicenseClaims, int>> LicenseGate::choose(const LicenseVerifier& verifier, const QString& module,
                                                      const QString& installationId,
                                                      const QList<LicenseCandidate>& candidates)
{
    if (candidates.isEmpty())
        return Error(ErrorCode::NotFound, tr("%1: no license key was offered").arg(module), module);
    std::optional<Error> best;
    bool bestIsForOtherModule = false;
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        auto claims = verifier.verify(candidates[i].token, module, installationId);
        if (claims)
            return qMakePair(*claims, int(i));
        // A key for another module says least about this one: any other problem wins.
        const bool otherModule = claims.error().subject() == u"mod";
        if (!best || (bestIsForOtherModule && !otherModule)) {
            best = Error(claims.error().code(), module + u": "_s + claims.error().message(),
                         candidates[i].origin, claims.error().subject());
            bestIsForOtherModule = otherModule;
        }
    }
    return *best;
}

Error LicenseGate::missing(const QString& module, const QString& site, const Error& keychainProblem)
{
    if (keychainProblem.isError() && keychainProblem.code() != ErrorCode::NotFound)
        return Error(ErrorCode::NotFound,
                     tr("%1 needs a license key: none was given, and the keychain could not be asked (%2)")
                         .arg(module, keychainProblem.message()),
                     site);
    return Error(ErrorCode::NotFound,
                 tr("%1 needs a license key: none was given, and the keychain holds none for site %2")
                     .arg(module, site),
                 site);
}

} // namespace ms
