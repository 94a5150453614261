#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>

namespace ms {

/// Where a Transfer puts the bytes it receives. A sink that already holds the first bytes
/// of the resource (a partial download) reports them through offset(), and the transfer
/// asks the server for the rest only (Range). A sink is used by one thread at a time.
class TransferSink
{
public:
    virtual ~TransferSink() = default;
    /// Bytes already held from an earlier attempt; 0 to start from the beginning.
    virtual qint64 offset() const = 0;
    /// Drops what is held: the server sent the whole resource instead of the rest.
    [[nodiscard]] virtual Status restart() = 0;
    /// Appends the next bytes. The sink may keep @p data (it is shared, not copied): the
    /// transfer hands over each block once and never writes into it again.
    [[nodiscard]] virtual Status write(const QByteArray& data) = 0;
};

/// A sink in memory for small resources (a catalog, a signature). It never resumes: each
/// attempt starts again from the first byte.
class MemorySink : public TransferSink
{
public:
    qint64 offset() const override { return 0; }
    Status restart() override
    {
        m_data.clear();
        return {};
    }
    Status write(const QByteArray& data) override
    {
        m_data.append(data);
        return {};
    }
    const QByteArray& data() const { return m_data; }
    QByteArray take() { return std::exchange(m_data, {}); }

private:
    QByteArray m_data;
};

} // namespace ms
