#include "core/Job.h"

#include <QEventLoop>

namespace ms {

Job::Job(QObject* parent)
    : QObject(parent)
{
}

Job::~Job()
{
    // Work still running on the pool may touch this object: stop it and wait, so that a
    // worker never outlives its job (the work polls isCancelled()).
    m_cancelled.storeRelaxed(1);
    const auto watchers = findChildren<QFutureWatcherBase*>(Qt::FindDirectChildrenOnly);
    for (QFutureWatcherBase* w : watchers) {
        w->disconnect(this);
        w->waitForFinished();
    }
}

void Job::cancel()
{
    if (m_finished || !m_cancelled.testAndSetRelaxed(0, 1))
        return;
    onCancel();
}

void Job::finish(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

void Job::exec()
{
    if (m_finished)
        return;
    QEventLoop loop;
    connect(this, &Job::finished, &loop, &QEventLoop::quit);
    start();
    if (!m_finished)
        loop.exec();
}

} // namespace ms
