#include "store/RegistryRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QString selectRegistries
    = u"SELECT id, name, url, priority, enabled, added_at, serial, catalog_sha256, catalog_name, "
      u"catalog_expires, accepted_at, etag, last_modified, last_refresh_at, last_outcome, "
      u"last_error_code, last_error_message FROM registries"_s;

RegistryRecord decode(const Query& query)
{
    RegistryRecord r;
    r.id = query.value(0).toLongLong();
    r.name = query.value(1).toString();
    r.url = query.value(2).toString();
    r.priority = query.value(3).toInt();
    r.enabled = query.value(4).toInt() != 0;
    r.addedAt = Query::toTimestamp(query.value(5));
    r.serial = query.value(6).isNull() ? -1 : query.value(6).toLongLong();
    r.catalogSha256 = query.value(7).toString();
    r.catalogName = query.value(8).toString();
    r.catalogExpires = Query::toTimestamp(query.value(9));
    r.acceptedAt = Query::toTimestamp(query.value(10));
    r.etag = query.value(11).toString();
    r.lastModified = query.value(12).toString();
    r.lastRefreshAt = Query::toTimestamp(query.value(13));
    r.lastOutcome = RegistryRecord::outcomeFromName(query.value(14).toString());
    r.lastErrorCode = query.value(15).toString();
    r.lastErrorMessage = query.value(16).toString();
    return r;
}

// What a reader gets back: timestamps carry milliseconds, no finer.
QDateTime stored(const QDateTime& t)
{
    return Query::toTimestamp(Query::timestamp(t));
}

} // namespace

RegistryRepository::RegistryRepository(Database& database)
    : m_database(database)
{
}

Result<RegistryRecord> RegistryRepository::add(const RegistryRecord& registry,
                                               const QList<TrustedKeyRecord>& keys)
{
    if (registry.name.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A registry needs a name."), u"name"_s);
    if (registry.url.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A registry needs a URL."), u"url"_s);
    if (keys.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A registry needs at least one trusted key."), u"keys"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();

    {
        Query existing(*transaction);
        if (Status ran = existing.exec(u"SELECT id FROM registries WHERE name = ?"_s, {registry.name}); !ran)
            return ran.error();
        if (existing.next())
            return Error(ErrorCode::Conflict, tr("A registry with this name already exists."), registry.name);
    }

    RegistryRecord created;
    created.name = registry.name;
    created.url = registry.url;
    created.priority = registry.priority;
    created.enabled = registry.enabled;
    created.addedAt = stored(m_database.clock().now().toUTC());
    Query insert(*transaction);
    if (Status ran = insert.exec(u"INSERT INTO registries (name, url, priority, enabled, added_at) "
                                 u"VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
                                 {created.name, created.url, created.priority, created.enabled ? 1 : 0,
                                  Query::timestamp(created.addedAt)});
        !ran)
        return ran.error();
    if (!insert.next())
        return Error(ErrorCode::Internal, tr("The new registry got no id."),
                     m_database.location().displayName());
    created.id = insert.value(0).toLongLong();
    insert.finish();

    for (const TrustedKeyRecord& key : keys) {
        Query k(*transaction);
        if (Status ran
            = k.exec(u"INSERT INTO registry_keys (registry_id, key_id, public_key, comment, added_at) "
                     u"SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM registry_keys "
                     u"WHERE registry_id = ? AND key_id = ?)"_s,
                     {created.id, key.keyId, key.publicKey, Query::text(key.comment),
                      Query::timestamp(created.addedAt), created.id, key.keyId});
            !ran)
            return ran.error();
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return created;
}

Status RegistryRepository::remove(const QString& name)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    // Keys go with the registry by ON DELETE CASCADE; deleting them first keeps that true on
    // a connection where foreign keys were never switched on.
    Query keys(*transaction);
    if (Status ran = keys.exec(u"DELETE FROM registry_keys WHERE registry_id IN "
                               u"(SELECT id FROM registries WHERE name = ?)"_s,
                               {name});
        !ran)
        return ran;
    Query query(*transaction);
    if (Status ran = query.exec(u"DELETE FROM registries WHERE name = ?"_s, {name}); !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    return transaction->commit();
}

Result<RegistryRecord> RegistryRepository::find(const QString& name) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectRegistries + u" WHERE name = ?"_s, {name}); !ran)
        return ran.error();
    if (!query.next())
        return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    return decode(query);
}

Result<QList<RegistryRecord>> RegistryRepository::list() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(selectRegistries + u" ORDER BY priority DESC, name"_s); !ran)
        return ran.error();
    QList<RegistryRecord> registries;
    while (query.next())
        registries.append(decode(query));
    return registries;
}

Status RegistryRepository::setPriority(const QString& name, int priority)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"UPDATE registries SET priority = ? WHERE name = ?"_s, {priority, name});
        !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    return transaction->commit();
}

Status RegistryRepository::setEnabled(const QString& name, bool enabled)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran
        = query.exec(u"UPDATE registries SET enabled = ? WHERE name = ?"_s, {enabled ? 1 : 0, name});
        !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    return transaction->commit();
}

Result<QList<TrustedKeyRecord>> RegistryRepository::keys(const QString& name) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    {
        Query exists(m_database, *connection);
        if (Status ran = exists.exec(u"SELECT 1 FROM registries WHERE name = ?"_s, {name}); !ran)
            return ran.error();
        if (!exists.next())
            return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    }
    Query query(m_database, *connection);
    if (Status ran
        = query.exec(u"SELECT k.key_id, k.public_key, k.comment, k.added_at FROM registry_keys k "
                     u"JOIN registries r ON r.id = k.registry_id WHERE r.name = ? ORDER BY k.key_id"_s,
                     {name});
        !ran)
        return ran.error();
    QList<TrustedKeyRecord> keys;
    while (query.next()) {
        keys.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                     Query::toTimestamp(query.value(3))});
    }
    return keys;
}

Result<qint64> RegistryRepository::registryId(Transaction& transaction, const QString& name)
{
    Query query(transaction);
    if (Status ran = query.exec(u"SELECT id FROM registries WHERE name = ?"_s, {name}); !ran)
        return ran.error();
    if (!query.next())
        return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    return query.value(0).toLongLong();
}

Status RegistryRepository::addKey(const QString& name, const TrustedKeyRecord& key)
{
    if (key.keyId.isEmpty() || key.publicKey.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A trusted key needs its id and its public key."),
                     u"key"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    const Result<qint64> found = registryId(*transaction, name);
    if (!found)
        return found.error();
    const qint64 registryId = *found;
    {
        Query query(*transaction);
        if (Status ran = query.exec(u"SELECT 1 FROM registry_keys WHERE registry_id = ? AND key_id = ?"_s,
                                    {registryId, key.keyId});
            !ran)
            return ran;
        if (query.next())
            return Error(ErrorCode::Conflict,
                         tr("Key %1 is already trusted for this registry.").arg(key.keyId), name);
    }
    Query insert(*transaction);
    if (Status ran
        = insert.exec(u"INSERT INTO registry_keys (registry_id, key_id, public_key, comment, added_at) "
                      u"VALUES (?, ?, ?, ?, ?)"_s,
                      {registryId, key.keyId, key.publicKey, Query::text(key.comment),
                       Query::timestamp(m_database.clock().now())});
        !ran)
        return ran;
    return transaction->commit();
}

Status RegistryRepository::removeKey(const QString& name, const QString& keyId)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    const Result<qint64> found = registryId(*transaction, name);
    if (!found)
        return found.error();
    const qint64 registryId = *found;
    {
        Query count(*transaction);
        if (Status ran
            = count.exec(u"SELECT COUNT(*) FROM registry_keys WHERE registry_id = ? AND key_id <> ?"_s,
                         {registryId, keyId});
            !ran)
            return ran;
        if (count.next() && count.value(0).toLongLong() == 0) {
            Query exists(*transaction);
            if (Status ran
                = exists.exec(u"SELECT 1 FROM registry_keys WHERE registry_id = ? AND key_id = ?"_s,
                              {registryId, keyId});
                !ran)
                return ran;
            if (exists.next())
                return Error(
                    ErrorCode::Conflict,
                    tr("Key %1 is the registry's only trusted key; trust another key first, or remove "
                       "the registry.")
                        .arg(keyId),
                    name);
        }
    }
    Query query(*transaction);
    if (Status ran = query.exec(u"DELETE FROM registry_keys WHERE registry_id = ? AND key_id = ?"_s,
                                {registryId, keyId});
        !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("Key %1 is not trusted for this registry.").arg(keyId), name);
    return transaction->commit();
}

Status RegistryRepository::recordAccepted(const QString& name, const AcceptedCatalog& accepted,
                                          const QString& previousSha256)
{
    if (accepted.sha256.isEmpty() || accepted.serial < 0)
        return Error(ErrorCode::InvalidArgument, tr("An accepted catalog needs its serial and its SHA-256."),
                     name);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    const QString outcome = RegistryRecord::outcomeName(accepted.outcome == RegistryRefreshOutcome::Unchanged
                                                            ? RegistryRefreshOutcome::Unchanged
                                                            : RegistryRefreshOutcome::Updated);
    Query query(*transaction);
    // The WHERE clause is the compare-and-swap (an empty string binds as NULL, hence the
    // COALESCE on both sides): the serial never goes down, and a refresh
    // that started from other bytes than the row holds now does not overwrite the winner.
    if (Status ran = query.exec(
            u"UPDATE registries SET serial = ?, catalog_sha256 = ?, catalog_name = ?, catalog_expires = ?, "
            u"accepted_at = CASE WHEN COALESCE(catalog_sha256, '') = COALESCE(?, '') THEN accepted_at ELSE ? "
            u"END, "
            u"etag = ?, last_modified = ?, last_refresh_at = ?, last_outcome = ?, last_error_code = NULL, "
            u"last_error_message = NULL "
            u"WHERE name = ? AND COALESCE(catalog_sha256, '') = COALESCE(?, '') AND COALESCE(serial, -1) <= ?"_s,
            {accepted.serial, accepted.sha256, Query::text(accepted.catalogName),
             Query::timestamp(accepted.expires), accepted.sha256, Query::timestamp(accepted.at),
             Query::text(accepted.etag), Query::text(accepted.lastModified), Query::timestamp(accepted.at),
             outcome, name, previousSha256, accepted.serial});
        !ran)
        return ran;
    if (query.rowsAffected() == 0) {
        Query exists(*transaction);
        if (Status ran = exists.exec(u"SELECT serial FROM registries WHERE name = ?"_s, {name}); !ran)
            return ran;
        if (!exists.next())
            return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
        return Error(
            ErrorCode::Conflict,
            tr("Another refresh changed the registry's catalog meanwhile (now at serial %1); this one "
               "was not recorded.")
                .arg(exists.value(0).toLongLong()),
            name);
    }
    return transaction->commit();
}

Status RegistryRepository::recordAttempt(const QString& name, RegistryRefreshOutcome outcome,
                                         const QDateTime& at, const Error& error)
{
    if (outcome != RegistryRefreshOutcome::Unchanged && outcome != RegistryRefreshOutcome::Failed)
        return Error(ErrorCode::InvalidArgument,
                     tr("Only an unchanged or a failed refresh is recorded this way."), name);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    const bool failed = outcome == RegistryRefreshOutcome::Failed;
    Query query(*transaction);
    if (Status ran
        = query.exec(u"UPDATE registries SET last_refresh_at = ?, last_outcome = ?, last_error_code = ?, "
                     u"last_error_message = ? WHERE name = ?"_s,
                     {Query::timestamp(at), RegistryRecord::outcomeName(outcome),
                      Query::text(failed ? Error::codeName(error.code()) : QString()),
                      Query::text(failed ? error.toString() : QString()), name});
        !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no registry with this name."), name);
    return transaction->commit();
}

} // namespace ms
