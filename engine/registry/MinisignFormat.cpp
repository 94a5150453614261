#include "registry/MinisignFormat.h"

#include <QFile>
#include <sodium.h>

namespace ms {

Status MinisignFormat::initSodium(const QString& subject)
{
    // sodium_init() is idempotent and safe to call from several threads.
    if (sodium_init() < 0)
        return Error(ErrorCode::Internal, tr("the cryptography library (libsodium) could not start"),
                     subject);
    return {};
}

QString MinisignFormat::keyIdHex(QByteArrayView keyId)
{
    QString hex;
    hex.reserve(2 * keyId.size());
    for (qsizetype i = keyId.size() - 1; i >= 0; --i)
        hex += QStringLiteral("%1").arg(quint8(keyId[i]), 2, 16, QLatin1Char('0')).toUpper();
    return hex;
}

QList<QByteArrayView> MinisignFormat::lines(QByteArrayView content)
{
    QList<QByteArrayView> result;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype end = content.indexOf('\n', start);
        if (end < 0)
            end = content.size();
        QByteArrayView line = content.sliced(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        result.append(line);
        start = end + 1;
    }
    while (!result.isEmpty() && result.last().trimmed().isEmpty())
        result.removeLast();
    return result;
}

Result<QByteArray> MinisignFormat::decodeLine(QByteArrayView line, qsizetype expectedBytes,
                                              const QString& what, const QString& subject)
{
    if (line.isEmpty())
        return Error(ErrorCode::Parse, tr("%1 is empty").arg(what), subject);
    QByteArray decoded(line.size() * 3 / 4 + 3, Qt::Uninitialized);
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), size_t(decoded.size()),
                          line.data(), size_t(line.size()), nullptr, &length, nullptr,
                          sodium_base64_VARIANT_ORIGINAL)
        != 0)
        return Error(ErrorCode::Parse, tr("%1 is not valid base64").arg(what), subject);
    if (qsizetype(length) != expectedBytes)
        return Error(ErrorCode::Parse,
                     tr("%1 holds %2 bytes instead of %3: it is truncated or not minisign data")
                         .arg(what)
                         .arg(length)
                         .arg(expectedBytes),
                     subject);
    decoded.truncate(qsizetype(length));
    return decoded;
}

Result<QByteArray> MinisignFormat::readSmallFile(const QString& path, qsizetype maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read the file: %1").arg(file.errorString()), path);
    QByteArray content = file.read(maxBytes + 1);
    if (content.size() > maxBytes)
        return Error(ErrorCode::Parse,
                     tr("the file is larger than %1 bytes: not a minisign key or signature").arg(maxBytes),
                     path);
    if (file.error() != QFileDevice::NoError)
        return Error(ErrorCode::Io, tr("cannot read the file: %1").arg(file.errorString()), path);
    return content;
}

QString MinisignFormat::printable(QByteArrayView text)
{
    constexpr qsizetype MaxShown = 80;
    QString shown;
    qsizetype i = 0;
    for (; i < text.size() && shown.size() < MaxShown; ++i) {
        const auto c = quint8(text[i]);
        if (c >= 0x20 && c < 0x7f)
            shown += QLatin1Char(char(c));
        else
            shown += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
    }
    if (i < text.size())
        shown += QStringLiteral("…");
    return shown;
}

} // namespace ms
