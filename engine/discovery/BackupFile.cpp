#include "discovery/BackupFile.h"

#include "core/AtomicFile.h"

#include <QFile>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ms {

namespace {

// Creates @p path exclusively with @p mode and writes @p content, fsynced. Returns errno or 0.
int writeNewFile(const QString& path, const QByteArray& content, mode_t mode)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
    if (fd < 0)
        return errno;
    qsizetype written = 0;
    int err = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            err = errno;
            break;
        }
        written += n;
    }
    if (!err && ::fsync(fd) != 0)
        err = errno;
    ::close(fd);
    if (err)
        ::unlink(native.constData());
    return err;
}

} // namespace

QString BackupFile::nameFor(const QString& path, const QDateTime& when)
{
    return path + u'.' + when.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"))
        + QStringLiteral(".bak");
}

Result<QString> BackupFile::write(const QString& path, const QByteArray& content, const Clock& clock)
{
    // The backup is created with the original's mode from the start (O_EXCL, no rename): a
    // copy of a 0600 .env is never readable by others, not even for a moment.
    struct stat st;
    const mode_t mode = ::stat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & 07777) : 0600;
    const QString base = nameFor(path, clock.now());
    QString backup = base;
    for (int n = 2;; ++n) {
        const int err = writeNewFile(backup, content, mode);
        if (err == 0)
            break;
        if (err != EEXIST)
            return Error(ErrorCode::Io,
                         tr("cannot write the backup: %1").arg(QString::fromLocal8Bit(std::strerror(err))),
                         backup);
        if (n > 1000)
            return Error(ErrorCode::Conflict, tr("too many backups with the same time stamp"), base);
        backup = base.chopped(4) + u'-' + QString::number(n) + QStringLiteral(".bak");
    }
    const Status synced = AtomicFile::syncDirectory(QFileInfo(backup).absolutePath());
    if (!synced)
        return synced.error();
    return backup;
}

} // namespace ms
