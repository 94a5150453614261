#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

/// Runs a site's `reload_command` (site.json) so that its runtime reads modules.lock.json
/// again: `/bin/sh -c COMMAND` in the site's folder, with a time limit. Synchronous; callers
/// run it on the thread pool.
class SiteReloader
{
    Q_DECLARE_TR_FUNCTIONS(SiteReloader)

public:
    static constexpr int DefaultTimeoutMs = 120'000;

    /// Io when it cannot start, exits with a status other than 0 (the message says which,
    /// the detail holds the last lines it wrote to stderr) or runs too long (it is killed).
    /// The subject is the command.
    [[nodiscard]] static Status run(const QString& command, const QString& siteDir,
                                    int timeoutMs = DefaultTimeoutMs);
};

} // namespace ms
