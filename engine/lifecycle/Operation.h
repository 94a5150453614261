#pragma once

#include "lifecycle/OperationRequest.h"
#include "lifecycle/QueuedJob.h"

namespace ms {

class Orchestrator;

/// One request to the Orchestrator for its whole life: queued, run (retried after a
/// transient network failure), finished. Made by Orchestrator::submit(); start() queues it.
/// Every attempt is an OperationRun under the same operation id; outcome() is the last one's.
class Operation : public QueuedJob
{
    Q_OBJECT

public:
    const OperationRequest& request() const { return m_request; }
    /// The id of its row in the operation log; 0 until the first attempt has created it.
    qint64 id() const { return m_operationId; }
    /// Valid once finished.
    const OperationOutcome& outcome() const { return m_outcome; }

protected:
    Job* createAttempt(int attempt) override;
    void attemptFinished(Job* attempt) override;

private:
    friend class Orchestrator;
    Operation(Orchestrator* orchestrator, OperationRequest request, QObject* parent);

    Orchestrator* m_orchestrator;
    OperationRequest m_request;
    qint64 m_operationId = 0;
    OperationOutcome m_outcome;
};

} // namespace ms
