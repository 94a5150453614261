#include "RawConnection.h"

#include "store/DatabaseLocation.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QAtomicInteger<int> counter;
}

RawConnection::RawConnection(const QString& location)
    : m_name(QStringLiteral("raw-%1").arg(counter.fetchAndAddRelaxed(1)))
{
    const auto parsed = ms::DatabaseLocation::parse(location);
    if (!parsed) {
        m_lastError = parsed.error().toString();
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(parsed->driverName(), m_name);
    db.setDatabaseName(parsed->databaseName());
    if (!parsed->hostName().isEmpty())
        db.setHostName(parsed->hostName());
    if (parsed->port() >= 0)
        db.setPort(parsed->port());
    db.setUserName(parsed->userName());
    db.setPassword(parsed->password());
    db.setConnectOptions(parsed->connectOptions());
    if (!db.open())
        m_lastError = db.lastError().text();
}

RawConnection::~RawConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

bool RawConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}

bool RawConnection::exec(const QString& sql)
{
    if (!isOpen())
        return false;
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QVariant RawConnection::scalar(const QString& sql)
{
    if (!isOpen())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql) || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QString RawConnection::dump(const QString& sql)
{
    if (!isOpen())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.exec(sql)) {
        m_lastError = query.lastError().text();
        return {};
    }
    QStringList rows;
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << query.value(i).toString();
        rows << columns.join(QLatin1Char('|'));
    }
    return rows.join(QLatin1Char('\n'));
}
