#include "discovery/ListeningPorts.h"

#include "discovery/FileContent.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QHostAddress>
#include <dirent.h>
#include <unistd.h>

namespace ms {

namespace {

constexpr qsizetype kMaxTableSize = 64 * 1024 * 1024;

QString readLink(const QString& path)
{
    char buffer[4096];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer - 1);
    return n > 0 ? QFile::decodeName(QByteArray(buffer, n)) : QString();
}

// "0100007F" → "127.0.0.1"; 32 hex digits → an IPv6 address. The kernel prints each
// 32-bit word of the address in host byte order (little-endian here).
QString decodeAddress(QByteArrayView hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex.toByteArray());
    if (bytes.size() == 4) {
        const auto* b = reinterpret_cast<const uchar*>(bytes.constData());
        return QStringLiteral("%1.%2.%3.%4").arg(b[3]).arg(b[2]).arg(b[1]).arg(b[0]);
    }
    if (bytes.size() == 16) {
        Q_IPV6ADDR addr;
        for (int word = 0; word < 4; ++word) {
            for (int i = 0; i < 4; ++i)
                addr[word * 4 + i] = quint8(bytes[word * 4 + 3 - i]);
        }
        return QHostAddress(addr).toString();
    }
    return {};
}

void parseTable(QByteArrayView table, QList<Listener>& out)
{
    // "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode"
    qsizetype pos = table.indexOf('\n');
    while (pos >= 0 && pos < table.size()) {
        const qsizetype next = table.indexOf('\n', pos + 1);
        const QByteArrayView line = table.sliced(pos + 1, (next < 0 ? table.size() : next) - pos - 1);
        pos = next;
        QList<QByteArrayView> fields;
        qsizetype i = 0;
        while (i < line.size() && fields.size() < 10) {
            while (i < line.size() && line[i] == ' ')
                ++i;
            const qsizetype begin = i;
            while (i < line.size() && line[i] != ' ')
                ++i;
            if (i > begin)
                fields.append(line.sliced(begin, i - begin));
        }
        if (fields.size() < 10 || fields.at(3) != "0A") // 0A: TCP_LISTEN
            continue;
        const QByteArrayView local = fields.at(1);
        const qsizetype colon = local.indexOf(':');
        if (colon < 0)
            continue;
        bool ok = false;
        Listener l;
        l.port = local.sliced(colon + 1).toByteArray().toInt(&ok, 16);
        if (!ok)
            continue;
        l.address = decodeAddress(local.first(colon));
        l.inode = fields.at(9).toByteArray().toULongLong();
        out.append(l);
    }
}

} // namespace

bool Listener::runsFrom(const QString& folder) const
{
    if (folder.isEmpty())
        return false;
    auto inside = [&](const QString& path) {
        return path == folder
            || (path.startsWith(folder) && path.size() > folder.size() && path.at(folder.size()) == u'/');
    };
    return (!workingDir.isEmpty() && inside(workingDir)) || (!program.isEmpty() && inside(program));
}

ListeningPorts ListeningPorts::fromProcNet(QByteArrayView tcp, QByteArrayView tcp6)
{
    ListeningPorts result;
    parseTable(tcp, result.m_listeners);
    parseTable(tcp6, result.m_listeners);
    for (const Listener& l : std::as_const(result.m_listeners))
        result.m_ports.insert(l.port);
    return result;
}

Result<ListeningPorts> ListeningPorts::readSystem(const QString& procRoot)
{
    const Result<QByteArray> tcp = FileContent::read(procRoot + QStringLiteral("/net/tcp"), kMaxTableSize);
    const Result<QByteArray> tcp6 = FileContent::read(procRoot + QStringLiteral("/net/tcp6"), kMaxTableSize);
    if (!tcp && !tcp6)
        return Error(ErrorCode::Io, tr("cannot read the listening sockets: %1").arg(tcp.error().message()),
                     procRoot + QStringLiteral("/net/tcp"));
    return fromProcNet(tcp ? QByteArrayView(*tcp) : QByteArrayView(),
                       tcp6 ? QByteArrayView(*tcp6) : QByteArrayView());
}

void ListeningPorts::resolveOwners(const QSet<int>& ports, const QString& procRoot)
{
    QHash<quint64, QList<qsizetype>> wanted; // socket inode → listeners
    for (qsizetype i = 0; i < m_listeners.size(); ++i) {
        if ((ports.isEmpty() || ports.contains(m_listeners.at(i).port)) && m_listeners.at(i).inode != 0)
            wanted[m_listeners.at(i).inode].append(i);
    }
    if (wanted.isEmpty())
        return;

    DIR* proc = ::opendir(QFile::encodeName(procRoot).constData());
    if (!proc)
        return;
    while (const dirent* entry = ::readdir(proc)) {
        const char* name = entry->d_name;
        if (name[0] < '1' || name[0] > '9')
            continue;
        const QString pidDir = procRoot + u'/' + QLatin1String(name);
        const QString fdDir = pidDir + QStringLiteral("/fd");
        DIR* fds = ::opendir(QFile::encodeName(fdDir).constData());
        if (!fds)
            continue; // another user's process: not ours to see
        while (const dirent* fd = ::readdir(fds)) {
            if (fd->d_name[0] == '.')
                continue;
            const QString link = readLink(fdDir + u'/' + QLatin1String(fd->d_name));
            if (!link.startsWith(QLatin1String("socket:[")))
                continue;
            const quint64 inode = QStringView(link).sliced(8).chopped(1).toULongLong();
            const auto it = wanted.constFind(inode);
            if (it == wanted.cend())
                continue;
            const qint64 pid = QByteArray(name).toLongLong();
            const QString program = readLink(pidDir + QStringLiteral("/exe"));
            const QString cwd = readLink(pidDir + QStringLiteral("/cwd"));
            for (const qsizetype index : *it) {
                Listener& l = m_listeners[index];
                l.pid = pid;
                l.program = program;
                l.workingDir = cwd;
            }
        }
        ::closedir(fds);
    }
    ::closedir(proc);
}

QList<Listener> ListeningPorts::listenersOn(int port) const
{
    QList<Listener> out;
    for (const Listener& l : m_listeners) {
        if (l.port == port)
            out.append(l);
    }
    return out;
}

} // namespace ms
