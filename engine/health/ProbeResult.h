#pragma once

#include "core/Error.h"
#include "health/HealthState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ms {

/// One run of one probe: how it ended, how long it took, and why it failed.
struct ProbeResult
{
    ProbeOutcome outcome = ProbeOutcome::Failed;
    qint64 latencyUs = -1; ///< from the start of the check to its end; -1 when nothing ran
    QDateTime at; ///< when the outcome was known (UTC)
    /// Why it failed (the error's message), or the first line a passing command printed.
    /// Capped at MaxDetail characters; never holds a response body or a secret.
    QString detail;
    /// The failure: code (Network, Timeout, Protocol, …), message and the URL, host:port or
    /// program as subject. An Error with code None when it passed.
    Error error;

    static constexpr qsizetype MaxDetail = 300;

    bool passed() const { return outcome == ProbeOutcome::Passed; }
    double latencyMs() const { return latencyUs < 0 ? -1.0 : double(latencyUs) / 1000.0; }

    /// A failing result for @p error with its message as detail.
    static ProbeResult failure(ProbeOutcome outcome, const Error& error, qint64 latencyUs);
    /// @p text cut to MaxDetail characters on one line.
    static QString capDetail(const QString& text);
};

} // namespace ms

Q_DECLARE_METATYPE(ms::ProbeResult)
