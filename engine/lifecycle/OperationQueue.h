#pragma once

#include "core/Error.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

namespace ms {

class QueuedJob;

/// Runs QueuedJobs: highest priority first, first come first served among equals, at most
/// Policy::maxConcurrent at a time, never two that share a key (the Orchestrator's keys are
/// "site/module", so one module of a site sees one operation at a time). An attempt that
/// fails with a transient error — Network or Timeout, nothing else — is retried after an
/// exponential backoff (initialBackoffMs, doubling, capped at maxBackoffMs) until
/// maxAttempts; during the backoff its slot and keys are free for others, and it keeps its
/// place in line. Lives on one thread with an event loop.
class OperationQueue : public QObject
{
    Q_OBJECT

public:
    struct Policy
    {
        int maxConcurrent = 2;
        int maxAttempts = 4; ///< attempts in all, the first one included
        qint64 initialBackoffMs = 1000;
        qint64 maxBackoffMs = 60'000;
    };

    explicit OperationQueue(QObject* parent = nullptr);
    explicit OperationQueue(const Policy& policy, QObject* parent = nullptr);
    ~OperationQueue() override;

    const Policy& policy() const { return m_policy; }
    int runningCount() const { return int(m_running.size()); }
    int waitingCount() const { return int(m_waiting.size()); }

    /// Whether a failure is worth another attempt: Network and Timeout only.
    static bool isTransient(const Error& error);
    /// The wait before attempt @p failedAttempts + 1.
    static qint64 backoffMs(const Policy& policy, int failedAttempts);

private:
    friend class QueuedJob;
    void enqueue(QueuedJob* job);
    void withdraw(QueuedJob* job);
    void schedule();
    void startAttempt(QueuedJob* job);
    void attemptEnded(QueuedJob* job);

    Policy m_policy;
    quint64 m_nextSequence = 0;
    QList<QPointer<QueuedJob>> m_waiting;
    QList<QPointer<QueuedJob>> m_running;
    QSet<QString> m_busyKeys;
};

} // namespace ms
