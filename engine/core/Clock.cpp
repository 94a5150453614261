#include "core/Clock.h"

#include <QElapsedTimer>

namespace ms {

namespace {

class SystemClock final : public Clock
{
public:
    SystemClock() { m_timer.start(); }
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
    qint64 monotonicMs() const override { return m_timer.elapsed(); }

private:
    QElapsedTimer m_timer;
};

} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}

ManualClock::ManualClock(QDateTime start)
    : m_now(std::move(start))
{
}

void ManualClock::set(const QDateTime& t)
{
    m_monotonic += m_now.msecsTo(t) > 0 ? m_now.msecsTo(t) : 0;
    m_now = t;
}

void ManualClock::advanceMs(qint64 ms)
{
    m_now = m_now.addMSecs(ms);
    m_monotonic += ms;
}

} // namespace ms
