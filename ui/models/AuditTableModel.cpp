#include "models/AuditTableModel.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace ms {

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::outcomeText(AuditRecord::Outcome outcome)
{
    switch (outcome) {
    case AuditRecord::Outcome::Success: return tr("Succeeded");
    case AuditRecord::Outcome::Failure: return tr("Failed");
    case AuditRecord::Outcome::Info: return tr("Event");
    }
    return {};
}

QString AuditTableModel::actionText(const QString& action)
{
    static const QHash<QString, const char*> names{
        {u"inventory.scan"_s, QT_TR_NOOP("Scan")},
        {u"ports.fix"_s, QT_TR_NOOP("Port fix")},
        {u"install"_s, QT_TR_NOOP("Install")},
        {u"upgrade"_s, QT_TR_NOOP("Upgrade")},
        {u"enable"_s, QT_TR_NOOP("Enable")},
        {u"disable"_s, QT_TR_NOOP("Disable")},
        {u"rollback"_s, QT_TR_NOOP("Roll back")},
        {u"uninstall"_s, QT_TR_NOOP("Uninstall")},
        {u"recover"_s, QT_TR_NOOP("Recovery")},
        {u"registry.refresh"_s, QT_TR_NOOP("Registry refresh")},
        {u"registry.add"_s, QT_TR_NOOP("Registry added")},
        {u"registry.remove"_s, QT_TR_NOOP("Registry removed")},
        {u"module.state"_s, QT_TR_NOOP("State change")},
    };
    const auto it = names.constFind(action);
    return it == names.constEnd() ? action : tr(*it);
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditRecord& r = m_records.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time: return QLocale().toString(r.at.toLocalTime(), QLocale::ShortFormat);
        case User: return r.actor;
        case Action: return actionText(r.action);
        case Site: return r.site;
        case Module: return r.module;
        case Change:
            if (r.fromVersion.isEmpty() && r.toVersion.isEmpty())
                return QString();
            return QString(r.fromVersion + u" → "_s + r.toVersion);
        case Outcome: return outcomeText(r.outcome);
        case Message: return r.message;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Message)
            return r.message;
        if (index.column() == Time)
            return r.at.toUTC().toString(Qt::ISODateWithMs);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Outcome && r.outcome == AuditRecord::Outcome::Failure)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        if (index.column() == Outcome && r.outcome == AuditRecord::Outcome::Success)
            return QBrush(QColor(0x1e, 0x84, 0x49));
        return {};
    case RecordIdRole: return r.id;
    case OutcomeRole: return int(r.outcome);
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time: return tr("Time");
    case User: return tr("User");
    case Action: return tr("Action");
    case Site: return tr("Site");
    case Module: return tr("Module");
    case Change: return tr("Change");
    case Outcome: return tr("Outcome");
    case Message: return tr("Message");
    default: return {};
    }
}

void AuditTableModel::setRecords(QList<AuditRecord> records)
{
    beginResetModel();
    m_records = std::move(records);
    endResetModel();
}

const AuditRecord* AuditTableModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

} // namespace ms
