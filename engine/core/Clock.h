#pragma once

#include <QDateTime>
#include <QtGlobal>

namespace ms {

/// The time as the engine sees it. Production code takes a `const Clock&` so that tests can
/// replace it with a ManualClock (expiry checks, probe periods, retention, backoff).
class Clock
{
public:
    virtual ~Clock() = default;
    /// Wall-clock time in UTC.
    virtual QDateTime now() const = 0;
    /// Milliseconds on a monotonic clock, for durations and timeouts.
    virtual qint64 monotonicMs() const = 0;

    /// The real clock.
    static const Clock& system();
};

/// A clock that only moves when told to. For tests and for replaying recorded data.
class ManualClock : public Clock
{
public:
    explicit ManualClock(QDateTime start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC));
    QDateTime now() const override { return m_now; }
    qint64 monotonicMs() const override { return m_monotonic; }
    void set(const QDateTime& t);
    void advanceMs(qint64 ms);
    void advanceSecs(qint64 secs) { advanceMs(secs * 1000); }

private:
    QDateTime m_now;
    qint64 m_monotonic = 0;
};

} // namespace ms
