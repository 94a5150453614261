#include "health/HealthRetention.h"

#include "health/HealthState.h"
#include "health/LatencySummary.h"
#include "store/HealthRepository.h"

#include <algorithm>

namespace ms {

QList<HealthRollupRecord> HealthRetention::rollUp(const QList<HealthSampleRecord>& samples)
{
    QList<HealthRollupRecord> out;
    QList<qint64> latencies;
    auto close = [&](HealthRollupRecord& r) {
        const LatencySummary s = LatencySummary::of(latencies);
        r.latencyMinUs = s.minUs;
        r.latencyP50Us = s.p50Us;
        r.latencyP95Us = s.p95Us;
        r.latencyMaxUs = s.maxUs;
        out.append(r);
        latencies.clear();
    };
    HealthRollupRecord current;
    bool open = false;
    for (const HealthSampleRecord& s : samples) {
        const qint64 minute = minuteOf(s.atMs);
        if (open && (s.probeId != current.probeId || minute != current.minuteMs)) {
            close(current);
            open = false;
        }
        if (!open) {
            current = HealthRollupRecord {};
            current.probeId = s.probeId;
            current.minuteMs = minute;
            open = true;
        }
        ++current.samples;
        const bool passed = s.outcome == HealthNames::outcome(ProbeOutcome::Passed);
        if (!passed)
            ++current.failures;
        else if (s.latencyUs >= 0)
            latencies.append(s.latencyUs);
    }
    if (open)
        close(current);
    return out;
}

Result<HealthRetention::Summary> HealthRetention::run(HealthRepository& repository, qint64 nowMs,
                                                      const RetentionSettings& settings)
{
    Summary summary;
    const Result<qint64> watermark = repository.rolledUntil();
    if (!watermark)
        return watermark.error();
    const qint64 until = minuteOf(nowMs - settings.settleMs);
    // The first run starts at the oldest sample; later ones where the last one stopped, however
    // long ago — the samples of a minute stay until it is rolled up.
    qint64 from = *watermark;
    if (from == 0) {
        const Result<qint64> earliest = repository.earliestSampleMs();
        if (!earliest)
            return earliest.error();
        from = *earliest < 0 ? until : minuteOf(*earliest);
    }
    qint64 expected = *watermark;
    while (from < until) {
        // Over time with no samples (the console was closed) in one step.
        const Result<qint64> next = repository.earliestSampleMs(from);
        if (!next)
            return next.error();
        if (*next < 0 || *next >= until) {
            if (Status moved = repository.storeRollups(expected, until, {}); !moved)
                return moved.error().code() == ErrorCode::Conflict ? Result<Summary>(summary) : moved.error();
            summary.minutesRolled += (until - std::max(expected, from)) / MinuteMs;
            expected = until;
            break;
        }
        const qint64 sliceEnd = std::min(until, std::max(from, minuteOf(*next)) + SliceMs);
        const Result<QList<HealthSampleRecord>> samples = repository.samples({}, from, sliceEnd);
        if (!samples)
            return samples.error();
        const QList<HealthRollupRecord> rollups = rollUp(*samples);
        const Status stored = repository.storeRollups(expected, sliceEnd, rollups);
        if (!stored) {
            if (stored.error().code() == ErrorCode::Conflict)
                return summary; // another process is at it
            return stored.error();
        }
        summary.minutesRolled += (sliceEnd - std::max(expected, from)) / MinuteMs;
        summary.rollupsWritten += rollups.size();
        expected = sliceEnd;
        from = sliceEnd;
    }
    // Raw samples go once their window is over, and never before their minute is rolled up.
    const qint64 rolled = std::max(expected, *watermark);
    const qint64 samplesBefore = std::min(nowMs - settings.rawMs, rolled);
    const Result<HealthRepository::Pruned> pruned
        = repository.prune(samplesBefore, nowMs - settings.rollupMs);
    if (!pruned)
        return pruned.error();
    summary.samplesDeleted = pruned->samples;
    summary.rollupsDeleted = pruned->rollups;
    return summary;
}

} // namespace ms
