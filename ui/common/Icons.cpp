#include "Icons.h"

#include <QFile>
#include <QHash>
#include <QIconEngine>
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

namespace {

/// Draws a stroke-style SVG in one colour per icon mode, at whatever size is asked for and
/// only when it is asked for: nothing is rendered while the window is being built, and the
/// pixmaps for 200 % scale are drawn at that scale instead of being scaled up.
class TintedSvgEngine final : public QIconEngine
{
public:
    TintedSvgEngine(QByteArray svg, const QPalette& palette)
        : m_svg(std::move(svg))
        , m_normal(palette.color(QPalette::Active, QPalette::WindowText))
        , m_disabled(palette.color(QPalette::Disabled, QPalette::WindowText))
        , m_selected(palette.color(QPalette::Active, QPalette::HighlightedText))
    {
    }

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State) override
    {
        QByteArray svg = m_svg;
        svg.replace("currentColor", colour(mode).name().toLatin1());
        QSvgRenderer(svg).render(painter, rect);
    }

    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override
    {
        const quint64 key = (quint64(size.width()) << 40) | (quint64(size.height()) << 16) | quint64(modeKey(mode));
        if (auto it = m_cache.constFind(key); it != m_cache.cend())
            return *it;
        QPixmap pixmap(size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        paint(&painter, QRect(QPoint(0, 0), size), mode, state);
        painter.end();
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    QSize actualSize(const QSize& size, QIcon::Mode, QIcon::State) override { return size; }
    QIconEngine* clone() const override { return new TintedSvgEngine(*this); }
    QString key() const override { return u"mothership-tinted-svg"_s; }

private:
    static int modeKey(QIcon::Mode mode) { return mode == QIcon::Active ? int(QIcon::Normal) : int(mode); }
    QColor colour(QIcon::Mode mode) const
    {
        switch (mode) {
        case QIcon::Disabled:
            return m_disabled;
        case QIcon::Selected:
            return m_selected;
        case QIcon::Normal:
        case QIcon::Active:
            break;
        }
        return m_normal;
    }

    QByteArray m_svg;
    QColor m_normal;
    QColor m_disabled;
    QColor m_selected;
    QHash<quint64, QPixmap> m_cache;
};

} // namespace

QIcon Icons::bundled(const QString& name, const QPalette& palette)
{
    static const bool initialised = (initIconResources(), true);
    Q_UNUSED(initialised);
    QFile file(u":/icons/%1.svg"_s.arg(name));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new TintedSvgEngine(file.readAll(), palette));
}

QIcon Icons::themed(const QString& themeName, const QString& name, const QPalette& palette)
{
    if (QIcon::hasThemeIcon(themeName))
        return QIcon::fromTheme(themeName);
    return bundled(name, palette);
}

} // namespace ms
