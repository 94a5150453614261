#pragma once

#include "core/Result.h"
#include "packages/UniqueFd.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

/// An exclusive lock on a site for the length of one operation: flock(2) on the site's
/// directory itself, so it leaves no file behind. flock locks belong to an open file
/// description, so two operations conflict whether they run in two processes or on two
/// threads of one; the kernel drops the lock when its holder dies, even by SIGKILL — which is
/// how recovery tells an operation that crashed from one that is still running.
class SiteLock
{
    Q_DECLARE_TR_FUNCTIONS(SiteLock)

public:
    SiteLock() = default;
    SiteLock(SiteLock&&) noexcept = default;
    SiteLock& operator=(SiteLock&&) noexcept = default;
    /// Releases the lock.
    ~SiteLock() = default;

    /// Takes the lock on the directory @p siteDir without waiting. Conflict when another
    /// operation holds it, Io when the directory cannot be opened; the subject is the directory.
    [[nodiscard]] Status tryAcquire(const QString& siteDir);
    bool isHeld() const { return m_fd.isValid(); }
    void release() { m_fd.reset(); }

private:
    UniqueFd m_fd;
};

} // namespace ms
