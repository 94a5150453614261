#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QStringView>
#include <optional>

namespace ms {

/// A span of time [from, to) for statistics and charts.
struct TimeWindow
{
    Q_DECLARE_TR_FUNCTIONS(TimeWindow)

public:
    QDateTime from;
    QDateTime to;

    /// The @p ms milliseconds before @p now.
    static TimeWindow last(qint64 ms, const QDateTime& now);
    /// The console's choices: one hour, a day, a week, thirty days.
    static TimeWindow lastHour(const QDateTime& now) { return last(3600LL * 1000, now); }
    static TimeWindow lastDay(const QDateTime& now) { return last(24LL * 3600 * 1000, now); }
    static TimeWindow lastWeek(const QDateTime& now) { return last(7LL * 24 * 3600 * 1000, now); }
    static TimeWindow last30Days(const QDateTime& now) { return last(30LL * 24 * 3600 * 1000, now); }

    /// "90s", "15m", "1h", "24h", "7d", "2w": a positive number and a unit (s, m, h, d, w).
    static std::optional<qint64> parseDuration(QStringView text);
    /// From "--since": a duration back from @p now, or an ISO 8601 time (UTC unless it says).
    static std::optional<TimeWindow> since(const QString& text, const QDateTime& now);

    qint64 fromMs() const { return from.toMSecsSinceEpoch(); }
    qint64 toMs() const { return to.toMSecsSinceEpoch(); }
    qint64 lengthMs() const { return toMs() - fromMs(); }
    bool isValid() const { return from.isValid() && to.isValid() && from < to; }
};

} // namespace ms
