#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace ms {

/// A cryptographic hash fed in pieces, computed by OpenSSL's libcrypto, which uses the CPU's
/// SHA extensions and vector units: on the benchmark machine SHA-256 runs at 1.7 GB/s against
/// 0.4 GB/s for libsodium's (and coreutils' sha256sum), and BLAKE2b-512 at 1.2 GB/s against
/// 0.65 GB/s for libsodium's. Packages are hashed with both on every download and install.
class Digest
{
public:
    enum class Algorithm {
        Sha256, ///< what the signed catalog pins files with; the audit log's chain
        Blake2b512, ///< minisign's prehash (unkeyed, 64 bytes: libsodium's crypto_generichash)
    };

    explicit Digest(Algorithm algorithm);
    ~Digest();
    Digest(const Digest&) = delete;
    Digest& operator=(const Digest&) = delete;

    void addData(QByteArrayView data);
    /// Adds everything @p device has left to read, in 1 MiB blocks; false on a read error.
    bool addData(QIODevice* device);

    /// The digest's bytes. Call once.
    QByteArray result();
    /// The digest in lower-case hex. Call once.
    QString hexResult();

    static QByteArray hash(Algorithm algorithm, QByteArrayView data);

private:
    evp_md_ctx_st* m_context;
};

/// SHA-256: the hash the signed catalog pins every package and catalog file with.
class Sha256 : public Digest
{
public:
    static constexpr qsizetype Size = 32; ///< bytes in a digest

    Sha256()
        : Digest(Algorithm::Sha256)
    {
    }

    static QByteArray hash(QByteArrayView data) { return Digest::hash(Algorithm::Sha256, data); }
    /// 64 lower-case hex digits.
    static QString hex(QByteArrayView data) { return QString::fromLatin1(hash(data).toHex()); }
};

} // namespace ms
