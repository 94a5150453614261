#include "health/HttpConnectionPool.h"

#include <QTcpSocket>

namespace ms {

HttpConnectionPool::HttpConnectionPool(QObject* parent)
    : QObject(parent)
{
    m_sweep.setInterval(int(IdleTimeoutMs));
    connect(&m_sweep, &QTimer::timeout, this, &HttpConnectionPool::sweep);
}

HttpConnectionPool::~HttpConnectionPool() = default;

QString HttpConnectionPool::keyFor(const QUrl& url, bool verify)
{
    const int port = url.port(url.scheme() == u"https" ? 443 : 80);
    return url.scheme() + QStringLiteral("://") + url.host() + u':' + QString::number(port)
        + (verify ? QStringLiteral(" verified") : QStringLiteral(" unverified"));
}

QTcpSocket* HttpConnectionPool::take(const QString& key)
{
    auto it = m_idle.find(key);
    if (it == m_idle.end())
        return nullptr;
    QTcpSocket* found = nullptr;
    // Most recently used first: the likeliest to be open still.
    while (!it->isEmpty() && !found) {
        Idle idle = it->takeLast();
        QTcpSocket* socket = idle.socket;
        if (!socket)
            continue;
        socket->disconnect(this);
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesAvailable() == 0
            && idle.since.elapsed() < IdleTimeoutMs)
            found = socket;
        else
            drop(socket);
    }
    if (it->isEmpty())
        m_idle.erase(it);
    return found;
}

void HttpConnectionPool::giveBack(const QString& key, QTcpSocket* socket)
{
    if (!socket)
        return;
    socket->setParent(this);
    QList<Idle>& list = m_idle[key];
    if (list.size() >= MaxIdlePerKey) {
        drop(socket);
        return;
    }
    // While it waits, anything from the server — data nobody asked for, or the close —
    // makes it unfit: close it now rather than on the next take().
    auto unfit = [this, socket] {
        for (auto it = m_idle.begin(); it != m_idle.end(); ++it) {
            it->removeIf([socket](const Idle& i) { return i.socket == socket; });
        }
        drop(socket);
    };
    connect(socket, &QTcpSocket::readyRead, this, unfit);
    connect(socket, &QTcpSocket::disconnected, this, unfit);
    Idle idle;
    idle.socket = socket;
    idle.since.start();
    list.append(idle);
    if (!m_sweep.isActive())
        m_sweep.start();
}

int HttpConnectionPool::idleCount() const
{
    int n = 0;
    for (const QList<Idle>& list : m_idle)
        n += int(list.size());
    return n;
}

void HttpConnectionPool::drop(QTcpSocket* socket)
{
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

void HttpConnectionPool::sweep()
{
    for (auto it = m_idle.begin(); it != m_idle.end();) {
        it->removeIf([this](const Idle& i) {
            if (i.socket && i.since.elapsed() < IdleTimeoutMs)
                return false;
            if (i.socket)
                drop(i.socket);
            return true;
        });
        it = it->isEmpty() ? m_idle.erase(it) : std::next(it);
    }
    if (m_idle.isEmpty())
        m_sweep.stop();
}

} // namespace ms
