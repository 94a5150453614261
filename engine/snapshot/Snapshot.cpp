#include "snapshot/Snapshot.h"

#include "core/AppIdentity.h"
#include "core/AtomicFile.h"
#include "store/Database.h"
#include "store/SnapshotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <cstdio>
#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

QString currentUser()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    return QString::number(::geteuid());
}

SnapshotInfo fromMap(const QMap<QString, QString>& m)
{
    SnapshotInfo info;
    info.takenAt = QDateTime::fromString(m.value(u"taken_at"_s), Qt::ISODateWithMs).toUTC();
    info.host = m.value(u"host"_s);
    info.takenBy = m.value(u"taken_by"_s);
    info.source = m.value(u"source"_s);
    info.programVersion = m.value(u"program_version"_s);
    info.schemaVersion = m.value(u"schema_version"_s).toInt();
    info.rows = m.value(u"rows"_s).toLongLong();
    return info;
}

} // namespace

Snapshot::~Snapshot()
{
    m_database.reset();
}

Result<SnapshotInfo> Snapshot::exportTo(Database& source, const QString& file)
{
    const QFileInfo target(file);
    if (!QFileInfo(target.absolutePath()).isDir())
        return Error(ErrorCode::Io, tr("the folder does not exist"), target.absolutePath());
    // Built beside the target under a temporary name, then renamed over it: a reader never
    // sees half a snapshot, and a failure leaves the previous file as it was.
    const QString partial = target.absoluteFilePath() + u".partial-"_s + QUuid::createUuid().toString(QUuid::Id128);
    auto cleanup = [&] {
        for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
            QFile::remove(partial + suffix);
    };

    SnapshotInfo info;
    info.takenAt = source.clock().now().toUTC();
    info.host = QHostInfo::localHostName();
    info.takenBy = currentUser();
    info.source = source.location().displayName();
    info.programVersion = AppIdentity::version();
    info.schemaVersion = source.schemaVersion();
    {
        Result<std::unique_ptr<Database>> copy = Database::open(partial, source.clock());
        if (!copy) {
            cleanup();
            return copy.error();
        }
        Result<qint64> rows = SnapshotStore::copy(source, **copy);
        if (!rows) {
            copy->reset();
            cleanup();
            return rows.error();
        }
        info.rows = *rows;
        const QMap<QString, QString> meta{
            {u"taken_at"_s, info.takenAt.toString(Qt::ISODateWithMs)},
            {u"host"_s, info.host},
            {u"taken_by"_s, info.takenBy},
            {u"source"_s, info.source},
            {u"program_version"_s, info.programVersion},
            {u"schema_version"_s, QString::number(info.schemaVersion)},
            {u"rows"_s, QString::number(info.rows)},
        };
        if (Status finished = SnapshotStore::finish(**copy, meta); !finished) {
            copy->reset();
            cleanup();
            return finished.error();
        }
    }
    QFile written(partial);
    if (written.open(QIODevice::ReadWrite)) {
        ::fsync(written.handle());
        written.close();
    }
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(target.absoluteFilePath()).constData()) != 0) {
        cleanup();
        return Error(ErrorCode::Io, tr("cannot put the snapshot in place"), target.absoluteFilePath());
    }
    if (Status synced = AtomicFile::syncDirectory(target.absolutePath()); !synced)
        return synced.error();
    return info;
}

Result<SnapshotInfo> Snapshot::readInfo(const QString& file)
{
    Result<QMap<QString, QString>> meta = SnapshotStore::readInfo(file);
    if (!meta)
        return meta.error();
    return fromMap(*meta);
}

Result<std::unique_ptr<Snapshot>> Snapshot::open(const QString& file)
{
    Result<SnapshotInfo> info = readInfo(file);
    if (!info)
        return info.error();
    if (info->schemaVersion > Database::latestSchemaVersion())
        return Error(ErrorCode::Unsupported,
                     tr("the snapshot was written by a newer Mothership (schema %1; this one knows %2)")
                         .arg(info->schemaVersion)
                         .arg(Database::latestSchemaVersion()),
                     file);
    std::unique_ptr<Snapshot> snapshot(new Snapshot);
    snapshot->m_file = QFileInfo(file).absoluteFilePath();
    snapshot->m_info = *info;
    snapshot->m_copyDir = std::make_unique<QTemporaryDir>();
    if (!snapshot->m_copyDir->isValid())
        return Error(ErrorCode::Io, tr("cannot create a temporary folder"), QDir::tempPath());
    const QString copy = snapshot->m_copyDir->filePath(u"snapshot.db"_s);
    if (!QFile::copy(file, copy))
        return Error(ErrorCode::Io, tr("cannot copy the snapshot"), file);
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Database>> db = Database::open(copy);
    if (!db)
        return db.error().withSubject(file);
    if (Status ro = (*db)->setReadOnly(); !ro)
        return ro.error();
    snapshot->m_database = std::move(*db);
    return snapshot;
}

} // namespace ms
