#include "SiteHealthModel.h"

#include <QHash>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

int severity(BreakerState state)
{
    switch (state) {
    case BreakerState::Closed:
        return 0;
    case BreakerState::HalfOpen:
        return 1;
    case BreakerState::Open:
        return 2;
    }
    return 0;
}

} // namespace

SiteHealthModel::SiteHealthModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int SiteHealthModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SiteHealthModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteHealthModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& r = m_rows.at(index.row());
    if (role == SiteRole)
        return r.site;
    if (role == StateRole)
        return int(r.state);
    if (role == Qt::ToolTipRole && index.column() == State && !r.reason.isEmpty())
        return r.reason;
    if (role == Qt::ToolTipRole && index.column() == Failing && !r.failing.isEmpty())
        return r.failing.join(u", "_s);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Site:
        return r.site;
    case State:
        return HealthNames::describe(r.state);
    case Failing:
        if (r.probes == 0)
            return tr("no probes");
        return r.failing.isEmpty() ? tr("none of %n", nullptr, r.probes)
                                   : tr("%1 of %n", nullptr, r.probes).arg(r.failing.size());
    case LastChecked:
        return r.lastChecked.isValid() ? QLocale().toString(r.lastChecked.toLocalTime(), QLocale::ShortFormat)
                                       : tr("never");
    case Breaker:
        return r.openBreakers == 0
            ? HealthNames::describe(BreakerState::Closed)
            : tr("%1 (%n breaker(s))", nullptr, r.openBreakers).arg(HealthNames::describe(r.breaker));
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SiteHealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Site:
        return tr("Site");
    case State:
        return tr("State");
    case Failing:
        return tr("Failing probes");
    case LastChecked:
        return tr("Last check");
    case Breaker:
        return tr("Circuit breaker");
    case ColumnCount:
        break;
    }
    return {};
}

QList<SiteHealthModel::Row> SiteHealthModel::rowsFor(QStringList sites, const QList<ScopeHealth>& scopes,
                                                     const QList<ProbeStatus>& probes,
                                                     const QList<BreakerStatus>& breakers)
{
    sites.sort();
    sites.removeDuplicates();
    QHash<QString, Row> bySite;
    for (const QString& s : std::as_const(sites))
        bySite.insert(s, Row {s, ScopeState::Unknown, {}, {}, 0, {}, BreakerState::Closed, 0});
    for (const ScopeHealth& h : scopes) {
        auto it = bySite.find(h.site);
        if (it == bySite.end() || !h.module.isEmpty())
            continue;
        it->state = h.state;
        it->reason = h.reason;
    }
    for (const ProbeStatus& p : probes) {
        auto it = bySite.find(p.site);
        if (it == bySite.end())
            continue;
        ++it->probes;
        if (p.state == ProbeState::Failing)
            it->failing << (p.module.isEmpty() ? p.name : p.module + u'/' + p.name);
        if (p.last.at.isValid() && (!it->lastChecked.isValid() || p.last.at > it->lastChecked))
            it->lastChecked = p.last.at;
    }
    for (const BreakerStatus& b : breakers) {
        if (b.state == BreakerState::Closed)
            continue;
        for (const QString& s : b.sites) {
            auto it = bySite.find(s);
            if (it == bySite.end())
                continue;
            ++it->openBreakers;
            if (severity(b.state) > severity(it->breaker))
                it->breaker = b.state;
        }
    }
    QList<Row> rows;
    for (const QString& s : std::as_const(sites))
        rows << bySite.value(s);
    return rows;
}

void SiteHealthModel::update(const QStringList& sites, const QList<ScopeHealth>& scopes,
                             const QList<ProbeStatus>& probes, const QList<BreakerStatus>& breakers)
{
    const QList<Row> rows = rowsFor(sites, scopes, probes, breakers);
    QStringList names;
    for (const Row& r : rows)
        names << r.site;
    // Rows that went away, from the bottom up.
    for (int i = int(m_rows.size()) - 1; i >= 0; --i) {
        if (!names.contains(m_rows.at(i).site)) {
            beginRemoveRows({}, i, i);
            m_rows.removeAt(i);
            endRemoveRows();
        }
    }
    // Both lists are sorted by name: walk them together.
    for (int i = 0; i < rows.size(); ++i) {
        if (i < m_rows.size() && m_rows.at(i).site == rows.at(i).site) {
            m_rows[i] = rows.at(i);
            Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        } else {
            beginInsertRows({}, i, i);
            m_rows.insert(i, rows.at(i));
            endInsertRows();
        }
    }
}

int SiteHealthModel::rowOf(const QString& site) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).site == site)
            return i;
    }
    return -1;
}

} // namespace ms
