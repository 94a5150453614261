#pragma once

#include "core/Job.h"
#include "lifecycle/Recovery.h"

namespace ms {

class AuditLog;
class Database;

/// Recovery::recoverUnfinished() on the thread pool: what the console runs at start and
/// `mothershipctl recover` runs on demand. Fails only when the journals cannot be read;
/// each journal's own outcome is in outcomes().
class RecoverJob : public Job
{
    Q_OBJECT

public:
    /// @p database and @p audit (may be null) must outlive the job. @p site, when given,
    /// limits recovery to that site.
    RecoverJob(Database& database, AuditLog* audit, const QString& site = {}, QObject* parent = nullptr);

    void start() override;
    /// Valid once finished.
    const QList<Recovery::Outcome>& outcomes() const { return m_outcomes; }

private:
    Database& m_database;
    AuditLog* m_audit;
    QString m_site;
    QList<Recovery::Outcome> m_outcomes;
};

} // namespace ms
