#pragma once

#include "StoreBackend.h"
#include "core/Clock.h"
#include "store/Database.h"

#include <QObject>
#include <QSemaphore>
#include <QThread>
#include <QtConcurrent>
#include <atomic>
#include <memory>

/// Base of the store suites: each test function gets an empty database on the suite's
/// backend, opened with a ManualClock that starts at startTime().
class StoreSuite : public QObject
{
    Q_OBJECT

public:
    explicit StoreSuite(std::shared_ptr<StoreBackend> backend);

    static QDateTime startTime();

    /// Runs @p task with QtConcurrent::run on a pool thread and returns its result.
    /// QFuture::result() runs a task that has not started yet on the waiting thread itself,
    /// so this waits until the task is running first. ranOnPoolThread() tells it did.
    template<typename Task> static auto onPoolThread(Task task)
    {
        QSemaphore started;
        auto future = QtConcurrent::run([task, &started] {
            s_lastTaskThread = QThread::currentThread();
            started.release();
            return task();
        });
        started.acquire();
        return future.result();
    }
    static bool ranOnPoolThread() { return s_lastTaskThread && s_lastTaskThread != QThread::currentThread(); }

protected:
    ms::Database& db() { return *m_db; }
    /// Another Database on the same location, as a second process would open it.
    std::unique_ptr<ms::Database> openAgain();

    std::shared_ptr<StoreBackend> m_backend;
    ms::ManualClock m_clock;
    QString m_location;
    std::unique_ptr<ms::Database> m_db;

private:
    static inline std::atomic<QThread*> s_lastTaskThread = nullptr;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
};
