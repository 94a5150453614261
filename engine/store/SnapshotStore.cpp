#include "store/SnapshotStore.h"

#include "store/Database.h"
#include "store/Query.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

Status run(Database& db, QSqlDatabase& connection, const QString& sql)
{
    Query q(db, connection);
    return q.exec(sql);
}

} // namespace

Result<qint64> SnapshotStore::copy(Database& source, Database& target)
{
    Result<QSqlDatabase> from = source.connection();
    if (!from)
        return from.error();
    Result<QSqlDatabase> to = target.connection();
    if (!to)
        return to.error();
    if (target.backend() != Database::Backend::Sqlite)
        return Error(ErrorCode::InvalidArgument, tr("A snapshot is a SQLite file."), target.location().displayName());

    // The tables this program knows, from the fresh target's schema.
    QStringList tables;
    {
        QSqlQuery q(*to);
        if (!q.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                    u"AND name <> 'schema_migrations' ORDER BY name"_s))
            return target.error(tr("Cannot list the tables."), q.lastError());
        while (q.next())
            tables << q.value(0).toString();
    }

    const bool postgres = source.backend() == Database::Backend::PostgreSql;
    if (Status begun = run(source, *from,
                           postgres ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s : u"BEGIN"_s);
        !begun)
        return begun.error();
    // Rows arrive in table order, not in dependency order.
    if (Status off = run(target, *to, u"PRAGMA foreign_keys = OFF"_s); !off)
        return off.error();
    if (Status begun = run(target, *to, u"BEGIN"_s); !begun) {
        (void)run(source, *from, u"ROLLBACK"_s);
        return begun.error();
    }

    auto fail = [&](const Error& e) -> Result<qint64> {
        (void)run(target, *to, u"ROLLBACK"_s);
        (void)run(source, *from, u"ROLLBACK"_s);
        return e;
    };

    qint64 rows = 0;
    for (const QString& table : std::as_const(tables)) {
        if (Status cleared = run(target, *to, u"DELETE FROM "_s + table); !cleared)
            return fail(cleared.error());
        QSqlQuery read(*from);
        read.setForwardOnly(true);
        if (!read.exec(u"SELECT * FROM "_s + table))
            return fail(source.error(tr("Cannot read the table %1.").arg(table), read.lastError()));
        const QSqlRecord record = read.record();
        QStringList columns, marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << u"?"_s;
        }
        QSqlQuery write(*to);
        if (!write.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u") VALUES ("_s
                           + marks.join(u", "_s) + u')'))
            return fail(target.error(tr("Cannot copy the table %1.").arg(table), write.lastError()));
        while (read.next()) {
            for (int i = 0; i < record.count(); ++i)
                write.bindValue(i, read.value(i));
            if (!write.exec())
                return fail(target.error(tr("Cannot copy a row of the table %1.").arg(table), write.lastError()));
            ++rows;
        }
    }
    if (Status done = run(source, *from, u"COMMIT"_s); !done)
        return fail(done.error());
    if (Status committed = run(target, *to, u"COMMIT"_s); !committed)
        return committed.error();
    if (Status on = run(target, *to, u"PRAGMA foreign_keys = ON"_s); !on)
        return on.error();
    return rows;
}

Status SnapshotStore::finish(Database& target, const QMap<QString, QString>& info)
{
    Result<QSqlDatabase> to = target.connection();
    if (!to)
        return to.error();
    if (Status made = run(target, *to, u"CREATE TABLE snapshot_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s);
        !made)
        return made;
    for (auto it = info.cbegin(); it != info.cend(); ++it) {
        Query q(target, *to);
        if (Status put = q.exec(u"INSERT INTO snapshot_info (key, value) VALUES (?, ?)"_s,
                                    {it.key(), it.value().isNull() ? u""_s : it.value()});
            !put)
            return put;
    }
    Query journal(target, *to);
    if (Status folded = journal.exec(u"PRAGMA journal_mode = DELETE"_s); !folded)
        return folded;
    return {};
}

Result<QMap<QString, QString>> SnapshotStore::readInfo(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return Error(ErrorCode::NotFound, tr("no such file"), path);
    const QString name = u"snapshot-info-"_s + QUuid::createUuid().toString(QUuid::Id128);
    QMap<QString, QString> info;
    Error failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            failure = Error(ErrorCode::Io, tr("cannot open: %1").arg(db.lastError().text()), path);
        } else {
            QSqlQuery q(db);
            if (!q.exec(u"SELECT key, value FROM snapshot_info"_s)) {
                failure = Error(ErrorCode::Parse, tr("not a Mothership snapshot (no snapshot_info)"), path);
            } else {
                while (q.next())
                    info.insert(q.value(0).toString(), q.value(1).toString());
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (failure.isError())
        return failure;
    if (!info.contains(u"taken_at"_s))
        return Error(ErrorCode::Parse, tr("not a Mothership snapshot (no time of capture)"), path);
    return info;
}

} // namespace ms
