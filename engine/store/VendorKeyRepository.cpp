#include "store/VendorKeyRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QString selectKeys = u"SELECT id, issuer, key_id, public_key, jwk, added_at FROM vendor_keys"_s;

VendorKeyRecord decode(const Query& query)
{
    VendorKeyRecord r;
    r.id = query.value(0).toLongLong();
    r.issuer = query.value(1).toString();
    r.keyId = query.value(2).toString();
    r.publicKey = query.value(3).toString();
    r.jwk = query.value(4).toString();
    r.addedAt = Query::toTimestamp(query.value(5));
    return r;
}

} // namespace

VendorKeyRepository::VendorKeyRepository(Database& database)
    : m_database(database)
{
}

Result<VendorKeyRecord> VendorKeyRepository::add(const VendorKeyRecord& key)
{
    if (key.issuer.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A vendor key needs an issuer."), u"issuer"_s);
    if (key.publicKey.isEmpty() || key.jwk.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A vendor key needs its public key."), u"public_key"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    {
        Query existing(*transaction);
        if (Status ran = existing.exec(selectKeys + u" WHERE issuer = ? AND public_key = ?"_s,
                                       {key.issuer, key.publicKey});
            !ran)
            return ran.error();
        if (existing.next())
            return decode(existing);
    }
    VendorKeyRecord stored = key;
    stored.addedAt = Query::toTimestamp(Query::timestamp(m_database.clock().now().toUTC()));
    Query insert(*transaction);
    if (Status ran = insert.exec(u"INSERT INTO vendor_keys (issuer, key_id, public_key, jwk, added_at) "
                                 u"VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                                 {stored.issuer, Query::text(stored.keyId), stored.publicKey, stored.jwk,
                                  Query::timestamp(stored.addedAt)});
        !ran)
        return ran.error();
    if (!insert.next())
        return Error(ErrorCode::Internal, tr("The new vendor key got no id."),
                     m_database.location().displayName());
    stored.id = insert.value(0).toLongLong();
    insert.finish();
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return stored;
}

Result<QList<VendorKeyRecord>> VendorKeyRepository::list() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectKeys + u" ORDER BY issuer, id"_s); !ran)
        return ran.error();
    QList<VendorKeyRecord> keys;
    while (query.next())
        keys.append(decode(query));
    return keys;
}

} // namespace ms
