#pragma once

#include <QStyledItemDelegate>

namespace ms {

/// Paints one site of a SiteTableModel as a card: title and health badge, name and
/// environment, domains, port (red when in conflict), installed modules and features. Every
/// value comes from the model's roles, so a grid of thousands of sites paints from memory.
class SiteCardDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    /// Every card's size; the grid lays them out uniformly.
    static QSize cardSize();

    explicit SiteCardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    /// The badge's colour for a HealthStateRole value.
    static QColor healthColor(int state);
};

} // namespace ms
