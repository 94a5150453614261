#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ms {

/// One row of operation_journal: an operation's crash journal. The lifecycle writes and reads
/// the document (lifecycle/OperationJournal.h); the store keeps it as text.
struct JournalRecord
{
    qint64 operationId = 0; ///< the row of operations it belongs to
    QString site;
    QString phase; ///< "prepared", "committed", "finished" or "rolled_back"
    QByteArray document; ///< JSON
    QDateTime createdAt; ///< set by the repository
    QDateTime updatedAt; ///< set by the repository

    bool operator==(const JournalRecord&) const = default;
};

} // namespace ms
