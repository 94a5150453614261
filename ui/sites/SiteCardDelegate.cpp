#include "sites/SiteCardDelegate.h"

#include "common/Colours.h"
#include "health/HealthState.h"
#include "models/SiteTableModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr int Margin = 6; // between cards
constexpr int Padding = 12; // inside a card
const QColor ConflictRed = Colours::conflict();

} // namespace

SiteCardDelegate::SiteCardDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{
}

QSize SiteCardDelegate::cardSize()
{
    const QFontMetrics fm(QApplication::font());
    // Five lines of text (the title a little larger) plus padding.
    return {qMax(300, fm.averageCharWidth() * 42), fm.height() * 6 + 2 * Padding + 2 * Margin + 8};
}

QSize SiteCardDelegate::sizeHint(const QStyleOptionViewItem&, const QModelIndex&) const
{
    return cardSize();
}

QColor SiteCardDelegate::healthColor(int state)
{
    if (state < 0)
        return QColor(0x95, 0xa5, 0xa6);
    switch (ScopeState(state)) {
    case ScopeState::Up:
        return QColor(0x1e, 0x84, 0x49);
    case ScopeState::NotReady:
        return QColor(0xd6, 0x8a, 0x10);
    case ScopeState::Down:
        return ConflictRed;
    case ScopeState::Starting:
        return QColor(0x28, 0x74, 0xa6);
    case ScopeState::Unknown:
        break;
    }
    return QColor(0x7f, 0x8c, 0x8d);
}

void SiteCardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = option.palette;
    const bool selected = option.state & QStyle::State_Selected;
    const bool hovered = option.state & QStyle::State_MouseOver;
    const bool missing = index.data(SiteTableModel::StatusRole).toInt() == int(SiteStatus::Missing);
    const bool conflicted = index.data(SiteTableModel::ConflictRole).toBool();

    const QRectF card = QRectF(option.rect).adjusted(Margin, Margin, -Margin, -Margin);
    QPainterPath path;
    path.addRoundedRect(card, 6, 6);
    // Colours are mixed from the palette's own, so that a card reads on light and dark themes:
    // the selected card is the base tinted with the highlight, and secondary text sits 40 % of
    // the way from the text colour to the card's (about 5:1 against white, where the palette's
    // disabled grey was under 2:1).
    using Colours::mix;
    const QColor fill = selected ? mix(pal.color(QPalette::Base), pal.color(QPalette::Highlight), 0.28f)
                                 : pal.color(QPalette::Base);
    painter->fillPath(path, fill);
    QPen border(selected ? pal.color(QPalette::Highlight)
                         : (hovered ? pal.color(QPalette::Mid) : pal.color(QPalette::Midlight)));
    border.setWidthF(selected ? 2.0 : 1.0);
    painter->setPen(border);
    painter->drawPath(path);

    const QColor text = missing ? pal.color(QPalette::Disabled, QPalette::Text) : pal.color(QPalette::Text);
    const QColor dim = mix(pal.color(QPalette::Text), fill, 0.4f);
    const QRect inner = card.toRect().adjusted(Padding, Padding - 2, -Padding, -Padding);
    QFont base = option.font;
    QFont titleFont = base;
    titleFont.setBold(true);
    if (base.pointSizeF() > 0)
        titleFont.setPointSizeF(base.pointSizeF() * 1.15);
    const QFontMetrics fm(base);
    const QFontMetrics tfm(titleFont);

    // Health badge, top right.
    const int health = index.data(SiteTableModel::HealthStateRole).toInt();
    const QString healthLabel = SiteTableModel::healthText(health);
    QFont badgeFont = base;
    if (base.pointSizeF() > 0)
        badgeFont.setPointSizeF(base.pointSizeF() * 0.9);
    const QFontMetrics bfm(badgeFont);
    const int badgeWidth = bfm.horizontalAdvance(healthLabel) + 22;
    const QRect badge(inner.right() - badgeWidth, inner.top(), badgeWidth, bfm.height() + 4);
    const QColor badgeColor = healthColor(health);
    QPainterPath pill;
    pill.addRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    QColor pillFill = badgeColor;
    pillFill.setAlpha(40);
    painter->fillPath(pill, pillFill);
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColor);
    painter->drawEllipse(QPointF(badge.left() + 9, badge.center().y() + 0.5), 3.5, 3.5);
    painter->setFont(badgeFont);
    painter->setPen(badgeColor.darker(130));
    painter->drawText(badge.adjusted(16, 0, -4, 0), Qt::AlignVCenter | Qt::AlignLeft, healthLabel);

    // Title and, beneath it, the name and the environment.
    int y = inner.top();
    painter->setFont(titleFont);
    painter->setPen(text);
    const QRect titleRect(inner.left(), y, inner.width() - badgeWidth - 8, tfm.height());
    painter->drawText(
        titleRect, Qt::AlignLeft | Qt::AlignVCenter,
        tfm.elidedText(index.data(SiteTableModel::TitleRole).toString(), Qt::ElideRight, titleRect.width()));
    y += tfm.height() + 2;

    painter->setFont(base);
    const QString environment = index.data(SiteTableModel::EnvironmentRole).toString();
    QString subtitle = index.data(SiteTableModel::SiteNameRole).toString();
    if (!environment.isEmpty())
        subtitle = tr("%1 · %2").arg(subtitle, environment);
    if (missing)
        subtitle = tr("%1 · missing from disk").arg(subtitle);
    painter->setPen(dim);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(subtitle, Qt::ElideRight, inner.width()));
    y += fm.height() + 4;

    // Domains.
    const QStringList domains = index.data(SiteTableModel::DomainsRole).toStringList();
    painter->setPen(text);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(domains.isEmpty() ? tr("No domain") : domains.join(u", "_s),
                                    Qt::ElideRight, inner.width()));
    y += fm.height() + 2;

    // Port (red in a conflict) and installed modules.
    const int port = index.data(SiteTableModel::PortRole).toInt();
    QString portText = port > 0 ? tr("Port %1").arg(port) : tr("No port");
    if (port > 0 && index.data(SiteTableModel::PortDerivedRole).toBool())
        portText = tr("Port %1 (derived)").arg(port);
    if (conflicted)
        portText = tr("%1 — conflict").arg(portText);
    QFont portFont = base;
    portFont.setBold(conflicted);
    painter->setFont(portFont);
    painter->setPen(conflicted ? ConflictRed : text);
    const int portWidth = QFontMetrics(portFont).horizontalAdvance(portText);
    painter->drawText(QRect(inner.left(), y, portWidth + 2, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      portText);
    painter->setFont(base);
    painter->setPen(text);
    const int modules = index.data(SiteTableModel::ModuleCountRole).toInt();
    const QString moduleText = modules < 0 ? tr("modules not read") : tr("%n module(s)", nullptr, modules);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                      moduleText);
    y += fm.height() + 2;

    // Features.
    const QStringList features = index.data(SiteTableModel::FeaturesRole).toStringList();
    painter->setPen(dim);
    painter->drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(features.isEmpty() ? tr("No features enabled")
                                                       : tr("Features: %1").arg(features.join(u", "_s)),
                                    Qt::ElideRight, inner.width()));

    if (option.state & QStyle::State_HasFocus && selected) {
        QPen focus(pal.color(QPalette::Highlight));
        focus.setStyle(Qt::DotLine);
        painter->setPen(focus);
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(2, 2, -2, -2), 5, 5);
    }
    painter->restore();
}

} // namespace ms
