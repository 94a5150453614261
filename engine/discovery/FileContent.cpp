#include "discovery/FileContent.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ms {

Result<QByteArray> FileContent::read(const QString& path, qsizetype maxSize)
{
    const QByteArray native = QFile::encodeName(path);
    int fd;
    do {
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        const int err = errno;
        if (err == ENOENT || err == ENOTDIR)
            return Error(ErrorCode::NotFound, tr("no such file"), path);
        return Error(ErrorCode::Io, tr("cannot open: %1").arg(QString::fromLocal8Bit(std::strerror(err))),
                     path);
    }
    struct FdCloser
    {
        int fd;
        ~FdCloser() { ::close(fd); }
    } closer {fd};

    struct stat st;
    if (::fstat(fd, &st) != 0)
        return Error(ErrorCode::Io, tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))),
                     path);
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::Io, tr("not a regular file"), path);
    if (st.st_size > maxSize)
        return Error(ErrorCode::Unsupported, tr("larger than %1 bytes").arg(maxSize), path);

    // st_size is a hint: the file may grow or shrink while we read, so read until EOF. The
    // extra byte lets the read that finds EOF land in the buffer without growing it.
    QByteArray data(qsizetype(st.st_size) + 1, Qt::Uninitialized);
    qsizetype filled = 0;
    for (;;) {
        if (filled == data.size()) {
            if (data.size() >= maxSize + 1)
                break;
            data.resize(qMin(maxSize + 1, qMax<qsizetype>(4096, data.size() * 2)));
        }
        const ssize_t n = ::read(fd, data.data() + filled, size_t(data.size() - filled));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return Error(ErrorCode::Io,
                         tr("cannot read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))), path);
        }
        if (n == 0)
            break;
        filled += n;
        // A short read that brings exactly the size fstat() reported is the end of a regular
        // file: skip the extra read() that would return 0. In a scan of thousands of files,
        // every system call shows.
        if (filled == st.st_size && filled < data.size())
            break;
    }
    if (filled > maxSize)
        return Error(ErrorCode::Unsupported, tr("larger than %1 bytes").arg(maxSize), path);
    data.truncate(filled);
    return data;
}

} // namespace ms
