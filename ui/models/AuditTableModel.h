#pragma once

#include "store/AuditRecord.h"

#include <QAbstractTableModel>

namespace ms {

/// Audit entries as a table, newest first.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, User, Action, Site, Module, Change, Outcome, Message, ColumnCount };
    enum Role {
        RecordIdRole = Qt::UserRole + 1, ///< the entry's id (qint64)
        OutcomeRole,                     ///< AuditRecord::Outcome as int
    };

    explicit AuditTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces the entries (a new query's result).
    void setRecords(QList<AuditRecord> records);
    const QList<AuditRecord>& records() const { return m_records; }
    const AuditRecord* record(int row) const;

    static QString outcomeText(AuditRecord::Outcome outcome);
    /// "Install", "Port fix", … for an action name; unknown actions as written.
    static QString actionText(const QString& action);

private:
    QList<AuditRecord> m_records;
};

} // namespace ms
