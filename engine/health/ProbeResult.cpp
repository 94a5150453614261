#include "health/ProbeResult.h"

namespace ms {

ProbeResult ProbeResult::failure(ProbeOutcome outcome, const Error& error, qint64 latencyUs)
{
    ProbeResult r;
    r.outcome = outcome;
    r.error = error;
    r.detail = capDetail(error.message());
    r.latencyUs = latencyUs;
    return r;
}

QString ProbeResult::capDetail(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > MaxDetail) {
        line.truncate(MaxDetail - 1);
        line += QChar(0x2026); // …
    }
    return line;
}

} // namespace ms
