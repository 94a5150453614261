#include "store/Database.h"

#include "store/Query.h"
#include "store/SchemaMigrator.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QThread>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr int busyTimeoutMs = 5000;

QAtomicInteger<quint64> instanceCounter;

} // namespace

// Shared with the thread-finished handlers, which may run after the Database is gone.
struct Database::Connections
{
    struct Entry
    {
        QString name;
        QMetaObject::Connection threadFinished;
    };

    QMutex mutex;
    QString prefix;
    quint64 nextId = 0;
    QHash<QThread*, Entry> byThread;
};

Database::Database(DatabaseLocation location, const Clock& clock)
    : m_location(std::move(location))
    , m_clock(clock)
    , m_connections(std::make_shared<Connections>())
{
    m_connections->prefix = u"mothership.store.%1."_s.arg(instanceCounter.fetchAndAddRelaxed(1));
}

Database::~Database()
{
    QList<Connections::Entry> entries;
    {
        QMutexLocker lock(&m_connections->mutex);
        entries = m_connections->byThread.values();
        m_connections->byThread.clear();
    }
    for (const Connections::Entry& entry : entries) {
        QObject::disconnect(entry.threadFinished);
        QSqlDatabase::removeDatabase(entry.name);
    }
}

Result<std::unique_ptr<Database>> Database::open(const QString& location, const Clock& clock)
{
    Result<DatabaseLocation> parsed = DatabaseLocation::parse(location);
    if (!parsed)
        return parsed.error();
    std::unique_ptr<Database> database(new Database(std::move(*parsed), clock));
    if (Status ready = database->initialise(); !ready)
        return ready.error();
    return database;
}

int Database::latestSchemaVersion()
{
    return SchemaMigrator::latestVersion();
}

Error Database::error(const QString& message, const QSqlError& sqlError) const
{
    return Error(ErrorCode::Database, message, m_location.displayName(), sqlError.text());
}

Status Database::initialise()
{
    if (m_location.backend() == Backend::Sqlite) {
        const QString folder = QFileInfo(m_location.databaseName()).absolutePath();
        if (m_location.isDefault() && !QDir().mkpath(folder))
            return Error(ErrorCode::Io, tr("Could not create the folder for the database."), folder);
        if (!QFileInfo(folder).isDir())
            return Error(ErrorCode::Io, tr("The folder for the database does not exist."),
                         m_location.databaseName());
    }
    if (SchemaMigrator::latestVersion() == 0) {
        const auto migrations = SchemaMigrator::migrations();
        return migrations.error();
    }

    Result<QSqlDatabase> connection = this->connection();
    if (!connection)
        return connection.error();

    // Everything up to the version check only reads, so a newer database stays byte for byte
    // as it was — even its journal mode.
    const Result<int> version = SchemaMigrator::currentVersion(*this, *connection);
    if (!version)
        return version.error();
    if (*version > latestSchemaVersion())
        return SchemaMigrator::newerSchemaError(*this, *version);

    if (m_location.backend() == Backend::Sqlite) {
        Query wal(*this, *connection);
        if (Status ran = wal.exec(u"PRAGMA journal_mode = WAL"_s); !ran)
            return ran;
        if (!wal.next() || wal.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0) {
            return Error(ErrorCode::Database,
                         tr("The database cannot use write-ahead logging (is it on a network file system?)."),
                         m_location.displayName());
        }
    }

    if (*version < latestSchemaVersion()) {
        const Result<int> migrated = SchemaMigrator::migrate(*this, *connection);
        if (!migrated)
            return migrated.error();
    }
    m_schemaVersion = latestSchemaVersion();
    return {};
}

Result<QSqlDatabase> Database::connection() const
{
    QThread* thread = QThread::currentThread();
    QString name;
    {
        QMutexLocker lock(&m_connections->mutex);
        const auto it = m_connections->byThread.constFind(thread);
        if (it != m_connections->byThread.cend())
            return QSqlDatabase::database(it->name, false);
        name = m_connections->prefix + QString::number(m_connections->nextId++);
    }

    Result<QSqlDatabase> opened = openConnection(name);
    if (!opened)
        return opened;

    // Close the connection on the thread that owns it when that thread ends: pool threads
    // come and go, and each would otherwise leave an open connection behind until the
    // Database is destroyed.
    const std::weak_ptr<Connections> weak = m_connections;
    const QMetaObject::Connection finished = QObject::connect(
        thread, &QThread::finished, thread,
        [weak, thread] {
            const std::shared_ptr<Connections> connections = weak.lock();
            if (!connections)
                return;
            QString closing;
            {
                QMutexLocker lock(&connections->mutex);
                const auto it = connections->byThread.find(thread);
                if (it == connections->byThread.end())
                    return;
                closing = it->name;
                QObject::disconnect(it->threadFinished);
                connections->byThread.erase(it);
            }
            QSqlDatabase::removeDatabase(closing);
        },
        Qt::DirectConnection);

    QMutexLocker lock(&m_connections->mutex);
    m_connections->byThread.insert(thread, {name, finished});
    return opened;
}

Result<QSqlDatabase> Database::openConnection(const QString& name) const
{
    if (!QSqlDatabase::isDriverAvailable(m_location.driverName())) {
        return Error(ErrorCode::Unsupported,
                     tr("The Qt SQL driver %1 is not installed.").arg(m_location.driverName()),
                     m_location.displayName());
    }
    Error failure;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(m_location.driverName(), name);
        connection.setDatabaseName(m_location.databaseName());
        if (m_location.backend() == Backend::Sqlite) {
            connection.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(busyTimeoutMs));
        } else {
            if (!m_location.hostName().isEmpty())
                connection.setHostName(m_location.hostName());
            if (m_location.port() >= 0)
                connection.setPort(m_location.port());
            connection.setUserName(m_location.userName());
            connection.setPassword(m_location.password());
            connection.setConnectOptions(m_location.connectOptions());
        }
        if (!connection.open()) {
            failure = error(tr("Could not open the database: %1")
                                .arg(connection.lastError().text().section(u'\n', 0, 0).trimmed()),
                            connection.lastError());
        } else if (Status configured = configureConnection(connection); !configured) {
            failure = configured.error();
        } else {
            return connection;
        }
    }
    // Every copy of the connection is gone now, so removing it closes it quietly.
    QSqlDatabase::removeDatabase(name);
    return failure;
}

Status Database::setReadOnly()
{
    m_readOnly = true;
    // Connections opened from now on are configured read-only (configureConnection); the
    // calling thread's, opened by open(), is switched here.
    Result<QSqlDatabase> mine = connection();
    if (!mine)
        return mine.error();
    return applyReadOnly(*mine);
}

Status Database::applyReadOnly(QSqlDatabase& connection) const
{
    Query query(*this, connection);
    return query.exec(m_location.backend() == Backend::Sqlite ? u"PRAGMA query_only = ON"_s
                                                              : u"SET default_transaction_read_only = on"_s);
}

Status Database::configureConnection(QSqlDatabase& connection) const
{
    if (m_readOnly) {
        if (Status ro = applyReadOnly(connection); !ro)
            return ro;
    }
    if (m_location.backend() != Backend::Sqlite)
        return {};
    // Per-connection settings; none of them writes to the file.
    const QStringList pragmas = {
        u"PRAGMA foreign_keys = ON"_s,
        u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs),
        u"PRAGMA synchronous = NORMAL"_s,
    };
    for (const QString& pragma : pragmas) {
        Query query(*this, connection);
        if (Status ran = query.exec(pragma); !ran)
            return ran;
    }
    return {};
}

} // namespace ms
