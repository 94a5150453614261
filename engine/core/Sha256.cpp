#include "core/Sha256.h"

#include <openssl/evp.h>

#include <cstdlib>

namespace ms {

namespace {

/// The SHA-256 implementation, looked up once (an implicit lookup on every use costs more
/// than hashing an audit record).
const EVP_MD* sha256()
{
    static EVP_MD* const md = [] {
        EVP_MD* fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
        // Without SHA-256 nothing can be verified: no package, no catalog, no audit entry.
        if (!fetched)
            qFatal("OpenSSL's libcrypto has no SHA-256");
        return fetched;
    }();
    return md;
}

} // namespace

Sha256::Sha256()
    : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context, sha256(), nullptr) != 1)
        qFatal("OpenSSL cannot start a SHA-256 hash (out of memory?)");
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_context);
}

void Sha256::addData(QByteArrayView data)
{
    if (!data.isEmpty() && EVP_DigestUpdate(m_context, data.data(), size_t(data.size())) != 1)
        qFatal("OpenSSL's SHA-256 failed");
}

bool Sha256::addData(QIODevice* device)
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

QByteArray Sha256::result()
{
    QByteArray digest(Size, Qt::Uninitialized);
    unsigned int length = 0;
    if (EVP_DigestFinal_ex(m_context, reinterpret_cast<unsigned char*>(digest.data()), &length) != 1
        || length != unsigned(Size))
        qFatal("OpenSSL's SHA-256 failed");
    return digest;
}

QString Sha256::hexResult()
{
    return QString::fromLatin1(result().toHex());
}

QByteArray Sha256::hash(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.result();
}

QString Sha256::hex(QByteArrayView data)
{
    Sha256 h;
    h.addData(data);
    return h.hexResult();
}

} // namespace ms
