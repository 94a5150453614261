#pragma once

#include "StoreBackend.h"

#include <QProcess>
#include <QTemporaryDir>
#include <memory>

class RawConnection;

/// A private PostgreSQL cluster for one test run: initdb into a temporary directory, a server
/// listening only on a unix socket in that directory, password authentication (scram), and
/// one database that each test function empties. When running as root the server programs run
/// as the `postgres` user through runuser, since initdb and postgres refuse root. The server
/// stops and the directory goes when the backend is destroyed, and the server also gets
/// SIGTERM if the test process dies.
class PostgresBackend : public StoreBackend
{
public:
    PostgresBackend();
    ~PostgresBackend() override;

    QString name() const override { return QStringLiteral("postgresql"); }
    Readiness start(QString* why) override;
    QString freshLocation(QString* why) override;
    /// The schema_migrations rows and the list of tables.
    QByteArray fingerprint(const QString& location) override;

    /// A postgresql:// URL of the test database, with @p password instead of the real one.
    QString urlWithPassword(const QString& password) const;
    /// The password of the test database's user, to check that no message shows it.
    QString password() const { return m_password; }

private:
    static QString findBinDir();
    QString url(const QString& database, const QString& password) const;
    bool runServerProgram(const QString& program, const QStringList& arguments, QString* output);
    void prepareServerProcess(QProcess& process, const QString& program, const QStringList& arguments) const;
    bool startServer(QString* why);
    void stop();

    QString m_binDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess m_server;
    /// Kept open for emptying the database before each test function.
    std::unique_ptr<RawConnection> m_admin;
    QString m_password;
    bool m_runAsPostgres = false;
    bool m_attempted = false;
    Readiness m_readiness = Readiness::Failed;
    QString m_why;
};
