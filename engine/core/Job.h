#pragma once

#include "core/Error.h"

#include <QAtomicInt>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QtConcurrent>

#include <functional>

namespace ms {

/// Long work (scan, download, verify, extract, install, probe) as an object the caller can
/// watch and cancel, after ownCloud's AbstractCoreJob: progress() while it runs, one
/// finished() when it ends, error() set exactly once before that. Subclasses add a typed
/// result() and call finish() exactly once. Jobs live on the thread that created them;
/// CPU and disk work goes to QThreadPool through runInPool(), whose callback comes back on
/// the job's thread and never after the job is gone.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(QObject* parent = nullptr);
    ~Job() override;

    /// Begins the work. Returns at once; finished() follows, possibly before start() returns
    /// for work that fails immediately (connect first).
    virtual void start() = 0;

    /// Asks the work to stop. The job still emits finished(), with ErrorCode::Cancelled
    /// unless it had already completed.
    void cancel();
    bool isCancelled() const { return m_cancelled.loadRelaxed() != 0; }

    bool isFinished() const { return m_finished; }
    /// The failure, or an Error with code None on success. Valid once finished.
    const Error& error() const { return m_error; }
    bool succeeded() const { return m_finished && !m_error.isError(); }

    /// Runs the job and waits for it in a local event loop (for the CLI and tests).
    void exec();

Q_SIGNALS:
    /// @p total is 0 when unknown; @p step names the phase for a person ("Downloading").
    void progress(qint64 done, qint64 total, const QString& step);
    void finished();

protected:
    /// Ends the job: records @p error (none on success) and emits finished() once.
    void finish(const Error& error = {});
    /// Called by cancel(); override to abort network replies or processes.
    virtual void onCancel() {}

    /// Runs @p work on the global thread pool; @p done receives its value on this job's
    /// thread. @p work may poll isCancelled(), which is thread-safe. Destroying the job
    /// cancels and waits for the work, so @p work may use the job's members.
    template<typename Work, typename Done>
    void runInPool(Work work, Done done)
    {
        using T = std::invoke_result_t<Work>;
        auto* watcher = new QFutureWatcher<T>(this);
        connect(watcher, &QFutureWatcher<T>::finished, this, [watcher, done = std::move(done)]() mutable {
            watcher->deleteLater();
            done(watcher->result());
        });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

private:
    QAtomicInt m_cancelled;
    bool m_finished = false;
    Error m_error;
};

} // namespace ms
