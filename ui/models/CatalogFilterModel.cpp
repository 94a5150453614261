#include "models/CatalogFilterModel.h"

#include "models/CatalogModel.h"
#include "registry/CatalogIndex.h"

namespace ms {

CatalogFilterModel::CatalogFilterModel(CatalogModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_catalog(source)
{
    setSourceModel(source);
    // A new catalog means new positions: the matches are looked up again.
    connect(source, &QAbstractItemModel::modelReset, this, [this] { research(); });
    research();
    sort(0);
}

void CatalogFilterModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    research();
}

void CatalogFilterModel::research()
{
    m_rank.clear();
    const auto index = m_catalog->searchIndex();
    if (index && !m_text.isEmpty()) {
        m_rank.assign(size_t(m_catalog->rowCount()), -1);
        const QList<CatalogIndex::Match> matches = index->search(m_text);
        for (qsizetype i = 0; i < matches.size(); ++i) {
            if (matches[i].module >= 0 && size_t(matches[i].module) < m_rank.size())
                m_rank[size_t(matches[i].module)] = int(i);
        }
    }
    invalidate();
}

void CatalogFilterModel::setKind(std::optional<int> kind)
{
    m_kind = kind;
    invalidateFilter();
}

void CatalogFilterModel::setTag(const QString& tag)
{
    m_tag = tag;
    invalidateFilter();
}

void CatalogFilterModel::setInstalledOnly(bool on)
{
    m_installedOnly = on;
    invalidateFilter();
}

void CatalogFilterModel::setUpdatesOnly(bool on)
{
    m_updatesOnly = on;
    invalidateFilter();
}

bool CatalogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_text.isEmpty() && (size_t(sourceRow) >= m_rank.size() || m_rank[size_t(sourceRow)] < 0))
        return false;
    const QModelIndex index = m_catalog->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(CatalogModel::KindRole).toInt() != *m_kind)
        return false;
    if (!m_tag.isEmpty() && !index.data(CatalogModel::TagsRole).toStringList().contains(m_tag))
        return false;
    if (m_installedOnly && index.data(CatalogModel::InstalledCountRole).toInt() == 0)
        return false;
    if (m_updatesOnly && !index.data(CatalogModel::UpdateAvailableRole).toBool())
        return false;
    return true;
}

bool CatalogFilterModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // While searching, the best matches come first; otherwise the catalog's order (by name)
    // unless the administrator sorts by a column.
    if (!m_text.isEmpty() && sortColumn() == 0 && size_t(left.row()) < m_rank.size()
        && size_t(right.row()) < m_rank.size())
        return m_rank[size_t(left.row())] < m_rank[size_t(right.row())];
    if (sortColumn() == 0)
        return left.row() < right.row();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace ms
