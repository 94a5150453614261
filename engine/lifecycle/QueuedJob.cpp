#include "lifecycle/QueuedJob.h"

#include "lifecycle/OperationQueue.h"

#include <QTimer>

namespace ms {

QueuedJob::QueuedJob(OperationQueue* queue, QStringList keys, int priority, QObject* parent)
    : Job(parent)
    , m_queue(queue)
    , m_keys(std::move(keys))
    , m_priority(priority)
{
}

QueuedJob::~QueuedJob()
{
    if (m_queue)
        m_queue->withdraw(this);
}

void QueuedJob::start()
{
    if (!m_queue) {
        finish(Error(ErrorCode::Internal, tr("The operation has no queue to run in.")));
        return;
    }
    m_queue->enqueue(this);
}

void QueuedJob::onCancel()
{
    if (m_attempt && !m_attempt->isFinished()) {
        m_attempt->cancel(); // its end comes back through the queue
        return;
    }
    if (m_backoff)
        m_backoff->stop();
    if (m_queue)
        m_queue->withdraw(this);
    finish(Error(ErrorCode::Cancelled, tr("The operation was cancelled before it ran.")));
}

} // namespace ms
