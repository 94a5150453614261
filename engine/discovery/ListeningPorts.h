#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

namespace ms {

/// A TCP socket listening on this machine.
struct Listener
{
    int port = 0;
    QString address; ///< local address: "0.0.0.0", "127.0.0.1", "::", "::1", …
    quint64 inode = 0; ///< the socket's inode, to find its process
    qint64 pid = 0; ///< the owning process when visible to us, else 0
    QString program; ///< its executable (/proc/<pid>/exe), when visible
    QString workingDir; ///< its working directory (/proc/<pid>/cwd), when visible

    bool ownerKnown() const { return pid > 0; }
    /// Whether the owner runs from @p folder (its working directory or executable lies
    /// inside it) — a site's own server. @p folder should be canonical.
    bool runsFrom(const QString& folder) const;
};

/// The TCP ports listening on this machine, from /proc/net/tcp and /proc/net/tcp6 (sockets
/// in state LISTEN), with their owning processes where the kernel lets us see them (our
/// own processes, or every process for root).
class ListeningPorts
{
    Q_DECLARE_TR_FUNCTIONS(ListeningPorts)

public:
    /// Nothing listens: for planning without looking at the machine.
    ListeningPorts() = default;

    /// Parses the contents of /proc/net/tcp and /proc/net/tcp6 (either may be empty).
    static ListeningPorts fromProcNet(QByteArrayView tcp, QByteArrayView tcp6);

    /// Reads this machine's listening sockets under @p procRoot. Fails only when neither
    /// table can be read; a machine without IPv6 has no tcp6 and that is fine.
    [[nodiscard]] static Result<ListeningPorts> readSystem(const QString& procRoot = QStringLiteral("/proc"));

    /// Finds the processes that own the sockets on @p ports (every port when empty), by
    /// looking for their inodes among /proc/<pid>/fd. Sockets of other users' processes
    /// stay without an owner unless we are root.
    void resolveOwners(const QSet<int>& ports = {}, const QString& procRoot = QStringLiteral("/proc"));

    bool isListening(int port) const { return m_ports.contains(port); }
    QList<Listener> listenersOn(int port) const;
    const QList<Listener>& listeners() const { return m_listeners; }

private:
    QList<Listener> m_listeners;
    QSet<int> m_ports;
};

} // namespace ms
