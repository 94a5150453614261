#pragma once

#include "lifecycle/Orchestrator.h"

#include <QAbstractTableModel>

namespace ms {

/// The modules installed on one site (Orchestrator::modules()) as a table, by name. A new
/// list is applied row by row, like SiteTableModel, so a selection survives a refresh.
class SiteModulesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Module, Version, State, Previous, Updated, Reason, ColumnCount };
    enum Role {
        ModuleNameRole = Qt::UserRole + 1, ///< the module's name (QString)
        StateRole, ///< ModuleState as int; -1 for a state this build does not know
        EnabledRole, ///< bool: enabled in the lock file
        PreviousVersionRole, ///< the version `previous` points to; empty when none
    };

    explicit SiteModulesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setModules(QList<ModuleStatus> modules);
    const QList<ModuleStatus>& modules() const { return m_modules; }
    const ModuleStatus* module(const QString& name) const;
    int rowOf(const QString& name) const;

    /// "Running", "Installed", … for a state name from the database.
    static QString stateText(const QString& state);

private:
    QList<ModuleStatus> m_modules;
};

} // namespace ms
