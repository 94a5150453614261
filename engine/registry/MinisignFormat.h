#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ms {

/// The byte layout of minisign's files and the helpers the key and signature classes share.
/// Internal to the registry subsystem; callers use MinisignPublicKey, MinisignSecretKey,
/// MinisignSignature and MinisignVerifier.
///
/// Every minisign file is lines of text: an "untrusted comment: " line, then a base64 line
/// (standard alphabet, padded). Binary layouts, all little-endian:
///   public key  "Ed" | key id (8) | Ed25519 public key (32)
///   signature   "Ed" or "ED" | key id (8) | Ed25519 signature (64)
///   secret key  "Ed" | kdf "Sc" or "\0\0" | "B2" | salt (32) | opslimit (8) | memlimit (8)
///               | key id (8) | Ed25519 secret key (64) | BLAKE2b-256 checksum (32)
class MinisignFormat
{
    Q_DECLARE_TR_FUNCTIONS(MinisignFormat)

public:
    static constexpr qsizetype AlgorithmBytes = 2;
    static constexpr qsizetype KeyIdBytes = 8;
    static constexpr qsizetype PublicKeyBytes = 32;
    static constexpr qsizetype SecretKeyBytes = 64;
    static constexpr qsizetype SignatureBytes = 64;
    /// BLAKE2b-512, the prehash of "ED" signatures.
    static constexpr qsizetype PrehashBytes = 64;
    /// minisign's COMMENTMAXBYTES and TRUSTEDCOMMENTMAXBYTES, prefixes and line end included.
    static constexpr qsizetype CommentMaxBytes = 1024;
    static constexpr qsizetype TrustedCommentMaxBytes = 8192;
    /// No key or signature file comes near this; anything larger is not one.
    static constexpr qsizetype MaxFileBytes = 16 * 1024;

    static QByteArrayView untrustedPrefix() { return "untrusted comment: "; }
    static QByteArrayView trustedPrefix() { return "trusted comment: "; }

    /// Initialises libsodium (once per process; thread-safe). Returns an Internal error
    /// naming @p subject when the library cannot start.
    [[nodiscard]] static Status initSodium(const QString& subject);

    /// A key id as minisign prints it: the 8 bytes read as a little-endian integer, in
    /// upper-case hex ("913D4033598832DD").
    static QString keyIdHex(QByteArrayView keyId);

    /// Splits @p content into lines on "\n", dropping one "\r" before it and the empty lines
    /// at the very end.
    static QList<QByteArrayView> lines(QByteArrayView content);

    /// Decodes a padded standard base64 @p line that must hold exactly @p expectedBytes. The
    /// error (Parse) says which line (@p what, e.g. "the signature line") is wrong and how.
    [[nodiscard]] static Result<QByteArray> decodeLine(QByteArrayView line, qsizetype expectedBytes,
                                                       const QString& what, const QString& subject);

    /// Reads a small file whole (key or signature), refusing files over @p maxBytes.
    [[nodiscard]] static Result<QByteArray> readSmallFile(const QString& path,
                                                          qsizetype maxBytes = MaxFileBytes);

    /// Shows @p text for a message: printable ASCII kept, anything else escaped, and cut at
    /// 80 characters, so that a hostile file cannot forge a line in a log or a dialog.
    static QString printable(QByteArrayView text);
};

} // namespace ms
