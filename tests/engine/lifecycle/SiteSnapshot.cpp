#include "SiteSnapshot.h"

#include "store/Database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <sys/stat.h>
#include <unistd.h>

namespace {

void readTree(const QString& siteDir, SiteSnapshot& s)
{
    const QDir root(siteDir);
    QDirIterator it(siteDir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray native = QFile::encodeName(path);
        struct stat st;
        if (::lstat(native.constData(), &st) != 0)
            continue;
        const QString mode = QString::number(st.st_mode & 07777, 8);
        QString value;
        if (S_ISLNK(st.st_mode)) {
            char target[4096];
            const ssize_t n = ::readlink(native.constData(), target, sizeof target);
            value = QStringLiteral("link ") + QString::fromUtf8(target, n < 0 ? 0 : n);
        } else if (S_ISDIR(st.st_mode)) {
            value = QStringLiteral("dir ") + mode;
        } else {
            QFile file(path);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(&file);
            value = QStringLiteral("file ") + mode + u' ' + QString::fromLatin1(hash.result().toHex());
        }
        s.entries.insert(root.relativeFilePath(path), value);
    }
    QFile lock(siteDir + QStringLiteral("/modules.lock.json"));
    s.lock = lock.open(QIODevice::ReadOnly) ? lock.readAll() : QByteArray("<absent>");
}

QList<QStringList> readRows(QSqlDatabase connection, const QString& site)
{
    QList<QStringList> rows;
    QSqlQuery query(connection);
    query.prepare(QStringLiteral("SELECT * FROM module_states WHERE site = ? ORDER BY module"));
    query.addBindValue(site);
    if (!query.exec()) {
        rows.append({QStringLiteral("<query failed: ") + query.lastError().text() + u'>'});
        return rows;
    }
    while (query.next()) {
        QStringList row;
        for (int i = 0; i < query.record().count(); ++i)
            row << query.record().fieldName(i) + u'=' + query.value(i).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace

SiteSnapshot SiteSnapshot::take(const QString& siteDir, ms::Database& db, const QString& site)
{
    SiteSnapshot s;
    readTree(siteDir, s);
    auto connection = db.connection();
    if (connection)
        s.stateRows = readRows(*connection, site);
    return s;
}

SiteSnapshot SiteSnapshot::take(const QString& siteDir, const QString& dbPath, const QString& site)
{
    SiteSnapshot s;
    readTree(siteDir, s);
    const QString name = QUuid::createUuid().toString();
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        connection.setDatabaseName(dbPath);
        connection.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (connection.open())
            s.stateRows = readRows(connection, site);
        else
            s.stateRows.append({QStringLiteral("<cannot open the database>")});
        connection.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

QString SiteSnapshot::diff(const SiteSnapshot& other) const
{
    QStringList lines;
    QStringList keys = entries.keys() + other.entries.keys();
    keys.removeDuplicates();
    keys.sort();
    for (const QString& k : std::as_const(keys)) {
        const QString a = entries.value(k, QStringLiteral("<none>"));
        const QString b = other.entries.value(k, QStringLiteral("<none>"));
        if (a != b)
            lines << k + QStringLiteral(": ") + a + QStringLiteral(" → ") + b;
    }
    if (lock != other.lock)
        lines << QStringLiteral("modules.lock.json: ") + QString::fromUtf8(lock) + QStringLiteral(" → ")
                + QString::fromUtf8(other.lock);
    if (stateRows != other.stateRows) {
        auto show = [](const QList<QStringList>& rows) {
            QStringList out;
            for (const QStringList& r : rows)
                out << r.join(u' ');
            return out.join(QStringLiteral(" | "));
        };
        lines << QStringLiteral("module_states: ") + show(stateRows) + QStringLiteral(" → ")
                + show(other.stateRows);
    }
    return lines.join(u'\n');
}

QStringList SiteSnapshot::leftovers() const
{
    QStringList found;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QString name = it.key().section(u'/', -1);
        if (name.startsWith(QStringLiteral(".mothership-")) || name.endsWith(QStringLiteral(".new")))
            found << it.key();
    }
    return found;
}
