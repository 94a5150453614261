#pragma once

#include "core/Result.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignSignature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

namespace ms {

/// A minisign secret key, for publishers who sign catalogs and packages
/// (`mothershipctl registry index DIR --sign KEY`).
///
/// Reads the files `minisign -G` writes: encrypted with a password (scrypt with the file's
/// own opslimit/memlimit, as minisign does, XORed with the key and checked with BLAKE2b) or
/// unencrypted (`-W`). The key lives in libsodium's guarded memory (locked, wiped on
/// release); the object is move-only so that no copy of it lingers.
///
/// Signatures are prehashed ("ED") — minisign 0.11's default — so that `minisign -Vm FILE
/// -p KEY` and MinisignVerifier accept them and files of any size sign in constant memory.
class MinisignSecretKey
{
    Q_DECLARE_TR_FUNCTIONS(MinisignSecretKey)

public:
    /// minisign's key derivation at its strongest setting needs 1 GiB; a file asking for more
    /// is refused rather than allowed to exhaust memory.
    static constexpr quint64 MaxKdfMemory = quint64(1) << 30;
    static constexpr const char* DefaultUntrustedComment = "signature from minisign secret key";

    MinisignSecretKey();
    ~MinisignSecretKey();
    MinisignSecretKey(MinisignSecretKey&&) noexcept;
    MinisignSecretKey& operator=(MinisignSecretKey&&) noexcept;
    MinisignSecretKey(const MinisignSecretKey&) = delete;
    MinisignSecretKey& operator=(const MinisignSecretKey&) = delete;

    /// Parses a secret key file's @p content, decrypting it with @p password when it is
    /// encrypted (the password is not needed, and ignored, for `-W` keys). Decryption takes
    /// seconds and up to 1 GiB of memory by design: call it off the GUI thread.
    /// Errors: Parse (not a key file), Unsupported (unknown algorithms, excessive KDF cost),
    /// InvalidArgument (encrypted and no password given), Integrity (wrong password or a
    /// damaged key). Errors name @p origin and never contain key material or the password.
    [[nodiscard]] static Result<MinisignSecretKey> parse(QByteArrayView content, QByteArrayView password,
                                                         const QString& origin = {});
    /// Reads the file at @p path and parses it; the read buffer is wiped afterwards.
    [[nodiscard]] static Result<MinisignSecretKey> load(const QString& path, QByteArrayView password);

    bool isNull() const { return !m_key; }
    /// The key id and public half, as the matching `.pub` file holds them.
    MinisignPublicKey publicKey() const;
    QString keyIdHex() const;

    /// Signs @p data (prehashed "ED"). @p trustedComment is covered by the signature;
    /// @p untrustedComment is not. Comments must be one line each and within minisign's
    /// limits, else InvalidArgument.
    [[nodiscard]] Result<MinisignSignature> sign(QByteArrayView data, const QString& trustedComment,
                                                 const QString& untrustedComment
                                                 = QString::fromLatin1(DefaultUntrustedComment)) const;
    /// Signs the file at @p path, reading it in chunks (constant memory). Blocking disk work:
    /// run it on a worker thread for large files.
    [[nodiscard]] Result<MinisignSignature> signFile(const QString& path, const QString& trustedComment,
                                                     const QString& untrustedComment
                                                     = QString::fromLatin1(DefaultUntrustedComment)) const;

private:
    struct Material;
    struct MaterialDeleter
    {
        void operator()(Material* material) const;
    };

    Result<MinisignSignature> signPrehashed(const unsigned char* hash, const QString& trustedComment,
                                            const QString& untrustedComment, const QString& subject) const;

    std::unique_ptr<Material, MaterialDeleter> m_key;
    QString m_origin;
};

} // namespace ms
