#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QIODevice>
#include <QString>

struct evp_md_ctx_st; // OpenSSL's EVP_MD_CTX

namespace ms {

/// SHA-256, fed in pieces: the hash the signed catalog pins every package and catalog file
/// with, computed on every download, install, refresh and start, and the audit log's chain.
///
/// OpenSSL's libcrypto computes it, with the CPU's SHA extensions where there are some: about
/// 1.7 GB/s on the benchmark machine, against 0.4 GB/s for libsodium's and coreutils'
/// sha256sum and less for QCryptographicHash's (docs/benchmarks.md, bench_install). A 50 MB
/// package is hashed in about 30 ms instead of 130.
class Sha256
{
public:
    static constexpr qsizetype Size = 32; ///< bytes in a digest

    Sha256();
    ~Sha256();
    Sha256(const Sha256&) = delete;
    Sha256& operator=(const Sha256&) = delete;

    void addData(QByteArrayView data);
    /// Adds everything @p device has left to read, in 1 MiB blocks; false on a read error.
    bool addData(QIODevice* device);

    /// The digest's 32 bytes. Call once.
    QByteArray result();
    /// The digest as 64 lower-case hex digits. Call once.
    QString hexResult();

    static QByteArray hash(QByteArrayView data);
    static QString hex(QByteArrayView data);

private:
    evp_md_ctx_st* m_context;
};

} // namespace ms
