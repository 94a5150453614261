#pragma once

#include "core/Clock.h"
#include "core/Job.h"
#include "health/ProbeResult.h"
#include "health/ProbeSpec.h"

#include <QElapsedTimer>
#include <QTimer>

namespace ms {

/// One run of one probe, as a job: start() returns at once, finished() follows with
/// result() set — never later than the probe's timeout_s after start(). Subclasses do the
/// asynchronous I/O (QTcpSocket, QSslSocket, QProcess) on the thread that owns
/// them and never wait in a blocking call.
///
/// error() mirrors result().error: a failed probe is a failed job. A cancelled check finishes
/// with ErrorCode::Cancelled and a result nobody should record.
class ProbeCheck : public Job
{
    Q_OBJECT

public:
    ProbeCheck(ProbeSpec spec, const Clock& clock, QObject* parent = nullptr);

    const ProbeSpec& spec() const { return m_spec; }
    /// Valid once finished.
    const ProbeResult& result() const { return m_result; }

    void start() final;

protected:
    /// Begins the I/O. Called by start() after the clock and the timeout are running.
    virtual void begin() = 0;
    /// Stops the I/O without reporting anything (timeout, cancel).
    virtual void abort() = 0;
    /// What the timeout message says, e.g. "no answer within 1 s".
    virtual QString timeoutMessage() const;

    /// Ends the check as passed; @p detail says what was seen ("HTTP 200").
    void pass(const QString& detail);
    /// Ends the check as failed (or timed out) with @p error.
    void fail(ProbeOutcome outcome, const Error& error);
    /// An Error about this probe's target (URL, host:port or program).
    Error problem(ErrorCode code, const QString& message) const;
    /// "1 s", "5 s": the timeout for messages.
    QString timeoutText() const;

private:
    void onCancel() override;
    void complete(ProbeResult result);

    ProbeSpec m_spec;
    const Clock& m_clock;
    QElapsedTimer m_elapsed;
    QTimer m_timeout {this};
    ProbeResult m_result;
};

} // namespace ms
