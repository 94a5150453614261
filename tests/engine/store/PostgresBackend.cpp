#include "PostgresBackend.h"

#include "RawConnection.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>
#include <QVersionNumber>
#include <csignal>
#include <pwd.h>
#include <sys/prctl.h>
#include <unistd.h>

namespace {

const QString user = QStringLiteral("mothership_test");
const QString database = QStringLiteral("mothership_test");
// Only a unix socket in the private directory listens, so the port cannot clash with another
// server; it names the socket file and proves the URL's port reaches the driver.
constexpr int port = 55432;
constexpr int programTimeoutMs = 60000;

} // namespace

PostgresBackend::PostgresBackend()
    // Characters that must be percent-encoded in a URL, so decoding is exercised too.
    : m_password(QStringLiteral("p@ss:/") + QUuid::createUuid().toString(QUuid::Id128))
{
}

PostgresBackend::~PostgresBackend()
{
    stop();
}

QString PostgresBackend::findBinDir()
{
    // Debian keeps the server programs off PATH, under /usr/lib/postgresql/<major>/bin.
    QList<QFileInfo> candidates
        = QDir(QStringLiteral("/usr/lib/postgresql")).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(candidates.begin(), candidates.end(), [](const QFileInfo& a, const QFileInfo& b) {
        return QVersionNumber::fromString(a.fileName()) > QVersionNumber::fromString(b.fileName());
    });
    for (const QFileInfo& candidate : candidates) {
        const QString bin = candidate.absoluteFilePath() + QStringLiteral("/bin");
        if (QFileInfo(bin + QStringLiteral("/initdb")).isExecutable()
            && QFileInfo(bin + QStringLiteral("/postgres")).isExecutable()
            && QFileInfo(bin + QStringLiteral("/pg_ctl")).isExecutable()) {
            return bin;
        }
    }
    const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
    if (!initdb.isEmpty() && !QStandardPaths::findExecutable(QStringLiteral("postgres")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pg_ctl")).isEmpty()) {
        return QFileInfo(initdb).absolutePath();
    }
    return {};
}

void PostgresBackend::prepareServerProcess(QProcess& process, const QString& program,
                                           const QStringList& arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    environment.remove(QStringLiteral("PGPASSWORD"));
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir->path());
    const QString path = m_binDir + QLatin1Char('/') + program;
    if (m_runAsPostgres) {
        process.setProgram(QStringLiteral("runuser"));
        process.setArguments(
            QStringList {QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), path}
            + arguments);
    } else {
        process.setProgram(path);
        process.setArguments(arguments);
    }
}

bool PostgresBackend::runServerProgram(const QString& program, const QStringList& arguments, QString* output)
{
    QProcess process;
    prepareServerProcess(process, program, arguments);
    process.start();
    const bool finished = process.waitForFinished(programTimeoutMs);
    *output = QString::fromLocal8Bit(process.readAll());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        *output += QStringLiteral("\n(timed out)");
        return false;
    }
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

StoreBackend::Readiness PostgresBackend::start(QString* why)
{
    if (m_attempted) {
        *why = m_why;
        return m_readiness;
    }
    m_attempted = true;
    m_readiness = Readiness::Failed;

    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        m_why = QStringLiteral("the PostgreSQL server programs (initdb, postgres, pg_ctl) are not installed");
        m_readiness = Readiness::Unavailable;
        *why = m_why;
        return m_readiness;
    }

    // A throwaway cluster: in memory when there is a tmpfs, which spares the disk the files
    // every CREATE TABLE makes and every test's DROP SCHEMA removes.
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString parent = shm.isDir() && shm.isWritable() ? shm.absoluteFilePath() : QDir::tempPath();
    m_dir = std::make_unique<QTemporaryDir>(parent + QStringLiteral("/tst_postgresql-XXXXXX"));
    if (!m_dir->isValid()) {
        *why = m_why = QStringLiteral("no temporary directory: ") + m_dir->errorString();
        return m_readiness;
    }
    const QString passwordFile = m_dir->filePath(QStringLiteral("password"));
    {
        QFile file(passwordFile);
        if (!file.open(QIODevice::WriteOnly) || file.write(m_password.toUtf8() + '\n') < 0) {
            *why = m_why = QStringLiteral("cannot write ") + passwordFile;
            return m_readiness;
        }
    }

    m_runAsPostgres = ::geteuid() == 0;
    if (m_runAsPostgres) {
        const passwd* account = ::getpwnam("postgres");
        if (!account) {
            *why = m_why
                = QStringLiteral("running as root, but there is no postgres user to run the server as");
            return m_readiness;
        }
        for (const QString& path : {m_dir->path(), passwordFile}) {
            if (::chown(QFile::encodeName(path).constData(), account->pw_uid, account->pw_gid) != 0) {
                *why = m_why
                    = QStringLiteral("cannot hand ") + path + QStringLiteral(" to the postgres user");
                return m_readiness;
            }
        }
    }

    const QString data = m_dir->filePath(QStringLiteral("data"));
    QString output;
    const bool initialised = runServerProgram(
        QStringLiteral("initdb"),
        {QStringLiteral("-D"), data, QStringLiteral("-U"), user, QStringLiteral("--pwfile=") + passwordFile,
         QStringLiteral("--auth=scram-sha-256"), QStringLiteral("--encoding=UTF8"),
         QStringLiteral("--locale=C"), QStringLiteral("--no-sync"), QStringLiteral("--no-instructions")},
        &output);
    QFile::remove(passwordFile);
    if (!initialised) {
        *why = m_why = QStringLiteral("initdb failed: ") + output;
        return m_readiness;
    }

    // A throwaway cluster: durability settings off, nothing listening on the network.
    QFile config(data + QStringLiteral("/postgresql.conf"));
    if (!config.open(QIODevice::Append)) {
        *why = m_why = QStringLiteral("cannot append to ") + config.fileName();
        return m_readiness;
    }
    config.write(QStringLiteral("\nlisten_addresses = ''\n"
                                "unix_socket_directories = '%1'\n"
                                "port = %2\n"
                                "fsync = off\n"
                                "synchronous_commit = off\n"
                                "full_page_writes = off\n"
                                "max_connections = 40\n"
                                // The server's output goes to a pipe read only at start-up:
                                // keep it to start-up and shutdown lines so it never fills.
                                "log_min_messages = log\n"
                                "log_min_error_statement = panic\n")
                     .arg(m_dir->path())
                     .arg(port)
                     .toUtf8());
    config.close();

    if (!startServer(why)) {
        m_why = *why;
        return m_readiness;
    }

    RawConnection admin(url(QStringLiteral("postgres"), m_password));
    if (!admin.isOpen() || !admin.exec(QStringLiteral("CREATE DATABASE ") + database)) {
        *why = m_why = QStringLiteral("cannot create the test database: ") + admin.lastError();
        return m_readiness;
    }
    m_admin = std::make_unique<RawConnection>(url(database, m_password));
    // Without the notice listing every table a DROP SCHEMA ... CASCADE takes along.
    if (!m_admin->exec(QStringLiteral("SET client_min_messages = warning"))) {
        *why = m_why = QStringLiteral("cannot connect to the test database: ") + m_admin->lastError();
        return m_readiness;
    }
    m_readiness = Readiness::Ready;
    return m_readiness;
}

bool PostgresBackend::startServer(QString* why)
{
    prepareServerProcess(m_server, QStringLiteral("postgres"),
                         {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data"))});
    // If this test process dies without stopping the server, runuser (or postgres itself)
    // gets SIGTERM; runuser passes it on, and postgres shuts down.
    m_server.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_server.start();
    if (!m_server.waitForStarted(programTimeoutMs)) {
        *why = QStringLiteral("postgres did not start: ") + m_server.errorString();
        return false;
    }
    QString log;
    const QDeadlineTimer deadline(programTimeoutMs);
    while (!log.contains(QStringLiteral("database system is ready to accept connections"))) {
        if (m_server.state() != QProcess::Running || deadline.hasExpired()) {
            *why = QStringLiteral("postgres did not become ready: ") + log
                + QString::fromLocal8Bit(m_server.readAll());
            return false;
        }
        m_server.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 1000)));
        log += QString::fromLocal8Bit(m_server.readAll());
    }
    return true;
}

void PostgresBackend::stop()
{
    m_admin.reset();
    if (m_server.state() == QProcess::NotRunning)
        return;
    QString output;
    const bool stopped = runServerProgram(QStringLiteral("pg_ctl"),
                                          {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")),
                                           QStringLiteral("-m"), QStringLiteral("fast"), QStringLiteral("-w"),
                                           QStringLiteral("stop")},
                                          &output);
    if (!stopped || !m_server.waitForFinished(programTimeoutMs)) {
        runServerProgram(QStringLiteral("pg_ctl"),
                         {QStringLiteral("-D"), m_dir->filePath(QStringLiteral("data")), QStringLiteral("-m"),
                          QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
                         &output);
        m_server.kill();
        m_server.waitForFinished();
    }
}

QString PostgresBackend::url(const QString& databaseName, const QString& password) const
{
    // host= overrides "localhost": the socket directory is what libpq uses. It is encoded
    // ("%2Fdev%2Fshm...") so messages that show the URL are checked against placeholders.
    // Concatenated, not arg()ed: the encoded password holds "%40"-like sequences.
    return QStringLiteral("postgresql://") + user + QLatin1Char(':')
        + QString::fromLatin1(QUrl::toPercentEncoding(password)) + QStringLiteral("@localhost:")
        + QString::number(port) + QLatin1Char('/') + databaseName + QStringLiteral("?host=")
        + QString::fromLatin1(QUrl::toPercentEncoding(m_dir->path()));
}

QString PostgresBackend::urlWithPassword(const QString& password) const
{
    return url(database, password);
}

QString PostgresBackend::freshLocation(QString* why)
{
    if (m_readiness != Readiness::Ready) {
        *why = QStringLiteral("the cluster is not running");
        return {};
    }
    if (!m_admin->exec(QStringLiteral("DROP SCHEMA public CASCADE"))
        || !m_admin->exec(QStringLiteral("CREATE SCHEMA public"))) {
        *why = QStringLiteral("cannot empty the test database: ") + m_admin->lastError();
        return {};
    }
    const QString location = url(database, m_password);
    return location;
}

QByteArray PostgresBackend::fingerprint(const QString& location)
{
    RawConnection connection(location);
    return connection
               .dump(QStringLiteral(
                   "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' "
                   "ORDER BY table_name"))
               .toUtf8()
        + "\n--\n"
        + connection
              .dump(QStringLiteral("SELECT version, applied_at FROM schema_migrations ORDER BY version"))
              .toUtf8();
}
