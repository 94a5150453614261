#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <memory>

class QThread;
class QTcpServer;

/// A real HTTP/1.1 server on 127.0.0.1 for tests, running on its own thread (so a test may
/// block on a child process while it serves). Each path gets a Route that says how to
/// misbehave: stall, truncate, reset, trickle, stream forever, loop redirects, hang after
/// the headers. It honours Range (206), If-None-Match and If-Modified-Since (304), and can
/// serve TLS with a self-signed certificate made by openssl at start.
class TestHttpServer
{
public:
    enum class Mode {
        Normal,           ///< status, headers and body, then close or keep-alive
        StallAfter,       ///< send `stallAfter` body bytes, then nothing, forever
        TruncateAt,       ///< promise the whole Content-Length, send `truncateAt` bytes, close
        ResetAt,          ///< send `truncateAt` bytes, then reset the connection (RST)
        Trickle,          ///< send `trickleBytes` every `trickleIntervalMs`
        Endless,          ///< no Content-Length; stream zeros until the client goes away
        HangAfterHeaders, ///< headers with a Content-Length, then silence
        RedirectLoop,     ///< 302 to itself, forever
        NoResponse,       ///< accept, read the request, answer nothing
    };

    struct Route
    {
        int status = 200;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        Mode mode = Mode::Normal;
        qint64 stallAfter = 0;
        qint64 truncateAt = 0;
        int trickleBytes = 1;
        int trickleIntervalMs = 100;
        int delayMs = 0;                ///< wait before answering
        QByteArray etag;                ///< sent as ETag; If-None-Match → 304
        QByteArray lastModified;        ///< sent as Last-Modified; If-Modified-Since equal → 304
        bool acceptRanges = true;       ///< honour "Range: bytes=N-"
    };

    /// One request as the server saw it.
    struct Request
    {
        QByteArray method;
        QByteArray path;
        QHash<QByteArray, QByteArray> headers; ///< lower-cased names
    };

    explicit TestHttpServer(bool tls = false);
    ~TestHttpServer();

    /// Listens on 127.0.0.1 on a free port. False when it cannot (the test should fail).
    bool start();
    quint16 port() const { return m_port; }
    /// http(s)://127.0.0.1:PORT + path
    QUrl url(const QString& path = QStringLiteral("/")) const;
    /// The self-signed certificate (PEM) when serving TLS.
    QByteArray certificatePem() const { return m_certPem; }

    /// Adds or replaces a route. Thread-safe; takes effect for the next request.
    void setRoute(const QByteArray& path, const Route& route);
    /// Serves every file under @p dir at /prefix/<relative path> (a static registry).
    void serveDirectory(const QString& dir, const QByteArray& prefix = "/");
    void removeRoute(const QByteArray& path);

    /// Requests received so far, in order.
    QList<Request> requests() const;
    int requestCount(const QByteArray& path) const;
    void clearRequests();

private:
    friend class TestHttpServerConnection;
    bool findRoute(const QByteArray& path, Route* out) const;
    void record(const Request& r);

    bool m_tls;
    quint16 m_port = 0;
    QByteArray m_certPem;
    QByteArray m_keyPem;
    QThread* m_thread = nullptr;
    QTcpServer* m_server = nullptr;
    mutable QMutex m_mutex;
    QHash<QByteArray, Route> m_routes;
    QList<QPair<QByteArray, QString>> m_dirs;
    QList<Request> m_requests;
};
