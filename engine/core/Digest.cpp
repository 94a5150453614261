#include "core/Digest.h"

#include <openssl/evp.h>

namespace ms {

namespace {

/// The implementation, looked up once: an implicit lookup on every use costs more than
/// hashing an audit record.
const EVP_MD* implementation(Digest::Algorithm algorithm)
{
    static EVP_MD* const sha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
    static EVP_MD* const blake2b512 = EVP_MD_fetch(nullptr, "BLAKE2B-512", nullptr);
    const EVP_MD* md = algorithm == Digest::Algorithm::Sha256 ? sha256 : blake2b512;
    // Without them nothing can be verified: no package, no catalog, no audit entry.
    if (!md)
        qFatal("OpenSSL's libcrypto lacks SHA-256 or BLAKE2b-512");
    return md;
}

} // namespace

Digest::Digest(Algorithm algorithm)
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context, implementation(algorithm), nullptr) != 1)
        qFatal("OpenSSL cannot start a hash (out of memory?)");
}

Digest::~Digest()
{
    EVP_MD_CTX_free(m_context);
}

void Digest::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) != 1)
        qFatal("OpenSSL's hash failed");
}

bool Digest::addData(QIODevice* device)
{
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(block.data(), block.size());
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        addData(QByteArrayView(block.constData(), n));
    }
}

QByteArray Digest::result()
{
    QByteArray digest(EVP_MD_CTX_get_size(m_context), Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char*>(digest.data()), &length) != 1
        || qsizetype(length) != digest.size())
        qFatal("OpenSSL's hash failed");
    return digest;
}

QString Digest::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Digest::hash(Algorithm algorithm, QByteArrayView data)
{
    Digest d(algorithm);
    d.addData(data);
    return d.result();
}

} // namespace ms
