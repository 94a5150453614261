#pragma once

#include <QThread>
#include <QtGlobal>

#include <algorithm>
#include <thread>
#include <vector>

namespace ms {

/// For work on large, read-only inputs (a 10,000-module catalog) that splits into independent
/// parts: how many parts @p items make at @p perPart items or more each, no more than the
/// machine's cores. Below 2 * @p perPart, one: a thread costs more than it saves there.
inline int partsFor(qsizetype items, qsizetype perPart)
{
    const qsizetype cores = qMax(1, QThread::idealThreadCount());
    return int(std::clamp<qsizetype>(items / qMax<qsizetype>(1, perPart), 1, cores));
}

/// Runs @p work(part) for every part in [0, @p parts): part 0 on the calling thread, each other
/// part on a thread of its own (not the shared pool, whose threads may all be waiting here).
/// Returns when every part is done. The parts must not write to anything they share.
template<typename Work>
void runParts(int parts, const Work& work)
{
    std::vector<std::jthread> threads;
    threads.reserve(size_t(qMax(0, parts - 1)));
    for (int p = 1; p < parts; ++p)
        threads.emplace_back([&work, p] { work(p); });
    work(0);
} // the threads join as they go out of scope

/// The half-open range of items [first, second) that part @p part of @p parts gets.
inline std::pair<qsizetype, qsizetype> partRange(qsizetype items, int part, int parts)
{
    return {items * part / parts, items * (part + 1) / parts};
}

} // namespace ms
