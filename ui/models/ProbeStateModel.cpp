#include "ProbeStateModel.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

bool before(const ProbeStatus& a, const ProbeStatus& b)
{
    return std::pair(a.module, a.name) < std::pair(b.module, b.name);
}

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

ProbeStateModel::ProbeStateModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int ProbeStateModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_probes.size());
}

int ProbeStateModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProbeStateModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProbeStatus& p = m_probes.at(index.row());
    if (role == KeyRole)
        return p.key;
    if (role == StateRole)
        return int(p.state);
    if (role == Qt::ToolTipRole && index.column() == LastError && !p.lastError.isEmpty())
        return p.lastError;
    if (role == Qt::TextAlignmentRole && index.column() == Latency)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Probe:
        return p.module.isEmpty() ? p.name : p.module + u'/' + p.name;
    case Kind:
        return HealthProbe::typeName(p.kind);
    case Target:
        return p.target;
    case State:
        if (!p.waitingFor.isEmpty())
            return tr("waiting for %1").arg(p.waitingFor);
        return HealthNames::describe(p.state);
    case Since:
        return when(p.since);
    case LastChecked:
        return when(p.last.at);
    case Latency:
        return p.last.latencyUs < 0 ? QString()
                                    : tr("%1 ms").arg(QLocale().toString(p.last.latencyMs(), 'f', 1));
    case LastError:
        return p.lastError;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ProbeStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Probe:
        return tr("Probe");
    case Kind:
        return tr("Kind");
    case Target:
        return tr("Target");
    case State:
        return tr("State");
    case Since:
        return tr("Since");
    case LastChecked:
        return tr("Last check");
    case Latency:
        return tr("Latency");
    case LastError:
        return tr("Last error");
    case ColumnCount:
        break;
    }
    return {};
}

void ProbeStateModel::setProbes(QList<ProbeStatus> probes)
{
    std::sort(probes.begin(), probes.end(), before);
    beginResetModel();
    m_probes = std::move(probes);
    endResetModel();
}

void ProbeStateModel::update(const ProbeStatus& status)
{
    if (const int row = rowOf(status.key); row >= 0) {
        m_probes[row] = status;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const auto at = std::lower_bound(m_probes.cbegin(), m_probes.cend(), status, before);
    const int row = int(at - m_probes.cbegin());
    beginInsertRows({}, row, row);
    m_probes.insert(row, status);
    endInsertRows();
}

int ProbeStateModel::rowOf(const QString& key) const
{
    for (int i = 0; i < m_probes.size(); ++i) {
        if (m_probes.at(i).key == key)
            return i;
    }
    return -1;
}

} // namespace ms
