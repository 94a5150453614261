#pragma once

#include "core/Job.h"

#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;

namespace ms {

class OperationQueue;

/// A unit of work that waits its turn in an OperationQueue and may take several attempts.
/// start() only queues it; the queue runs an attempt — a fresh job from createAttempt() —
/// when a slot is free and none of its keys is busy, and retries a transient failure after
/// a backoff. The QueuedJob finishes once, with the last attempt's outcome; progress() relays
/// the running attempt's. cancel() takes it out of the queue, stops a backoff, or cancels
/// the running attempt.
class QueuedJob : public Job
{
    Q_OBJECT

public:
    /// @p keys say what it needs to itself ("site/module"); higher @p priority goes first.
    QueuedJob(OperationQueue* queue, QStringList keys, int priority, QObject* parent = nullptr);
    ~QueuedJob() override;

    void start() override;

    const QStringList& keys() const { return m_keys; }
    int priority() const { return m_priority; }
    /// Attempts started so far.
    int attempts() const { return m_attempts; }
    /// The attempt running now, or the last one.
    Job* lastAttempt() const { return m_attempt; }

Q_SIGNALS:
    /// An attempt began (the first one: the job left the queue).
    void attemptStarted(int attempt);
    /// The attempt @p attempt failed with the transient @p error; the next starts in @p delayMs.
    void retrying(int attempt, qint64 delayMs, const ms::Error& error);

protected:
    /// A new, unstarted job for attempt @p attempt (1 for the first), owned by this job.
    virtual Job* createAttempt(int attempt) = 0;
    /// Called when an attempt ended, before a retry or the end (collect its result here).
    virtual void attemptFinished(Job* attempt) { Q_UNUSED(attempt) }
    void onCancel() override;

private:
    friend class OperationQueue;
    void complete(const Error& error) { finish(error); }

    QPointer<OperationQueue> m_queue;
    QStringList m_keys;
    int m_priority = 0;
    quint64 m_sequence = 0; ///< its place in line among equal priorities
    int m_attempts = 0;
    QPointer<Job> m_attempt;
    QTimer* m_backoff = nullptr;
};

} // namespace ms
