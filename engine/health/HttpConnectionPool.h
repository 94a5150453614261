#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace ms {

/// Keep-alive connections for the HTTP probes, so that a site probed every few seconds is
/// not reconnected every time (and health probes cost what a browser's request costs, not a
/// TCP handshake each). Connections are pooled by scheme, host, port and whether the TLS
/// certificate was verified: a connection opened without verification never carries a
/// probe that wants it. Lives on the probing thread; sockets are its children.
class HttpConnectionPool : public QObject
{
    Q_OBJECT

public:
    /// Idle connections kept per key, and how long an idle one is kept.
    static constexpr int MaxIdlePerKey = 8;
    static constexpr qint64 IdleTimeoutMs = 30 * 1000;

    explicit HttpConnectionPool(QObject* parent = nullptr);
    ~HttpConnectionPool() override;

    /// The pool's key for @p url with @p verify.
    static QString keyFor(const QUrl& url, bool verify);

    /// An idle connection for @p key, still open and with nothing unread; nullptr when there
    /// is none. The caller owns it until it gives it back or deletes it.
    QTcpSocket* take(const QString& key);
    /// A connection that finished a response and may carry another, with the caller's own
    /// signal connections already undone. The pool closes it
    /// when the server does, when it has been idle for IdleTimeoutMs, or when the key has
    /// MaxIdlePerKey already.
    void giveBack(const QString& key, QTcpSocket* socket);

    /// Idle connections across all keys.
    int idleCount() const;

private:
    struct Idle
    {
        QPointer<QTcpSocket> socket;
        QElapsedTimer since;
    };
    void drop(QTcpSocket* socket);
    void sweep();

    QHash<QString, QList<Idle>> m_idle;
    QTimer m_sweep {this};
};

} // namespace ms
