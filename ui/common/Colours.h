#pragma once

#include <QColor>

namespace ms {

/// Colours the console derives from the palette instead of hard-coding, so that they read on
/// light and dark themes alike.
namespace Colours {

/// @p from moved the fraction @p t (0 to 1) of the way to @p to, channel by channel.
inline QColor mix(const QColor& from, const QColor& to, float t)
{
    return QColor::fromRgbF(from.redF() + (to.redF() - from.redF()) * t,
                            from.greenF() + (to.greenF() - from.greenF()) * t,
                            from.blueF() + (to.blueF() - from.blueF()) * t);
}

/// The red of conflicts and failures.
inline QColor conflict()
{
    return QColor(0xc0, 0x39, 0x2b);
}

} // namespace Colours

} // namespace ms
