#include "secrets/UnencryptedSecretFile.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ms {

namespace {

constexpr qint64 MaxFileBytes = 4 * 1024 * 1024;

QMutex& fileMutex()
{
    static QMutex mutex;
    return mutex;
}

// Best effort: wipes a buffer nobody else shares. Qt's JSON classes keep copies of their
// own, which is one more reason this file is the fallback and not the default.
void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

struct Loaded
{
    QJsonObject secrets;
};

Result<Loaded> load(const QString& path)
{
    struct stat st;
    const QByteArray native = QFile::encodeName(path);
    if (::lstat(native.constData(), &st) != 0) {
        if (errno == ENOENT)
            return Loaded {};
        return Error(ErrorCode::Io,
                     UnencryptedSecretFile::tr("cannot inspect the unencrypted secrets file: %1")
                         .arg(errnoText(errno)),
                     path);
    }
    if (!S_ISREG(st.st_mode))
        return Error(ErrorCode::Untrusted,
                     UnencryptedSecretFile::tr("the unencrypted secrets file is not a regular file"), path);
    if (st.st_uid != ::geteuid())
        return Error(ErrorCode::Untrusted,
                     UnencryptedSecretFile::tr("the unencrypted secrets file belongs to another user"), path);
    if ((st.st_mode & 077) != 0)
        return Error(
            ErrorCode::Untrusted,
            UnencryptedSecretFile::tr("the unencrypted secrets file can be read by other users; restrict "
                                      "it with chmod 600 before it is used"),
            path);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(
            ErrorCode::Io,
            UnencryptedSecretFile::tr("cannot read the unencrypted secrets file: %1").arg(file.errorString()),
            path);
    QByteArray content = file.read(MaxFileBytes + 1);
    if (content.size() > MaxFileBytes) {
        wipe(content);
        return Error(ErrorCode::Parse, UnencryptedSecretFile::tr("the unencrypted secrets file is too large"),
                     path);
    }
    const QJsonDocument doc = QJsonDocument::fromJson(content);
    wipe(content);
    const QJsonObject root = doc.object();
    if (!doc.isObject()
        || root.value(QStringLiteral("format")).toString() != QLatin1String(UnencryptedSecretFile::Format)
        || !root.value(QStringLiteral("secrets")).isObject())
        return Error(ErrorCode::Parse,
                     UnencryptedSecretFile::tr("the unencrypted secrets file is damaged or not Mothership's"),
                     path);
    return Loaded {root.value(QStringLiteral("secrets")).toObject()};
}

Status store(const QString& path, const QJsonObject& secrets)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (secrets.isEmpty()) {
        if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
            return Error(ErrorCode::Io,
                         UnencryptedSecretFile::tr("cannot remove the unencrypted secrets file: %1")
                             .arg(errnoText(errno)),
                         path);
        return AtomicFile::syncDirectory(dir);
    }
    if (!QDir().mkpath(dir))
        return Error(ErrorCode::Io, UnencryptedSecretFile::tr("cannot create the directory"), dir);

    const QJsonObject root {
        {QStringLiteral("format"), QLatin1String(UnencryptedSecretFile::Format)},
        {QStringLiteral("warning"),
         QStringLiteral(
             "NOT ENCRYPTED. No keychain was available and the user chose to keep Mothership's secrets in "
             "this file, protected only by its permissions (0600).")},
        {QStringLiteral("secrets"), secrets}};
    QByteArray content = QJsonDocument(root).toJson(QJsonDocument::Indented);

    // mkstemp creates the file with mode 0600 whatever the umask: the secret is never
    // readable by others, not even for a moment.
    QByteArray tmp = QFile::encodeName(path) + ".XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0) {
        wipe(content);
        return Error(
            ErrorCode::Io,
            UnencryptedSecretFile::tr("cannot create the unencrypted secrets file: %1").arg(errnoText(errno)),
            path);
    }
    int error = ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 ? 0 : errno;
    for (qsizetype written = 0; error == 0 && written < content.size();) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            error = n < 0 ? errno : EIO;
        else
            written += n;
    }
    if (error == 0 && ::fsync(fd) != 0)
        error = errno;
    if (::close(fd) != 0 && error == 0)
        error = errno;
    wipe(content);
    if (error == 0 && ::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0)
        error = errno;
    if (error != 0) {
        ::unlink(tmp.constData());
        return Error(
            ErrorCode::Io,
            UnencryptedSecretFile::tr("cannot write the unencrypted secrets file: %1").arg(errnoText(error)),
            path);
    }
    return AtomicFile::syncDirectory(dir);
}

} // namespace

UnencryptedSecretFile::UnencryptedSecretFile(QString path)
    : m_path(std::move(path))
{
}

Result<QByteArray> UnencryptedSecretFile::read(const QString& key) const
{
    QMutexLocker lock(&fileMutex());
    Result<Loaded> loaded = load(m_path);
    if (!loaded)
        return loaded.error();
    const QJsonValue value = loaded->secrets.value(key);
    if (!value.isString())
        return Error(ErrorCode::NotFound, tr("no secret is stored under %1").arg(key), key);
    QByteArray encoded = value.toString().toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    wipe(encoded);
    if (!decoded)
        return Error(ErrorCode::Parse, tr("the secret stored under %1 is damaged").arg(key), m_path);
    return decoded.decoded;
}

Status UnencryptedSecretFile::write(const QString& key, const QByteArray& value) const
{
    QMutexLocker lock(&fileMutex());
    Result<Loaded> loaded = load(m_path);
    if (!loaded)
        return loaded.error();
    loaded->secrets.insert(key, QString::fromLatin1(value.toBase64()));
    return store(m_path, loaded->secrets);
}

Status UnencryptedSecretFile::remove(const QString& key) const
{
    QMutexLocker lock(&fileMutex());
    Result<Loaded> loaded = load(m_path);
    if (!loaded)
        return loaded.error();
    if (!loaded->secrets.contains(key))
        return {};
    loaded->secrets.remove(key);
    return store(m_path, loaded->secrets);
}

} // namespace ms
