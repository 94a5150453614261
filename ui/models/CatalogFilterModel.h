#pragma once

#include <QSortFilterProxyModel>
#include <optional>
#include <vector>

namespace ms {

class CatalogModel;

/// The Modules page's view of a CatalogModel: search text (through the catalog's index, so
/// a keystroke costs microseconds, ranked best first), and filters by kind, tag, installed
/// and update available.
class CatalogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CatalogFilterModel(CatalogModel* source, QObject* parent = nullptr);

    /// Words every shown module must contain (name, display name, tags, description).
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    /// Only modules of this kind (a ModuleKind as int); nullopt for every kind.
    void setKind(std::optional<int> kind);
    /// Only modules with this tag; empty for every tag.
    void setTag(const QString& tag);
    void setInstalledOnly(bool on);
    void setUpdatesOnly(bool on);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void research();

    CatalogModel* m_catalog;
    QString m_text;
    std::optional<int> m_kind;
    QString m_tag;
    bool m_installedOnly = false;
    bool m_updatesOnly = false;
    /// Per source row: its rank among the search's matches, -1 when it does not match.
    std::vector<int> m_rank;
};

} // namespace ms
