#include "lifecycle/Operation.h"

#include "lifecycle/OperationRun.h"
#include "lifecycle/Orchestrator.h"
#include "resolve/ModuleRequest.h"

namespace ms {

namespace {

// One key per module named, "site/module": the queue never runs two operations on the same
// module of a site at once (operations on one site are also serialised by its SiteLock).
QStringList keysFor(const OperationRequest& request)
{
    QStringList keys;
    for (const QString& text : request.modules) {
        auto parsed = ModuleRequest::parse(text);
        keys.append(request.site + u'/' + (parsed ? parsed->moduleName : text));
    }
    return keys;
}

} // namespace

Operation::Operation(Orchestrator* orchestrator, OperationRequest request, QObject* parent)
    : QueuedJob(orchestrator->queue(), keysFor(request), request.priority, parent)
    , m_orchestrator(orchestrator)
    , m_request(std::move(request))
{
}

Job* Operation::createAttempt(int attempt)
{
    return new OperationRun(m_orchestrator, m_request, m_operationId, attempt, this);
}

void Operation::attemptFinished(Job* attempt)
{
    auto* run = static_cast<OperationRun*>(attempt);
    m_outcome = run->outcome();
    if (run->operationId() > 0)
        m_operationId = run->operationId();
}

} // namespace ms
