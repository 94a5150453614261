#pragma once

#include "core/Result.h"
#include "registry/MinisignVerifier.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace ms {

/// Checks a package's bytes while they are still arriving: its SHA-256, and its minisign
/// signature's hash, each computed on a thread of its own, so that the thread receiving the
/// bytes only hands them over and the checks are done about when the last byte is in.
///
///     PackageHasher hasher(std::move(*verifier.begin(signature, url)));
///     hasher.add(bytes);          // as they come, in order
///     const auto done = hasher.finish();   // waits for both threads
///
/// The bytes are shared with the threads, not copied. add() waits only when a thread is more
/// than @p maxQueuedBytes behind (a network faster than the hashes), which bounds memory.
class PackageHasher
{
public:
    static constexpr qint64 DefaultMaxQueuedBytes = 64 * 1024 * 1024;

    struct Outcome
    {
        qint64 bytes = 0; ///< everything added
        QString sha256; ///< 64 lower-case hex digits
        Result<QString> signature = QString(); ///< the trusted comment, or why it does not verify
    };

    explicit PackageHasher(MinisignVerifier::Stream signature, qint64 maxQueuedBytes = DefaultMaxQueuedBytes);
    /// Stops the threads; what was not finished is thrown away.
    ~PackageHasher();
    PackageHasher(const PackageHasher&) = delete;
    PackageHasher& operator=(const PackageHasher&) = delete;

    /// Hands over the next bytes. Use from one thread at a time.
    void add(const QByteArray& bytes);
    /// Waits until every byte is hashed and gives the results. Call once; add() no more.
    Outcome finish();

private:
    class Lane;
    struct State;
    std::shared_ptr<State> m_state; // shared with the lanes' threads, which go first
    std::unique_ptr<Lane> m_sha256;
    std::unique_ptr<Lane> m_signature;
    qint64 m_bytes = 0;
};

} // namespace ms
