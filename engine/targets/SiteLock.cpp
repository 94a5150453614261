#include "targets/SiteLock.h"

#include <QFile>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>

namespace ms {

Status SiteLock::tryAcquire(const QString& siteDir)
{
    m_fd.reset();
    UniqueFd fd(::open(QFile::encodeName(siteDir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd) {
        const int err = errno;
        return Error(ErrorCode::Io,
                     tr("cannot open the site's folder: %1").arg(QString::fromLocal8Bit(std::strerror(err))),
                     siteDir);
    }
    if (::flock(fd.get(), LOCK_EX | LOCK_NB) != 0) {
        const int err = errno;
        if (err == EWOULDBLOCK)
            return Error(ErrorCode::Conflict, tr("another operation is changing this site"), siteDir);
        return Error(ErrorCode::Io,
                     tr("cannot lock the site's folder: %1").arg(QString::fromLocal8Bit(std::strerror(err))),
                     siteDir);
    }
    m_fd = std::move(fd);
    return {};
}

} // namespace ms
