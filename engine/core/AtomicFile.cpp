#include "core/AtomicFile.h"

#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <cerrno>
#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace ms {

Status AtomicFile::write(const QString& path, const QByteArray& data, Durability durability)
{
    if (durability == Durability::Unsynced)
        return writeUnsynced(path, data);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io, tr("cannot write: %1").arg(file.errorString()), path);
    if (file.write(data) != data.size()) {
        file.cancelWriting();
        return Error(ErrorCode::Io, tr("cannot write: %1").arg(file.errorString()), path);
    }
    // QSaveFile::commit() flushes and fsyncs the temporary file before renaming it.
    if (!file.commit())
        return Error(ErrorCode::Io, tr("cannot replace the file: %1").arg(file.errorString()), path);
    return syncDirectory(QFileInfo(path).absolutePath());
}

Status AtomicFile::writeUnsynced(const QString& path, const QByteArray& data)
{
    // QSaveFile always fsyncs; this is its temporary name and rename without that. A name of
    // its own (O_EXCL) so that two writers never share one; mode 0666 less the umask, as for
    // any new file.
    const QByteArray target = QFile::encodeName(path);
    const QByteArray temporary = target + ".new-" + QByteArray::number(QRandomGenerator::global()->generate64(), 36);
    const int fd = ::open(temporary.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd < 0)
        return Error(ErrorCode::Io, tr("cannot write: %1").arg(qt_error_string(errno)), path);
    const char* p = data.constData();
    qsizetype left = data.size();
    int err = 0;
    while (left > 0 && err == 0) {
        const ssize_t n = ::write(fd, p, size_t(left));
        if (n > 0) {
            p += n;
            left -= n;
        } else if (n < 0 && errno != EINTR) {
            err = errno;
        } else if (n == 0) {
            err = ENOSPC;
        }
    }
    if (::close(fd) != 0 && err == 0)
        err = errno;
    if (err != 0) {
        ::unlink(temporary.constData());
        return Error(ErrorCode::Io, tr("cannot write: %1").arg(qt_error_string(err)), path);
    }
    if (::rename(temporary.constData(), target.constData()) != 0) {
        err = errno;
        ::unlink(temporary.constData());
        return Error(ErrorCode::Io, tr("cannot replace the file: %1").arg(qt_error_string(err)), path);
    }
    return {};
}

Status AtomicFile::syncDirectory(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return Error(ErrorCode::Io, tr("cannot open the directory to sync it"), dir);
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return Error(ErrorCode::Io, tr("cannot sync the directory"), dir);
    return {};
}

} // namespace ms
