#include "store/SettingsRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

using namespace Qt::StringLiterals;

namespace ms {

SettingsRepository::SettingsRepository(Database& database)
    : m_database(database)
{
}

Result<QString> SettingsRepository::value(const QString& key, const QString& fallback) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(u"SELECT value FROM settings WHERE key = ?"_s, {key}); !ran)
        return ran.error();
    if (!query.next())
        return fallback;
    // Stored NULL for "", so an empty value reads back as empty, not as the fallback.
    return query.value(0).isNull() ? QString(u""_s) : query.value(0).toString();
}

Result<QMap<QString, QString>> SettingsRepository::all() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(u"SELECT key, value FROM settings"_s); !ran)
        return ran.error();
    QMap<QString, QString> settings;
    while (query.next())
        settings.insert(query.value(0).toString(), query.value(1).toString());
    return settings;
}

Status SettingsRepository::setValue(const QString& key, const QString& value)
{
    if (key.isEmpty())
        return Error(ErrorCode::InvalidArgument, tr("A setting needs a key."), u"key"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"INSERT INTO settings (key, value) VALUES (?, ?) "
                                u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                                {key, Query::text(value)});
        !ran) {
        return ran;
    }
    return transaction->commit();
}

Status SettingsRepository::remove(const QString& key)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"DELETE FROM settings WHERE key = ?"_s, {key}); !ran)
        return ran;
    return transaction->commit();
}

} // namespace ms
