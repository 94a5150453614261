#pragma once

#include "core/Result.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignVerifier.h"
#include "store/RegistryRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ms {

class Database;

/// The minisign public keys each registry is trusted with (table registry_keys through
/// RegistryRepository). Public keys only: a secret key never enters the store. A registry
/// keeps at least one key, so that its catalog can always be checked. Safe to use from any
/// thread.
class TrustStore
{
    Q_DECLARE_TR_FUNCTIONS(TrustStore)

public:
    /// @p database must outlive the trust store.
    explicit TrustStore(Database& database);

    /// The keys trusted for @p registry. NotFound for an unknown registry; Parse when a stored
    /// key no longer reads as a minisign key (the error names the key id).
    [[nodiscard]] Result<QList<MinisignPublicKey>> keys(const QString& registry) const;
    /// A verifier over keys(@p registry). Legacy ("Ed") signatures are accepted, as
    /// `minisign -V` does.
    [[nodiscard]] Result<MinisignVerifier> verifier(const QString& registry) const;

    /// Trusts @p key for @p registry. Conflict when it is already trusted.
    [[nodiscard]] Status trust(const QString& registry, const MinisignPublicKey& key);
    /// Stops trusting the key @p keyIdHex ("913D4033598832DD"). Conflict for the last key.
    [[nodiscard]] Status distrust(const QString& registry, const QString& keyIdHex);

    /// The row a key is stored as, and back.
    static TrustedKeyRecord toRecord(const MinisignPublicKey& key);
    [[nodiscard]] static Result<MinisignPublicKey> fromRecord(const TrustedKeyRecord& record);

private:
    Database& m_database;
};

} // namespace ms
