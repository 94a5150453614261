#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent>

namespace ms {

/// Runs @p work on the thread pool and hands its result to @p done on @p context's thread —
/// never after @p context is destroyed (the watcher dies with it). The work must only touch
/// things that outlive it (the engine services do). After KeePassXC's AsyncTask.
template<typename Work, typename Done>
void runAsync(QObject* context, Work work, Done done)
{
    using T = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

} // namespace ms
