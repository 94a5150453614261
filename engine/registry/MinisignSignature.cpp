#include "registry/MinisignSignature.h"

#include "registry/MinisignFormat.h"

namespace ms {

Result<MinisignSignature> MinisignSignature::parse(QByteArrayView content, const QString& origin)
{
    if (content.size() > MinisignFormat::MaxFileBytes)
        return Error(ErrorCode::Parse, tr("too large to be a minisign signature"), origin);
    const QList<QByteArrayView> lines = MinisignFormat::lines(content);

    if (lines.isEmpty())
        return Error(ErrorCode::Parse, tr("the signature file is empty"), origin);
    if (!lines[0].startsWith(MinisignFormat::untrustedPrefix()))
        return Error(ErrorCode::Parse, tr("the first line must start with \"untrusted comment: \""), origin);
    if (lines[0].size() >= MinisignFormat::CommentMaxBytes)
        return Error(ErrorCode::Parse,
                     tr("the untrusted comment is longer than %1 bytes").arg(MinisignFormat::CommentMaxBytes),
                     origin);
    if (lines.size() < 2)
        return Error(ErrorCode::Parse, tr("the file ends before the signature line"), origin);
    if (lines.size() < 3)
        return Error(ErrorCode::Parse, tr("the file ends before the trusted comment"), origin);
    if (!lines[2].startsWith(MinisignFormat::trustedPrefix()))
        return Error(ErrorCode::Parse, tr("the third line must start with \"trusted comment: \""), origin);
    if (lines[2].size() >= MinisignFormat::TrustedCommentMaxBytes)
        return Error(
            ErrorCode::Parse,
            tr("the trusted comment is longer than %1 bytes").arg(MinisignFormat::TrustedCommentMaxBytes),
            origin);
    if (lines.size() < 4)
        return Error(ErrorCode::Parse, tr("the file ends before the trusted comment's signature"), origin);
    if (lines.size() > 4)
        return Error(ErrorCode::Parse, tr("unexpected text after the trusted comment's signature"), origin);

    Result<QByteArray> raw = MinisignFormat::decodeLine(
        lines[1],
        MinisignFormat::AlgorithmBytes + MinisignFormat::KeyIdBytes + MinisignFormat::SignatureBytes,
        tr("the signature line"), origin);
    if (!raw)
        return raw.error();
    Result<QByteArray> global = MinisignFormat::decodeLine(
        lines[3], MinisignFormat::SignatureBytes, tr("the trusted comment's signature line"), origin);
    if (!global)
        return global.error();

    MinisignSignature sig;
    const QByteArrayView algorithm = QByteArrayView(*raw).first(MinisignFormat::AlgorithmBytes);
    if (algorithm == "ED")
        sig.m_algorithm = Algorithm::Prehashed;
    else if (algorithm == "Ed")
        sig.m_algorithm = Algorithm::Legacy;
    else
        return Error(ErrorCode::Unsupported,
                     tr("unknown signature algorithm \"%1\" (minisign uses \"ED\" or \"Ed\")")
                         .arg(MinisignFormat::printable(algorithm)),
                     origin);
    sig.m_keyId = raw->mid(MinisignFormat::AlgorithmBytes, MinisignFormat::KeyIdBytes);
    sig.m_signature = raw->mid(MinisignFormat::AlgorithmBytes + MinisignFormat::KeyIdBytes);
    sig.m_untrustedComment = lines[0].sliced(MinisignFormat::untrustedPrefix().size()).toByteArray();
    sig.m_trustedComment = lines[2].sliced(MinisignFormat::trustedPrefix().size()).toByteArray();
    sig.m_globalSignature = *global;
    sig.m_origin = origin;
    return sig;
}

Result<MinisignSignature> MinisignSignature::load(const QString& path)
{
    Result<QByteArray> content = MinisignFormat::readSmallFile(path);
    if (!content)
        return content.error();
    return parse(*content, path);
}

QString MinisignSignature::defaultTrustedComment(const QString& fileName, const QDateTime& when)
{
    return QStringLiteral("timestamp:%1\tfile:%2\thashed").arg(when.toSecsSinceEpoch()).arg(fileName);
}

QString MinisignSignature::keyIdHex() const
{
    return MinisignFormat::keyIdHex(m_keyId);
}

QByteArray MinisignSignature::toFileContent() const
{
    const QByteArray algorithm
        = m_algorithm == Algorithm::Prehashed ? QByteArrayLiteral("ED") : QByteArrayLiteral("Ed");
    QByteArray out;
    out += MinisignFormat::untrustedPrefix();
    out += m_untrustedComment;
    out += '\n';
    out += QByteArray(algorithm + m_keyId + m_signature).toBase64();
    out += '\n';
    out += MinisignFormat::trustedPrefix();
    out += m_trustedComment;
    out += '\n';
    out += m_globalSignature.toBase64();
    out += '\n';
    return out;
}

} // namespace ms
