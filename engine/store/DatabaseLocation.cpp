#include "store/DatabaseLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

const QStringList sslModes
    = {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString& text)
{
    if (text.isEmpty()) {
        const QString path = defaultPath();
        if (path.isEmpty())
            return Error(ErrorCode::Io, tr("There is no writable data folder for the database."));
        DatabaseLocation location = sqliteFile(path);
        location.m_isDefault = true;
        return location;
    }
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd < 0)
        return sqliteFile(text);
    const QString scheme = text.left(schemeEnd).toLower();
    if (scheme == u"sqlite")
        return parseSqliteUrl(text);
    if (scheme == u"postgres" || scheme == u"postgresql")
        return parsePostgresUrl(text);
    return Error(ErrorCode::InvalidArgument,
                 tr("Unknown database URL scheme “%1”: use a path, sqlite:// or postgresql://.")
                     .arg(text.left(schemeEnd)),
                 redacted(text));
}

QString DatabaseLocation::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        return {};
    return dir + u"/mothership.db"_s;
}

QString DatabaseLocation::redacted(const QString& text)
{
    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd < 0)
        return text;
    const qsizetype authorityStart = schemeEnd + 3;
    qsizetype authorityEnd = text.size();
    for (const QChar c : {u'/', u'?', u'#'}) {
        const qsizetype at = text.indexOf(c, authorityStart);
        if (at >= 0 && at < authorityEnd)
            authorityEnd = at;
    }
    QString authority = text.mid(authorityStart, authorityEnd - authorityStart);
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0) {
        const qsizetype colon = authority.left(at).indexOf(u':');
        if (colon >= 0)
            authority.remove(colon, at - colon);
    }
    // A query may carry anything (libpq accepts password=...), so it is left out entirely.
    QString rest = text.mid(authorityEnd);
    const qsizetype query = rest.indexOf(u'?');
    if (query >= 0)
        rest.truncate(query);
    return text.left(authorityStart) + authority + rest;
}

QString DatabaseLocation::driverName() const
{
    return m_backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

DatabaseLocation DatabaseLocation::sqliteFile(const QString& path)
{
    DatabaseLocation location;
    location.m_backend = Backend::Sqlite;
    location.m_databaseName = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    location.m_displayName = location.m_databaseName;
    return location;
}

Result<DatabaseLocation> DatabaseLocation::parseSqliteUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString path = url.path(QUrl::FullyDecoded);
    if (!url.isValid() || !url.host().isEmpty() || !QDir::isAbsolutePath(path) || url.hasQuery()
        || url.hasFragment()) {
        return Error(ErrorCode::InvalidArgument,
                     tr("A SQLite URL takes an absolute path and nothing else: sqlite:///path/to/file.db"),
                     redacted(text));
    }
    return sqliteFile(path);
}

Result<DatabaseLocation> DatabaseLocation::parsePostgresUrl(const QString& text)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.hasFragment()) {
        return Error(ErrorCode::InvalidArgument, tr("This is not a valid PostgreSQL URL."), redacted(text));
    }
    DatabaseLocation location;
    location.m_backend = Backend::PostgreSql;
    QString database = url.path(QUrl::FullyDecoded);
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.isEmpty() || database.contains(u'/')) {
        return Error(ErrorCode::InvalidArgument,
                     tr("The URL names no database: postgresql://user@host/database"), redacted(text));
    }
    location.m_databaseName = database;
    location.m_hostName = url.host(QUrl::FullyDecoded);
    location.m_port = url.port(-1);
    location.m_userName = url.userName(QUrl::FullyDecoded);
    location.m_password = url.password(QUrl::FullyDecoded);

    QStringList options;
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items) {
        if (key == u"host") {
            location.m_hostName = value;
        } else if (key == u"sslmode") {
            if (!sslModes.contains(value)) {
                return Error(ErrorCode::InvalidArgument,
                             tr("sslmode must be one of %1.").arg(sslModes.join(u", "_s)), redacted(text));
            }
            options << u"sslmode="_s + value;
        } else if (key == u"connect_timeout") {
            bool ok = false;
            const int seconds = value.toInt(&ok);
            if (!ok || seconds < 0) {
                return Error(ErrorCode::InvalidArgument, tr("connect_timeout must be a number of seconds."),
                             redacted(text));
            }
            options << u"connect_timeout="_s + QString::number(seconds);
        } else {
            // The value is not repeated: a mistyped parameter may well be a password.
            return Error(ErrorCode::InvalidArgument,
                         tr("Unknown parameter “%1” in the database URL (known: host, sslmode, "
                            "connect_timeout).")
                             .arg(key),
                         redacted(text));
        }
    }
    location.m_connectOptions = options.join(u';');
    location.m_displayName = url.toString(QUrl::RemovePassword | QUrl::FullyEncoded);
    return location;
}

} // namespace ms
