#include "core/AtomicFile.h"

#include <QFileInfo>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

namespace ms {

Status AtomicFile::write(const QString& path, const QByteArray& data)
{
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
