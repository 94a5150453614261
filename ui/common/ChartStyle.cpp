#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>

namespace ms {

void ChartStyle::apply(QChart* chart, const QPalette& palette)
{
    chart->setTheme(palette.color(QPalette::Base).lightness() < 128 ? QChart::ChartThemeDark
                                                                    : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(QPen(palette.color(QPalette::Mid)));
    chart->setBackgroundRoundness(4);
    chart->setTitleBrush(palette.brush(QPalette::Text));
    chart->legend()->setLabelColor(palette.color(QPalette::Text));
    QColor grid = palette.color(QPalette::Text);
    grid.setAlpha(40);
    for (QAbstractAxis* axis : chart->axes()) {
        axis->setLabelsColor(palette.color(QPalette::Text));
        axis->setTitleBrush(palette.brush(QPalette::Text));
        axis->setLinePenColor(palette.color(QPalette::Mid));
        axis->setGridLineColor(grid);
    }
}

} // namespace ms
