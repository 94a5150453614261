#include "lifecycle/OperationQueue.h"

#include "lifecycle/QueuedJob.h"

#include <QTimer>
#include <algorithm>

namespace ms {

OperationQueue::OperationQueue(QObject* parent)
    : OperationQueue(Policy {}, parent)
{
}

OperationQueue::OperationQueue(const Policy& policy, QObject* parent)
    : QObject(parent)
    , m_policy(policy)
{
    m_policy.maxConcurrent = qMax(1, m_policy.maxConcurrent);
    m_policy.maxAttempts = qMax(1, m_policy.maxAttempts);
}

OperationQueue::~OperationQueue()
{
    // Jobs outliving their queue must not call back into it.
    for (const auto& list : {m_waiting, m_running}) {
        for (const QPointer<QueuedJob>& job : list) {
            if (job)
                job->m_queue.clear();
        }
    }
}

bool OperationQueue::isTransient(const Error& error)
{
    return error.code() == ErrorCode::Network || error.code() == ErrorCode::Timeout;
}

qint64 OperationQueue::backoffMs(const Policy& policy, int failedAttempts)
{
    qint64 delay = policy.initialBackoffMs;
    for (int i = 1; i < failedAttempts && delay < policy.maxBackoffMs; ++i)
        delay *= 2;
    return qMin(delay, policy.maxBackoffMs);
}

void OperationQueue::enqueue(QueuedJob* job)
{
    if (job->m_attempts == 0)
        job->m_sequence = m_nextSequence++;
    if (!m_waiting.contains(job))
        m_waiting.append(job);
    // From the event loop: start() returns before the first attempt starts.
    QMetaObject::invokeMethod(this, &OperationQueue::schedule, Qt::QueuedConnection);
}

void OperationQueue::withdraw(QueuedJob* job)
{
    m_waiting.removeAll(job);
    if (m_running.removeAll(job) > 0) {
        for (const QString& key : std::as_const(job->m_keys))
            m_busyKeys.remove(key);
        QMetaObject::invokeMethod(this, &OperationQueue::schedule, Qt::QueuedConnection);
    }
}

void OperationQueue::schedule()
{
    m_waiting.removeAll(nullptr);
    m_running.removeAll(nullptr);
    std::stable_sort(m_waiting.begin(), m_waiting.end(),
                     [](const QPointer<QueuedJob>& a, const QPointer<QueuedJob>& b) {
                         if (a->m_priority != b->m_priority)
                             return a->m_priority > b->m_priority;
                         return a->m_sequence < b->m_sequence;
                     });
    for (qsizetype i = 0; i < m_waiting.size() && m_running.size() < m_policy.maxConcurrent;) {
        QueuedJob* job = m_waiting[i];
        const bool free = std::none_of(job->m_keys.cbegin(), job->m_keys.cend(),
                                       [&](const QString& key) { return m_busyKeys.contains(key); });
        if (!free) {
            ++i;
            continue;
        }
        m_waiting.removeAt(i);
        startAttempt(job);
    }
}

void OperationQueue::startAttempt(QueuedJob* job)
{
    for (const QString& key : std::as_const(job->m_keys))
        m_busyKeys.insert(key);
    m_running.append(job);
    const int attempt = ++job->m_attempts;
    if (job->m_attempt)
        job->m_attempt->deleteLater();
    Job* run = job->createAttempt(attempt);
    job->m_attempt = run;
    connect(run, &Job::progress, job, &Job::progress);
    connect(run, &Job::finished, this, [this, job = QPointer<QueuedJob>(job)] {
        if (job)
            attemptEnded(job);
    });
    Q_EMIT job->attemptStarted(attempt);
    run->start();
}

void OperationQueue::attemptEnded(QueuedJob* job)
{
    if (m_running.removeAll(job) > 0) {
        for (const QString& key : std::as_const(job->m_keys))
            m_busyKeys.remove(key);
    }
    Job* attempt = job->m_attempt;
    job->attemptFinished(attempt);
    const Error error = attempt->error();
    if (isTransient(error) && job->m_attempts < m_policy.maxAttempts && !job->isCancelled()) {
        const qint64 delay = backoffMs(m_policy, job->m_attempts);
        Q_EMIT job->retrying(job->m_attempts, delay, error);
        if (!job->m_backoff) {
            job->m_backoff = new QTimer(job);
            job->m_backoff->setSingleShot(true);
            connect(job->m_backoff, &QTimer::timeout, this, [this, job = QPointer<QueuedJob>(job)] {
                if (job)
                    enqueue(job);
            });
        }
        job->m_backoff->start(int(qMin<qint64>(delay, INT_MAX)));
    } else {
        job->complete(error);
    }
    QMetaObject::invokeMethod(this, &OperationQueue::schedule, Qt::QueuedConnection);
}

} // namespace ms
