#pragma once

#include "health/BreakerStatus.h"
#include "health/ProbeStatus.h"
#include "health/ScopeHealth.h"

#include <QAbstractTableModel>

namespace ms {

/// Every site's health at a glance: its state, its failing probes, its last check and the
/// state of the circuit breakers its probes go through.
class SiteHealthModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Site, State, Failing, LastChecked, Breaker, ColumnCount };
    enum Role {
        SiteRole = Qt::UserRole + 1, ///< the site's name
        StateRole, ///< ScopeState as int
    };

    /// One site's row.
    struct Row
    {
        QString site;
        ScopeState state = ScopeState::Unknown;
        QString reason; ///< why it is not up
        QStringList failing; ///< the failing probes' names
        int probes = 0;
        QDateTime lastChecked;
        BreakerState breaker = BreakerState::Closed; ///< the worst of its breakers
        int openBreakers = 0; ///< breakers that are open or half-open
    };

    explicit SiteHealthModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The rows for @p sites from the monitor's state: rows that stay are updated in place,
    /// others inserted or removed.
    void update(const QStringList& sites, const QList<ScopeHealth>& scopes, const QList<ProbeStatus>& probes,
                const QList<BreakerStatus>& breakers);
    /// Builds one row per site of @p sites (sorted by name).
    static QList<Row> rowsFor(QStringList sites, const QList<ScopeHealth>& scopes,
                              const QList<ProbeStatus>& probes, const QList<BreakerStatus>& breakers);

    const QList<Row>& rows() const { return m_rows; }
    int rowOf(const QString& site) const;

private:
    QList<Row> m_rows;
};

} // namespace ms
