#include "health/TimeWindow.h"

namespace ms {

TimeWindow TimeWindow::last(qint64 ms, const QDateTime& now)
{
    return {now.addMSecs(-ms), now};
}

std::optional<qint64> TimeWindow::parseDuration(QStringView text)
{
    text = text.trimmed();
    if (text.size() < 2)
        return std::nullopt;
    qint64 unit = 0;
    switch (text.back().unicode()) {
    case 's':
        unit = 1000;
        break;
    case 'm':
        unit = 60LL * 1000;
        break;
    case 'h':
        unit = 3600LL * 1000;
        break;
    case 'd':
        unit = 24LL * 3600 * 1000;
        break;
    case 'w':
        unit = 7LL * 24 * 3600 * 1000;
        break;
    default:
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = text.chopped(1).toLongLong(&ok);
    // Up to ten years: beyond that nothing is kept anyway.
    if (!ok || n <= 0 || n > 3660LL * 24 * 3600 * 1000 / unit)
        return std::nullopt;
    return n * unit;
}

std::optional<TimeWindow> TimeWindow::since(const QString& text, const QDateTime& now)
{
    if (const auto ms = parseDuration(text))
        return last(*ms, now);
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    if (t >= now)
        return std::nullopt;
    return TimeWindow {t.toUTC(), now};
}

} // namespace ms
