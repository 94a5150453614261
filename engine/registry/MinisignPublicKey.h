#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ms {

/// A minisign public key: an Ed25519 key and the 8-byte key id that signatures name.
///
/// Reads the two-line `.pub` file that `minisign -G` writes ("untrusted comment: minisign
/// public key <ID>" and the base64 key) and the bare base64 line that `minisign -P` takes.
class MinisignPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(MinisignPublicKey)

public:
    MinisignPublicKey() = default;

    /// Parses a `.pub` file's content or a bare base64 key. Errors (Parse, Unsupported for a
    /// key that is not Ed25519) name @p origin — the file or setting the text came from.
    [[nodiscard]] static Result<MinisignPublicKey> parse(QByteArrayView text, const QString& origin = {});
    /// Reads and parses the file at @p path.
    [[nodiscard]] static Result<MinisignPublicKey> load(const QString& path);
    /// Builds a key from its parts; @p keyId is 8 bytes and @p key 32, else the result is null.
    static MinisignPublicKey fromParts(const QByteArray& keyId, const QByteArray& key);

    bool isNull() const { return m_key.isEmpty(); }
    /// The 8 key id bytes as stored.
    const QByteArray& keyId() const { return m_keyId; }
    /// The key id as minisign prints it ("913D4033598832DD").
    QString keyIdHex() const;
    /// The 32-byte Ed25519 public key.
    const QByteArray& key() const { return m_key; }
    /// The untrusted comment of the `.pub` file, empty for a bare key.
    const QString& comment() const { return m_comment; }

    /// The base64 line ("RWQ…"), as `minisign -P` takes it.
    QByteArray toBase64() const;
    /// A `.pub` file as `minisign -G` writes it.
    QByteArray toFileContent() const;

    friend bool operator==(const MinisignPublicKey& a, const MinisignPublicKey& b)
    {
        return a.m_keyId == b.m_keyId && a.m_key == b.m_key;
    }

private:
    QByteArray m_keyId;
    QByteArray m_key;
    QString m_comment;
};

} // namespace ms
