#pragma once

#include <unistd.h>
#include <utility>

namespace ms {

/// Owns a POSIX file descriptor and closes it when it goes out of scope. Move-only. The
/// extraction code opens every directory and file relative to a directory descriptor, so
/// a leaked descriptor on an error path would otherwise be easy to write.
class UniqueFd
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd)
        : m_fd(fd)
    {
    }
    ~UniqueFd() { reset(); }

    UniqueFd(UniqueFd&& other) noexcept
        : m_fd(std::exchange(other.m_fd, -1))
    {
    }
    UniqueFd& operator=(UniqueFd&& other) noexcept
    {
        if (this != &other)
            reset(std::exchange(other.m_fd, -1));
        return *this;
    }
    UniqueFd(const UniqueFd&) = delete;
    UniqueFd& operator=(const UniqueFd&) = delete;

    int get() const { return m_fd; }
    bool isValid() const { return m_fd >= 0; }
    explicit operator bool() const { return isValid(); }

    /// Gives up ownership without closing.
    int release() { return std::exchange(m_fd, -1); }

    /// Closes the current descriptor (if any) and takes @p fd.
    void reset(int fd = -1)
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = fd;
    }

    /// Closes the descriptor and reports whether close() succeeded: for a file just
    /// written, a failing close() can be the first sign of a full disk (NFS, quotas).
    [[nodiscard]] bool close()
    {
        if (m_fd < 0)
            return true;
        return ::close(std::exchange(m_fd, -1)) == 0;
    }

private:
    int m_fd = -1;
};

} // namespace ms
