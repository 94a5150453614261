#pragma once

#include <QSortFilterProxyModel>

namespace ms {

/// The sites a grid shows: a SiteTableModel narrowed by free text (name, title, domains,
/// port, plugins, features), environment, health state and an installed module, sorted by
/// name. Every criterion reads the source model's cached roles, never the database.
class SiteFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    /// No health filter.
    static constexpr int AnyHealth = -2;

    explicit SiteFilterProxyModel(QObject* parent = nullptr);

    /// Case-insensitive text that one of the site's fields must contain; empty for all.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    /// An exact environment ("production"); empty for all.
    void setEnvironment(const QString& environment);
    QString environment() const { return m_environment; }
    /// A ScopeState as int, -1 for sites without health data, AnyHealth for all.
    void setHealthState(int state);
    int healthState() const { return m_health; }
    /// A module the site must have installed; empty for all.
    void setModule(const QString& module);
    QString module() const { return m_module; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_search;
    QString m_environment;
    int m_health = AnyHealth;
    QString m_module;
};

} // namespace ms
