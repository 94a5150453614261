#include "registry/PartialFile.h"

#include <QDir>
#include <QFileInfo>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ms {

PartialFile::PartialFile(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

PartialFile::~PartialFile()
{
    release();
}

Status PartialFile::open()
{
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, tr("cannot create the download folder"), dir);
    m_lock = std::make_unique<QLockFile>(m_path + u".lock"_s);
    // A lock left by a process that died is taken over (QLockFile checks the pid).
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        const bool busy = m_lock->error() == QLockFile::LockFailedError;
        m_lock.reset();
        if (busy)
            return Error(ErrorCode::Conflict, tr("this package is being downloaded by another job"), m_path);
        return Error(ErrorCode::Io, tr("cannot lock the download file"), m_path);
    }
    if (!m_file.open(QIODevice::ReadWrite | QIODevice::Append)) {
        const Error error(ErrorCode::Io, tr("cannot open the download file: %1").arg(m_file.errorString()),
                          m_path);
        m_lock.reset();
        return error;
    }
    return {};
}

qint64 PartialFile::offset() const
{
    return m_file.isOpen() ? m_file.size() : 0;
}

Status PartialFile::restart()
{
    if (!m_file.isOpen() || !m_file.resize(0))
        return Error(ErrorCode::Io, tr("cannot empty the download file: %1").arg(m_file.errorString()),
                     m_path);
    return {};
}

Status PartialFile::write(const QByteArray& data)
{
    if (!m_file.isOpen() || m_file.write(data.data(), data.size()) != data.size())
        return Error(ErrorCode::Io, tr("cannot write the download file: %1").arg(m_file.errorString()),
                     m_path);
#ifdef __linux__
    // Every few megabytes, start writing what came to disk without waiting, so that the sync
    // at the end of the extraction that follows (the whole file system's) has little of it
    // left to write. Only a hint: its failure changes nothing.
    m_unflushed += data.size();
    if (m_unflushed >= WritebackBytes && m_file.flush()) {
        (void)::sync_file_range(m_file.handle(), 0, 0, SYNC_FILE_RANGE_WRITE);
        m_unflushed = 0;
    }
#endif
    return {};
}

Status PartialFile::close()
{
    if (!m_file.isOpen())
        return {};
    const bool flushed = m_file.flush();
    m_file.close();
    if (!flushed)
        return Error(ErrorCode::Io, tr("cannot write the download file: %1").arg(m_file.errorString()),
                     m_path);
    return {};
}

void PartialFile::remove()
{
    m_file.close();
    QFile::remove(m_path);
    release();
}

void PartialFile::release()
{
    if (m_file.isOpen()) {
        m_file.flush();
        m_file.close();
    }
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
}

} // namespace ms
