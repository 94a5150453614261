#include "registry/TrustStore.h"

#include "store/RegistryRepository.h"

namespace ms {

TrustStore::TrustStore(Database& database)
    : m_database(database)
{
}

Result<QList<MinisignPublicKey>> TrustStore::keys(const QString& registry) const
{
    const Result<QList<TrustedKeyRecord>> records = RegistryRepository(m_database).keys(registry);
    if (!records)
        return records.error();
    QList<MinisignPublicKey> keys;
    keys.reserve(records->size());
    for (const TrustedKeyRecord& record : *records) {
        Result<MinisignPublicKey> key = fromRecord(record);
        if (!key)
            return key.error();
        keys.append(*key);
    }
    return keys;
}

Result<MinisignVerifier> TrustStore::verifier(const QString& registry) const
{
    Result<QList<MinisignPublicKey>> trusted = keys(registry);
    if (!trusted)
        return trusted.error();
    return MinisignVerifier(*trusted);
}

Status TrustStore::trust(const QString& registry, const MinisignPublicKey& key)
{
    if (key.isNull())
        return Error(ErrorCode::InvalidArgument, tr("no public key to trust"), registry);
    return RegistryRepository(m_database).addKey(registry, toRecord(key));
}

Status TrustStore::distrust(const QString& registry, const QString& keyIdHex)
{
    return RegistryRepository(m_database).removeKey(registry, keyIdHex.toUpper());
}

TrustedKeyRecord TrustStore::toRecord(const MinisignPublicKey& key)
{
    TrustedKeyRecord record;
    record.keyId = key.keyIdHex();
    record.publicKey = QString::fromLatin1(key.toBase64());
    record.comment = key.comment();
    return record;
}

Result<MinisignPublicKey> TrustStore::fromRecord(const TrustedKeyRecord& record)
{
    Result<MinisignPublicKey> key = MinisignPublicKey::parse(record.publicKey.toLatin1(), record.keyId);
    if (!key)
        return key.error();
    // The id column is what people see and remove keys by: it must be the key's own.
    if (key->keyIdHex() != record.keyId)
        return Error(ErrorCode::Integrity,
                     tr("the stored key's id %1 does not match the key itself (%2)")
                         .arg(record.keyId, key->keyIdHex()),
                     record.keyId);
    return key;
}

} // namespace ms
