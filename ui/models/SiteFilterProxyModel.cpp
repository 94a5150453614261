#include "models/SiteFilterProxyModel.h"

#include "models/SiteTableModel.h"

using namespace Qt::StringLiterals;

namespace ms {

SiteFilterProxyModel::SiteFilterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setDynamicSortFilter(true);
}

void SiteFilterProxyModel::setSearchText(const QString& text)
{
    if (text.trimmed() == m_search)
        return;
    m_search = text.trimmed();
    invalidateRowsFilter();
}

void SiteFilterProxyModel::setEnvironment(const QString& environment)
{
    if (environment == m_environment)
        return;
    m_environment = environment;
    invalidateRowsFilter();
}

void SiteFilterProxyModel::setHealthState(int state)
{
    if (state == m_health)
        return;
    m_health = state;
    invalidateRowsFilter();
}

void SiteFilterProxyModel::setModule(const QString& module)
{
    if (module == m_module)
        return;
    m_module = module;
    invalidateRowsFilter();
}

bool SiteFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_environment.isEmpty() && i.data(SiteTableModel::EnvironmentRole).toString() != m_environment)
        return false;
    if (m_health != AnyHealth && i.data(SiteTableModel::HealthStateRole).toInt() != m_health)
        return false;
    if (!m_module.isEmpty() && !i.data(SiteTableModel::ModuleNamesRole).toStringList().contains(m_module))
        return false;
    if (m_search.isEmpty())
        return true;
    auto has = [this](const QString& text) {
        return text.contains(m_search, Qt::CaseInsensitive);
    };
    auto anyHas = [&has](const QStringList& list) {
        return std::any_of(list.cbegin(), list.cend(), has);
    };
    const int port = i.data(SiteTableModel::PortRole).toInt();
    return has(i.data(SiteTableModel::SiteNameRole).toString())
        || has(i.data(SiteTableModel::TitleRole).toString())
        || anyHas(i.data(SiteTableModel::DomainsRole).toStringList())
        || (port > 0 && has(QString::number(port)))
        || anyHas(i.data(SiteTableModel::PluginsRole).toStringList())
        || anyHas(i.data(SiteTableModel::FeaturesRole).toStringList())
        || has(i.data(SiteTableModel::EnvironmentRole).toString());
}

bool SiteFilterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    return QString::compare(left.data(SiteTableModel::SiteNameRole).toString(),
                            right.data(SiteTableModel::SiteNameRole).toString(), Qt::CaseInsensitive)
        < 0;
}

} // namespace ms
