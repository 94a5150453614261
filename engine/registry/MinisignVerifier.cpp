#include "registry/MinisignVerifier.h"

#include "core/Digest.h"
#include "registry/MinisignFormat.h"

#include <QFile>
#include <sodium.h>
#include <utility>

namespace ms {

namespace {

constexpr qint64 ChunkBytes = 64 * 1024;

const QString& either(const QString& preferred, const QString& fallback)
{
    return preferred.isEmpty() ? fallback : preferred;
}

} // namespace

struct MinisignVerifier::Stream::State
{
    Digest prehash {Digest::Algorithm::Blake2b512}; // BLAKE2b-512, as minisign's "ED" signatures
};

MinisignVerifier::MinisignVerifier(QList<MinisignPublicKey> trustedKeys)
    : MinisignVerifier(std::move(trustedKeys), Options())
{
}

MinisignVerifier::MinisignVerifier(QList<MinisignPublicKey> trustedKeys, Options options)
    : m_keys(std::move(trustedKeys))
    , m_options(options)
{
}

Result<MinisignVerifier::Stream> MinisignVerifier::begin(const MinisignSignature& signature,
                                                         const QString& subject) const
{
    const QString& sigSubject = either(signature.origin(), subject);
    if (Status s = MinisignFormat::initSodium(sigSubject); !s)
        return s.error();
    if (signature.isNull())
        return Error(ErrorCode::InvalidArgument, tr("no signature to verify"), sigSubject);

    const MinisignPublicKey* key = nullptr;
    for (const MinisignPublicKey& candidate : m_keys) {
        if (!candidate.isNull() && candidate.keyId() == signature.keyId()) {
            key = &candidate;
            break;
        }
    }
    if (!key) {
        QStringList trusted;
        for (const MinisignPublicKey& k : m_keys)
            trusted.append(k.keyIdHex());
        const QString detail = trusted.isEmpty()
            ? tr("No key is trusted.")
            : tr("Trusted keys: %1.").arg(trusted.join(QStringLiteral(", ")));
        return Error(ErrorCode::Untrusted,
                     tr("signed with key %1, which is not a trusted key").arg(signature.keyIdHex()),
                     sigSubject, detail);
    }
    if (signature.algorithm() == MinisignSignature::Algorithm::Legacy && !m_options.allowLegacy)
        return Error(ErrorCode::Untrusted,
                     tr("legacy (non-prehashed) signatures are not accepted; sign with minisign 0.11 or "
                        "later without -l"),
                     sigSubject);

    return Stream(*key, signature, either(subject, signature.origin()), m_options.legacyMaxBytes);
}

Result<QString> MinisignVerifier::verify(QByteArrayView data, const MinisignSignature& signature,
                                         const QString& subject) const
{
    Result<Stream> stream = begin(signature, subject);
    if (!stream)
        return stream.error();
    if (Status s = stream->update(data); !s)
        return s.error();
    return stream->finish();
}

Result<QString> MinisignVerifier::verifyFile(const QString& path, const MinisignSignature& signature) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read the signed file: %1").arg(file.errorString()), path);
    Result<Stream> stream = begin(signature, path);
    if (!stream)
        return stream.error();
    // Refuse an oversized legacy file from its size, before reading any of it.
    if (signature.algorithm() == MinisignSignature::Algorithm::Legacy
        && file.size() > m_options.legacyMaxBytes)
        return Error(
            ErrorCode::Unsupported,
            tr("the file is signed with a legacy (non-prehashed) signature and is larger than %1 MiB; "
               "sign it prehashed (minisign's default)")
                .arg(m_options.legacyMaxBytes >> 20),
            path);
    QByteArray buffer(ChunkBytes, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return Error(ErrorCode::Io, tr("cannot read the signed file: %1").arg(file.errorString()), path);
        if (n == 0)
            break;
        if (Status s = stream->update(QByteArrayView(buffer.constData(), n)); !s)
            return s.error();
    }
    return stream->finish();
}

MinisignVerifier::Stream::Stream(MinisignPublicKey key, MinisignSignature signature, QString subject,
                                 qint64 legacyMaxBytes)
    : m_state(std::make_unique<State>())
    , m_key(std::move(key))
    , m_signature(std::move(signature))
    , m_subject(std::move(subject))
    , m_legacyMaxBytes(legacyMaxBytes)
{
}

MinisignVerifier::Stream::~Stream() = default;
MinisignVerifier::Stream::Stream(Stream&&) noexcept = default;
MinisignVerifier::Stream& MinisignVerifier::Stream::operator=(Stream&&) noexcept = default;

Status MinisignVerifier::Stream::update(QByteArrayView chunk)
{
    if (m_failed.isError())
        return m_failed;
    if (!m_state)
        return Error(ErrorCode::InvalidArgument, tr("the verification has already finished"), m_subject);
    m_seen += chunk.size();
    if (m_signature.algorithm() == MinisignSignature::Algorithm::Prehashed) {
        m_state->prehash.addData(chunk);
        return {};
    }
    if (m_seen > m_legacyMaxBytes) {
        m_legacyData.clear();
        m_failed = Error(
            ErrorCode::Unsupported,
            tr("the data is signed with a legacy (non-prehashed) signature and is larger than %1 MiB; "
               "sign it prehashed (minisign's default)")
                .arg(m_legacyMaxBytes >> 20),
            m_subject);
        return m_failed;
    }
    m_legacyData.append(chunk);
    return {};
}

Result<QString> MinisignVerifier::Stream::finish()
{
    if (m_failed.isError())
        return m_failed;
    if (!m_state)
        return Error(ErrorCode::InvalidArgument, tr("the verification has already finished"), m_subject);

    const auto* pk = reinterpret_cast<const unsigned char*>(m_key.key().constData());
    const auto* sig = reinterpret_cast<const unsigned char*>(m_signature.signature().constData());
    int dataCheck = -1;
    if (m_signature.algorithm() == MinisignSignature::Algorithm::Prehashed) {
        const QByteArray hash = m_state->prehash.result();
        dataCheck = crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char*>(hash.constData()),
                                                quint64(hash.size()), pk);
    } else {
        dataCheck = crypto_sign_verify_detached(
            sig, reinterpret_cast<const unsigned char*>(m_legacyData.constData()),
            quint64(m_legacyData.size()), pk);
        m_legacyData.clear();
    }
    m_state.reset();
    const QByteArray signedComment = m_signature.signature() + m_signature.trustedComment();
    const int commentCheck = crypto_sign_verify_detached(
        reinterpret_cast<const unsigned char*>(m_signature.globalSignature().constData()),
        reinterpret_cast<const unsigned char*>(signedComment.constData()), quint64(signedComment.size()), pk);

    // The two checks together tell the cases apart: the comment signature covers the data
    // signature, so it still verifies when only the data changed, and fails with it when
    // another key made both.
    const QString& sigSubject = either(m_signature.origin(), m_subject);
    if (dataCheck != 0 && commentCheck != 0)
        m_failed = Error(ErrorCode::Untrusted,
                         tr("the signature was not made by trusted key %1, although it carries its key id")
                             .arg(m_key.keyIdHex()),
                         sigSubject);
    else if (dataCheck != 0)
        m_failed = Error(ErrorCode::Integrity,
                         tr("the data does not match its signature: it was changed after signing, or the "
                            "signature belongs to other data"),
                         m_subject);
    else if (commentCheck != 0)
        m_failed = Error(ErrorCode::Integrity,
                         tr("the trusted comment was altered: its signature does not verify with key %1")
                             .arg(m_key.keyIdHex()),
                         sigSubject);
    if (m_failed.isError())
        return m_failed;
    return QString::fromUtf8(m_signature.trustedComment());
}

} // namespace ms
