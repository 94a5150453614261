#include "health/LatencySummary.h"

#include <algorithm>

namespace ms {

namespace {

// ⌈p·n/100⌉, at least 1.
qint64 rank(qint64 n, int percentile)
{
    return std::max<qint64>(1, (qint64(percentile) * n + 99) / 100);
}

} // namespace

qint64 LatencySummary::nearestRank(const QList<qint64>& sorted, int percentile)
{
    if (sorted.isEmpty())
        return -1;
    return sorted.at(rank(sorted.size(), percentile) - 1);
}

LatencySummary LatencySummary::of(QList<qint64>& values)
{
    LatencySummary s;
    if (values.isEmpty())
        return s;
    std::sort(values.begin(), values.end());
    s.count = values.size();
    s.minUs = values.first();
    s.maxUs = values.last();
    s.p50Us = nearestRank(values, 50);
    s.p95Us = nearestRank(values, 95);
    return s;
}

qint64 LatencySummary::weightedRank(QList<QPair<qint64, qint64>>& values, int percentile)
{
    qint64 total = 0;
    for (const auto& v : std::as_const(values))
        total += std::max<qint64>(0, v.second);
    if (total == 0)
        return -1;
    std::sort(values.begin(), values.end());
    const qint64 wanted = rank(total, percentile);
    qint64 seen = 0;
    for (const auto& v : std::as_const(values)) {
        seen += std::max<qint64>(0, v.second);
        if (seen >= wanted)
            return v.first;
    }
    return values.last().first;
}

} // namespace ms
