#include "store/AppsDirRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace ms {

AppsDirRepository::AppsDirRepository(Database& database)
    : m_database(database)
{
}

Result<QList<AppsDir>> AppsDirRepository::list() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Query query(m_database, *connection);
    if (Status ran = query.exec(u"SELECT path, added_at FROM apps_dirs ORDER BY path"_s); !ran)
        return ran.error();
    QList<AppsDir> dirs;
    while (query.next())
        dirs.append({query.value(0).toString(), Query::toTimestamp(query.value(1))});
    return dirs;
}

Result<bool> AppsDirRepository::add(const QString& path)
{
    if (!QDir::isAbsolutePath(path))
        return Error(ErrorCode::InvalidArgument, tr("An apps directory must be an absolute path."), path);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"INSERT INTO apps_dirs (path, added_at) VALUES (?, ?) "
                                u"ON CONFLICT (path) DO NOTHING"_s,
                                {QDir::cleanPath(path), Query::timestamp(m_database.clock().now())});
        !ran) {
        return ran.error();
    }
    const bool added = query.rowsAffected() > 0;
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return added;
}

Status AppsDirRepository::remove(const QString& path)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"DELETE FROM apps_dirs WHERE path = ?"_s, {QDir::cleanPath(path)}); !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("This apps directory is not in the list."), path);
    return transaction->commit();
}

} // namespace ms
