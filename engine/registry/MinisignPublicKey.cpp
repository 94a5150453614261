#include "registry/MinisignPublicKey.h"

#include "registry/MinisignFormat.h"

namespace ms {

Result<MinisignPublicKey> MinisignPublicKey::parse(QByteArrayView text, const QString& origin)
{
    if (text.size() > MinisignFormat::MaxFileBytes)
        return Error(ErrorCode::Parse, tr("too large to be a minisign public key"), origin);
    const QList<QByteArrayView> lines = MinisignFormat::lines(text.trimmed());
    QByteArrayView keyLine;
    QString comment;
    if (lines.size() == 2 && lines[0].startsWith(MinisignFormat::untrustedPrefix())) {
        comment = QString::fromUtf8(lines[0].sliced(MinisignFormat::untrustedPrefix().size()));
        keyLine = lines[1];
    } else if (lines.size() == 1 && !lines[0].startsWith(MinisignFormat::untrustedPrefix())) {
        keyLine = lines[0];
    } else {
        return Error(ErrorCode::Parse,
                     tr("not a minisign public key: expected an \"untrusted comment:\" line followed by the "
                        "base64 key, or the base64 key alone"),
                     origin);
    }

    Result<QByteArray> raw = MinisignFormat::decodeLine(
        keyLine.trimmed(),
        MinisignFormat::AlgorithmBytes + MinisignFormat::KeyIdBytes + MinisignFormat::PublicKeyBytes,
        tr("the public key"), origin);
    if (!raw)
        return raw.error();
    if (!raw->startsWith("Ed"))
        return Error(
            ErrorCode::Unsupported,
            tr("the public key's algorithm \"%1\" is not Ed25519 (\"Ed\")")
                .arg(MinisignFormat::printable(QByteArrayView(*raw).first(MinisignFormat::AlgorithmBytes))),
            origin);

    MinisignPublicKey key;
    key.m_keyId = raw->mid(MinisignFormat::AlgorithmBytes, MinisignFormat::KeyIdBytes);
    key.m_key = raw->mid(MinisignFormat::AlgorithmBytes + MinisignFormat::KeyIdBytes);
    key.m_comment = comment;
    return key;
}

Result<MinisignPublicKey> MinisignPublicKey::load(const QString& path)
{
    Result<QByteArray> content = MinisignFormat::readSmallFile(path);
    if (!content)
        return content.error();
    return parse(*content, path);
}

MinisignPublicKey MinisignPublicKey::fromParts(const QByteArray& keyId, const QByteArray& key)
{
    MinisignPublicKey result;
    if (keyId.size() != MinisignFormat::KeyIdBytes || key.size() != MinisignFormat::PublicKeyBytes)
        return result;
    result.m_keyId = keyId;
    result.m_key = key;
    return result;
}

QString MinisignPublicKey::keyIdHex() const
{
    return MinisignFormat::keyIdHex(m_keyId);
}

QByteArray MinisignPublicKey::toBase64() const
{
    return QByteArray(QByteArrayLiteral("Ed") + m_keyId + m_key).toBase64();
}

QByteArray MinisignPublicKey::toFileContent() const
{
    // minisign prints the id as "%" PRIX64: upper-case hex without leading zeros.
    QByteArray id = keyIdHex().toLatin1();
    while (id.size() > 1 && id.startsWith('0'))
        id.remove(0, 1);
    return MinisignFormat::untrustedPrefix().toByteArray() + "minisign public key " + id + '\n' + toBase64()
        + '\n';
}

} // namespace ms
