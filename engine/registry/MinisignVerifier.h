#pragma once

#include "core/Result.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignSignature.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

namespace ms {

/// Checks minisign signatures against a set of trusted public keys, as `minisign -V` does:
///  1. the signature's key id must be one of the trusted keys' (else Untrusted),
///  2. the signature must verify over the data — its BLAKE2b-512 hash for "ED", the data
///     itself for legacy "Ed" — with that key,
///  3. the global signature must verify over signature ‖ trusted comment.
/// Only then is the trusted comment returned. When 2 or 3 fails the error says which thing
/// is wrong: the data (Integrity), the trusted comment (Integrity), or a signature made by
/// another key under a trusted key's id (Untrusted). A verifier is immutable; its const functions
/// may run on several threads at once.
class MinisignVerifier
{
    Q_DECLARE_TR_FUNCTIONS(MinisignVerifier)

public:
    struct Options
    {
        /// Accept legacy "Ed" signatures (minisign -V does unless given -H).
        bool allowLegacy = true;
        /// A legacy signature covers the data itself, so checking one needs the whole data in
        /// memory. Larger data is refused (Unsupported) with advice to sign it prehashed.
        qint64 legacyMaxBytes = qint64(64) << 20;
    };

    class Stream;

    explicit MinisignVerifier(QList<MinisignPublicKey> trustedKeys);
    MinisignVerifier(QList<MinisignPublicKey> trustedKeys, Options options);

    const QList<MinisignPublicKey>& trustedKeys() const { return m_keys; }
    const Options& options() const { return m_options; }

    /// Verifies @p data against @p signature. Returns the trusted comment (UTF-8 decoded).
    /// Errors name @p subject (the data's file or URL), or the signature's file for problems
    /// with the signature itself.
    [[nodiscard]] Result<QString> verify(QByteArrayView data, const MinisignSignature& signature,
                                         const QString& subject = {}) const;
    /// Verifies the file at @p path, reading it in chunks: constant memory for prehashed
    /// signatures, up to Options::legacyMaxBytes for legacy ones. Blocking disk and CPU work —
    /// call it from a worker thread for large files.
    [[nodiscard]] Result<QString> verifyFile(const QString& path, const MinisignSignature& signature) const;

    /// Starts an incremental verification (e.g. of a download as its bytes arrive). The key
    /// id is checked at once, so a signature by an unknown key fails before any data is read.
    [[nodiscard]] Result<Stream> begin(const MinisignSignature& signature, const QString& subject = {}) const;

private:
    QList<MinisignPublicKey> m_keys;
    Options m_options;
};

/// One verification in progress: feed the data with update() in order, then call finish().
/// Move-only; use it from one thread at a time.
class MinisignVerifier::Stream
{
    Q_DECLARE_TR_FUNCTIONS(MinisignVerifier)

public:
    ~Stream();
    Stream(Stream&&) noexcept;
    Stream& operator=(Stream&&) noexcept;
    Stream(const Stream&) = delete;
    Stream& operator=(const Stream&) = delete;

    /// Adds the next chunk of data. Fails (Unsupported) when a legacy signature's data grows
    /// past the cap; the stream is then spent.
    [[nodiscard]] Status update(QByteArrayView chunk);
    /// Checks both signatures over everything fed so far and returns the trusted comment. The
    /// stream is spent afterwards.
    [[nodiscard]] Result<QString> finish();

    /// Bytes fed so far.
    qint64 bytesSeen() const { return m_seen; }

private:
    friend class MinisignVerifier;
    struct State;
    Stream(MinisignPublicKey key, MinisignSignature signature, QString subject, qint64 legacyMaxBytes);

    std::unique_ptr<State> m_state;
    MinisignPublicKey m_key;
    MinisignSignature m_signature;
    QString m_subject;
    qint64 m_legacyMaxBytes = 0;
    qint64 m_seen = 0;
    QByteArray m_legacyData;
    Error m_failed;
};

} // namespace ms
