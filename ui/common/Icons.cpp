#include "Icons.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

static void initIconResources()
{
    // The icons are compiled into this static library; its resources need an explicit init.
    Q_INIT_RESOURCE(icons);
}

namespace ms {

QIcon Icons::bundled(const QString& name, const QPalette& palette)
{
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    QFile file(u":/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QIcon icon;
    for (const auto& [mode, group] :
         {std::pair {QIcon::Normal, QPalette::Active}, std::pair {QIcon::Disabled, QPalette::Disabled},
          std::pair {QIcon::Selected, QPalette::Active}}) {
        const QColor colour = mode == QIcon::Selected ? palette.color(group, QPalette::HighlightedText)
                                                      : palette.color(group, QPalette::WindowText);
        QByteArray svg = file.readAll();
        file.seek(0);
        svg.replace("currentColor", colour.name().toLatin1());
        QSvgRenderer renderer(svg);
        for (int size : {16, 20, 24, 32, 40, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode);
        }
    }
    return icon;
}

QIcon Icons::themed(const QString& themeName, const QString& name, const QPalette& palette)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return bundled(name, palette);
}

} // namespace ms
