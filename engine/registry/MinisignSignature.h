#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace ms {

/// A minisign signature file (`.minisig`), parsed but not verified:
///
///     untrusted comment: <anything>
///     <base64 of "ED" or "Ed" | key id (8) | Ed25519 signature (64)>
///     trusted comment: <text covered by the global signature>
///     <base64 of the global signature (64) over signature ‖ trusted comment>
///
/// "ED" (minisign 0.11's default) signs the BLAKE2b-512 hash of the data; the legacy "Ed"
/// signs the data itself. Verification is MinisignVerifier's job; signing MinisignSecretKey's.
class MinisignSignature
{
    Q_DECLARE_TR_FUNCTIONS(MinisignSignature)

public:
    enum class Algorithm {
        Prehashed, ///< "ED": Ed25519 over BLAKE2b-512 of the data; streams in constant memory
        Legacy, ///< "Ed": Ed25519 over the data itself; needs the whole data at once
    };

    MinisignSignature() = default;

    /// Parses the content of a `.minisig` file. Errors (Parse; Unsupported for an unknown
    /// algorithm) say which line is wrong and name @p origin, the file it came from.
    [[nodiscard]] static Result<MinisignSignature> parse(QByteArrayView content, const QString& origin = {});
    /// Reads and parses the file at @p path.
    [[nodiscard]] static Result<MinisignSignature> load(const QString& path);

    /// The trusted comment minisign writes when none is given:
    /// "timestamp:<unix time>\tfile:<name>\thashed".
    static QString defaultTrustedComment(const QString& fileName, const QDateTime& when);

    Algorithm algorithm() const { return m_algorithm; }
    bool isNull() const { return m_signature.isEmpty(); }
    /// The 8 key id bytes of the key that made the signature (as claimed by the file).
    const QByteArray& keyId() const { return m_keyId; }
    QString keyIdHex() const;
    /// The 64-byte Ed25519 signature over the data (or its hash).
    const QByteArray& signature() const { return m_signature; }
    /// The trusted comment's bytes, without its prefix and line end, as signed.
    const QByteArray& trustedComment() const { return m_trustedComment; }
    /// The 64-byte Ed25519 signature over signature ‖ trusted comment.
    const QByteArray& globalSignature() const { return m_globalSignature; }
    const QByteArray& untrustedComment() const { return m_untrustedComment; }
    /// The file this signature was read from, if any (used in error messages).
    const QString& origin() const { return m_origin; }

    /// The file's content, byte for byte as minisign writes it.
    QByteArray toFileContent() const;

private:
    friend class MinisignSecretKey;

    Algorithm m_algorithm = Algorithm::Prehashed;
    QByteArray m_keyId;
    QByteArray m_signature;
    QByteArray m_trustedComment;
    QByteArray m_globalSignature;
    QByteArray m_untrustedComment;
    QString m_origin;
};

} // namespace ms
