#pragma once

#include "audit/AuditEvent.h"
#include "core/Result.h"
#include "store/AuditRepository.h"

#include <QObject>

namespace ms {

class Database;

/// The audit log: every operation and its outcome, appended with time, user, site, module,
/// versions and the reason for a failure. Entries are hash-chained (each hash covers the
/// previous one) so that verify() finds an edited, removed or truncated entry. This detects
/// tampering by anyone who does not also rewrite every later hash and the head; it is a
/// record for administrators, not a defence against root on the database host.
class AuditLog : public QObject
{
    Q_OBJECT

public:
    explicit AuditLog(Database& database, QObject* parent = nullptr);

    /// Who acts: the OS user by default.
    void setActor(const QString& actor) { m_actor = actor; }
    const QString& actor() const { return m_actor; }

    /// Appends @p event and emits recorded().
    Result<AuditRecord> record(const AuditEvent& event);

    /// Entries newest first.
    [[nodiscard]] Result<QList<AuditRecord>> entries(const AuditFilter& filter = {}) const;

    /// Walks the whole chain, oldest first, and checks every hash and the head.
    [[nodiscard]] Result<AuditVerification> verify() const;

    /// RFC 4180 CSV with a header row: id, time, actor, action, site, module, from, to,
    /// outcome, message, operation, hash.
    static QByteArray toCsv(const QList<AuditRecord>& records);
    /// Writes the entries matching @p filter to @p path as CSV (atomically).
    [[nodiscard]] Status exportCsv(const AuditFilter& filter, const QString& path) const;

    /// The login name of the user running this program.
    static QString currentUser();

Q_SIGNALS:
    void recorded(const ms::AuditRecord& record);

private:
    Database& m_database;
    AuditRepository m_repository;
    QString m_actor;
};

} // namespace ms
