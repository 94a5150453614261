#pragma once

#include "core/Clock.h"
#include "health/ProbeCheck.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

/// Runs one check to its end in a local event loop, with a deadline far beyond any probe
/// timeout so that a check that never finishes fails the test instead of hanging it.
struct CheckOutcome
{
    ms::ProbeResult result;
    qint64 elapsedMs = -1;
    bool finished = false;
};

inline CheckOutcome runCheck(ms::ProbeCheck& check, int deadlineMs = 15000)
{
    CheckOutcome out;
    QEventLoop loop;
    QObject::connect(&check, &ms::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(deadlineMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    check.start();
    if (!check.isFinished())
        loop.exec();
    out.elapsedMs = timer.elapsed();
    out.finished = check.isFinished();
    out.result = check.result();
    return out;
}
