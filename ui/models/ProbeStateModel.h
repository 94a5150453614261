#pragma once

#include "health/ProbeStatus.h"

#include <QAbstractTableModel>

namespace ms {

/// The probes of one site (its own and its modules') with their current state, as the
/// health monitor holds them; updated in place as probeChanged() arrives.
class ProbeStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Probe, Kind, Target, State, Since, LastChecked, Latency, LastError, ColumnCount };
    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the probe's key ("site/module/name")
        StateRole, ///< ProbeState as int
    };

    explicit ProbeStateModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Shows @p probes (the site's), sorted by module then name.
    void setProbes(QList<ProbeStatus> probes);
    /// Updates the row of @p status's key, or adds it (the caller keeps other sites out).
    void update(const ProbeStatus& status);
    const QList<ProbeStatus>& probes() const { return m_probes; }
    int rowOf(const QString& key) const;

private:
    QList<ProbeStatus> m_probes;
};

} // namespace ms
