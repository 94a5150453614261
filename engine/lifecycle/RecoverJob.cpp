#include "lifecycle/RecoverJob.h"

namespace ms {

RecoverJob::RecoverJob(Database& database, AuditLog* audit, const QString& site, QObject* parent)
    : Job(parent)
    , m_database(database)
    , m_audit(audit)
    , m_site(site)
{
}

void RecoverJob::start()
{
    Q_EMIT progress(0, 0, tr("Recovering interrupted operations"));
    runInPool([this] { return Recovery(m_database, m_audit).recoverUnfinished(m_site); },
              [this](const Result<QList<Recovery::Outcome>>& outcomes) {
                  if (outcomes)
                      m_outcomes = *outcomes;
                  finish(outcomes.error());
              });
}

} // namespace ms
