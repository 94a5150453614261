#pragma once

#include <QList>
#include <QPair>
#include <QtGlobal>

namespace ms {

/// Minimum, median, 95th percentile and maximum of a set of latencies (microseconds).
/// Percentiles are nearest-rank: the p-th percentile of n sorted values is the value at rank
/// ⌈p·n/100⌉ (1-based) — always one of the values, never an interpolation, so a figure
/// people see was really measured. −1 everywhere for an empty set.
struct LatencySummary
{
    qint64 count = 0;
    qint64 minUs = -1;
    qint64 p50Us = -1;
    qint64 p95Us = -1;
    qint64 maxUs = -1;

    /// From the raw values (sorted in place).
    static LatencySummary of(QList<qint64>& values);
    /// The nearest-rank @p percentile of @p sorted (ascending); −1 when empty.
    static qint64 nearestRank(const QList<qint64>& sorted, int percentile);
    /// The nearest-rank @p percentile of weighted values (value, weight), as if each value
    /// occurred weight times. Sorts @p values in place. Used to merge per-minute rollups,
    /// where it approximates the percentile of the underlying samples.
    static qint64 weightedRank(QList<QPair<qint64, qint64>>& values, int percentile);

    bool operator==(const LatencySummary&) const = default;
};

} // namespace ms
