#pragma once

#include <QString>
#include <QStringList>

namespace ms {

/// A TEST HOOK for the crash-recovery tests (THREATS.md 11), not a feature: with
///
///     MOTHERSHIP_FAULT=crash-after:<point>[#<n>]
///
/// in the environment, the process raises SIGKILL the <n>th time (default the first) it
/// passes the named point of an operation, so that a test can run `mothershipctl install` as
/// a child process, kill it at every step, and check what `mothershipctl recover` makes of
/// the site. The variable is read once; when it is unset (or names no known point) every
/// call is a no-op compare. The points are listed in points(), in the order an install or
/// an upgrade passes them.
class FaultInjection
{
public:
    /// Every point an operation passes, in order. Per module of a plan: fetched, extracting
    /// (the first entry is in staging), staged, verified, moved, switched, locked; per
    /// operation: journaled (before the first change), reloaded, committed, cleaned.
    static QStringList points();

    /// Raises SIGKILL when the hook names @p point and this is the occurrence it names.
    static void reached(const char* point);
};

} // namespace ms
