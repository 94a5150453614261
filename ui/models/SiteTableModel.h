#pragma once

#include "discovery/Site.h"

#include <QAbstractTableModel>
#include <QSet>

namespace ms {

/// The inventory as a table: one row per site, sorted by name. setSites() applies a new
/// list as row removals, insertions and changes (not a reset), so selections and scroll
/// positions survive rescans.
class SiteTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Port, Domains, Environment, Status, Plugins, ColumnCount };
    enum Role {
        SiteNameRole = Qt::UserRole + 1, ///< the site's name (QString)
        ConflictRole,                    ///< true when the site is in a port or domain conflict
        StatusRole,                      ///< SiteStatus as int
    };

    explicit SiteTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the content with @p sites (any order).
    void setSites(QList<Site> sites);
    /// Marks the sites in a conflict.
    void setConflicted(const QSet<QString>& siteNames);

    const QList<Site>& sites() const { return m_sites; }
    const Site* site(const QString& name) const;
    int rowOf(const QString& name) const;

    static QString statusText(SiteStatus status);

private:
    QList<Site> m_sites;
    QSet<QString> m_conflicted;
};

} // namespace ms
