#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

/// Where a Database lives, parsed from what an administrator passes as `--db PATH|URL`.
///
///     /var/lib/mothership/inventory.db          SQLite file (relative paths are made absolute)
///     sqlite:///var/lib/mothership/inventory.db SQLite file, as a URL
///     postgresql://user:pass@host:5432/mothership        PostgreSQL ("postgres://" too)
///     postgresql://user@/mothership?host=/run/postgresql  PostgreSQL over a unix socket
///
/// The password is kept for the driver only: displayName() and every error leave it out.
class DatabaseLocation
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLocation)

public:
    enum class Backend {
        Sqlite, ///< a file on this machine (Qt's QSQLITE driver)
        PostgreSql, ///< a PostgreSQL server (Qt's QPSQL driver)
    };

    /// Parses @p text. An empty text means defaultPath(). URL query parameters accepted for
    /// PostgreSQL: `host` (a socket directory or host name, overriding the URL's host),
    /// `sslmode` and `connect_timeout`. Fails with InvalidArgument; the error's subject is the
    /// location with its password removed.
    [[nodiscard]] static Result<DatabaseLocation> parse(const QString& text);

    /// The per-user database: QStandardPaths::AppDataLocation + "/mothership.db".
    static QString defaultPath();

    /// @p text with the password of a URL removed, for messages about text that did not parse.
    static QString redacted(const QString& text);

    Backend backend() const { return m_backend; }
    /// "QSQLITE" or "QPSQL".
    QString driverName() const;
    /// The absolute file path (SQLite) or the database name (PostgreSQL).
    const QString& databaseName() const { return m_databaseName; }
    /// Host name or socket directory; empty for SQLite and for libpq's default socket.
    const QString& hostName() const { return m_hostName; }
    /// -1 when not given.
    int port() const { return m_port; }
    const QString& userName() const { return m_userName; }
    const QString& password() const { return m_password; }
    /// libpq options in the form QSqlDatabase::setConnectOptions() takes ("k=v;k=v").
    const QString& connectOptions() const { return m_connectOptions; }
    /// True when parsed from an empty text: the folder may be created.
    bool isDefault() const { return m_isDefault; }

    /// The path, or the URL without its password: safe for messages and logs.
    const QString& displayName() const { return m_displayName; }

private:
    static Result<DatabaseLocation> parseSqliteUrl(const QString& text);
    static Result<DatabaseLocation> parsePostgresUrl(const QString& text);
    static DatabaseLocation sqliteFile(const QString& path);

    Backend m_backend = Backend::Sqlite;
    QString m_databaseName;
    QString m_hostName;
    int m_port = -1;
    QString m_userName;
    QString m_password;
    QString m_connectOptions;
    QString m_displayName;
    bool m_isDefault = false;
};

} // namespace ms
