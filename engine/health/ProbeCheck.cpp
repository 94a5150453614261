#include "health/ProbeCheck.h"

namespace ms {

ProbeCheck::ProbeCheck(ProbeSpec spec, const Clock& clock, QObject* parent)
    : Job(parent)
    , m_spec(std::move(spec))
    , m_clock(clock)
{
    m_timeout.setSingleShot(true);
    m_timeout.setTimerType(Qt::PreciseTimer);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        if (isFinished())
            return;
        abort();
        fail(ProbeOutcome::TimedOut, problem(ErrorCode::Timeout, timeoutMessage()));
    });
}

void ProbeCheck::start()
{
    m_elapsed.start();
    m_timeout.start(m_spec.timeoutS * 1000);
    begin();
}

void ProbeCheck::onCancel()
{
    abort();
    complete({});
}

QString ProbeCheck::timeoutMessage() const
{
    return tr("no answer within %1").arg(timeoutText());
}

void ProbeCheck::pass(const QString& detail)
{
    ProbeResult r;
    r.outcome = ProbeOutcome::Passed;
    r.detail = ProbeResult::capDetail(detail);
    complete(std::move(r));
}

void ProbeCheck::fail(ProbeOutcome outcome, const Error& error)
{
    complete(ProbeResult::failure(outcome, error, -1));
}

void ProbeCheck::complete(ProbeResult result)
{
    if (isFinished())
        return;
    m_timeout.stop();
    result.latencyUs = m_elapsed.isValid() ? m_elapsed.nsecsElapsed() / 1000 : -1;
    result.at = m_clock.now();
    if (isCancelled()) {
        result.outcome = ProbeOutcome::Failed;
        result.error = Error(ErrorCode::Cancelled, tr("The probe was cancelled."), m_spec.targetDisplay());
        result.detail = result.error.message();
    }
    m_result = std::move(result);
    finish(m_result.error);
}

Error ProbeCheck::problem(ErrorCode code, const QString& message) const
{
    return Error(code, message, m_spec.targetDisplay());
}

QString ProbeCheck::timeoutText() const
{
    return tr("%n s", nullptr, m_spec.timeoutS);
}

} // namespace ms
