#pragma once

#include <QPalette>

class QChart;

namespace ms {

/// Qt Charts' themes are fixed light or dark; the console's charts follow the widget palette
/// instead (background, text, grid), so that they match the system's light or dark theme.
class ChartStyle
{
public:
    /// Colours @p chart, its legend and every axis it has now from @p palette.
    static void apply(QChart* chart, const QPalette& palette);

    /// Series colours that read on light and dark backgrounds alike.
    static QColor failures() { return QColor(0xd6, 0x45, 0x45); }
    static QColor latency() { return QColor(0x3d, 0x7b, 0xd9); }
    static QColor uptime() { return QColor(0x2e, 0x9d, 0x52); }
};

} // namespace ms
