#include "registry/PackageHasher.h"

#include "core/Digest.h"

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ms {

/// One thread and the bytes waiting for it, consumed in order.
class PackageHasher::Lane
{
public:
    Lane(std::function<void(QByteArrayView)> consume, qint64 maxQueuedBytes)
        : m_consume(std::move(consume))
        , m_maxQueued(maxQueuedBytes)
        , m_thread([this] { run(); })
    {
    }

    ~Lane() { close(true); }

    void push(const QByteArray& bytes)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [this] { return m_queued < m_maxQueued || m_queue.empty(); });
        m_queue.push_back(bytes);
        m_queued += bytes.size();
        m_ready.notify_one();
    }

    /// Lets the thread finish what is queued (or drop it, @p discard) and joins it.
    void close(bool discard = false)
    {
        {
            std::lock_guard lock(m_mutex);
            m_closed = true;
            if (discard) {
                m_queue.clear();
                m_queued = 0;
            }
            m_ready.notify_one();
        }
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    void run()
    {
        for (;;) {
            QByteArray bytes;
            {
                std::unique_lock lock(m_mutex);
                m_ready.wait(lock, [this] { return m_closed || !m_queue.empty(); });
                if (m_queue.empty())
                    return; // closed, and nothing left
                bytes = std::move(m_queue.front());
                m_queue.pop_front();
                m_queued -= bytes.size();
                m_room.notify_one();
            }
            m_consume(bytes);
        }
    }

    std::function<void(QByteArrayView)> m_consume;
    const qint64 m_maxQueued;
    std::mutex m_mutex;
    std::condition_variable m_ready; ///< bytes queued, or closed
    std::condition_variable m_room; ///< the queue shrank
    std::deque<QByteArray> m_queue;
    qint64 m_queued = 0;
    bool m_closed = false;
    std::thread m_thread; // last: started once everything above exists
};

struct PackageHasher::State
{
    explicit State(MinisignVerifier::Stream stream)
        : signature(std::move(stream))
    {
    }

    Sha256 sha256;
    MinisignVerifier::Stream signature;
    Status signatureUpdate; // the first failure of Stream::update(); later bytes are not fed
};

PackageHasher::PackageHasher(MinisignVerifier::Stream signature, qint64 maxQueuedBytes)
{
    auto state = std::make_shared<State>(std::move(signature));
    m_sha256 = std::make_unique<Lane>([state](QByteArrayView bytes) { state->sha256.addData(bytes); },
                                      maxQueuedBytes);
    m_signature = std::make_unique<Lane>(
        [state](QByteArrayView bytes) {
            if (state->signatureUpdate)
                state->signatureUpdate = state->signature.update(bytes);
        },
        maxQueuedBytes);
    m_state = state;
}

PackageHasher::~PackageHasher() = default;

void PackageHasher::add(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    m_bytes += bytes.size();
    m_sha256->push(bytes);
    m_signature->push(bytes);
}

PackageHasher::Outcome PackageHasher::finish()
{
    m_sha256->close();
    m_signature->close();
    Outcome outcome;
    outcome.bytes = m_bytes;
    outcome.sha256 = m_state->sha256.hexResult();
    outcome.signature = m_state->signatureUpdate ? m_state->signature.finish()
                                                 : Result<QString>(m_state->signatureUpdate.error());
    return outcome;
}

} // namespace ms
