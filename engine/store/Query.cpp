#include "store/Query.h"

#include "store/Database.h"
#include "store/Transaction.h"

#include <QSqlError>

namespace ms {

Query::Query(const Database& database, const QSqlDatabase& connection)
    : m_database(database)
    , m_query(connection)
{
    m_query.setForwardOnly(true);
}

Query::Query(Transaction& transaction)
    : m_database(transaction.database())
    , m_transaction(&transaction)
    , m_query(transaction.connection())
{
    m_query.setForwardOnly(true);
}

Status Query::exec(const QString& sql, const QVariantList& values)
{
    bool ok = false;
    if (values.isEmpty()) {
        ok = m_query.exec(sql);
    } else {
        ok = m_query.prepare(sql);
        if (ok) {
            for (const QVariant& value : values)
                m_query.addBindValue(value);
            ok = m_query.exec();
        }
    }
    if (ok)
        return {};
    const QSqlError sqlError = m_query.lastError();
    if (m_transaction)
        m_transaction->rollback();
    QString reason = sqlError.databaseText();
    if (reason.isEmpty())
        reason = sqlError.driverText();
    Error error = m_database.error(
        tr("The database refused a statement: %1").arg(reason.section(u'\n', 0, 0)), sqlError);
    return std::move(error).withDetail(sqlError.text() + u'\n' + sql);
}

QVariant Query::text(const QString& value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QVariant Query::timestamp(const QDateTime& value)
{
    if (!value.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return value.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Query::toTimestamp(const QVariant& value)
{
    if (value.isNull())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.toUTC();
}

} // namespace ms
