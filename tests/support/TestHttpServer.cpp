#include "TestHttpServer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPointer>
#include <QProcess>
#include <QSemaphore>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/socket.h>

// Serves one connection: reads a request, answers per its route, and for well-behaved
// routes keeps the connection alive for the next request.
class TestHttpServerConnection : public QObject
{
public:
    TestHttpServerConnection(TestHttpServer* owner, QTcpSocket* socket)
        : QObject(socket)
        , m_owner(owner)
        , m_socket(socket)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this] { onReadyRead(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::bytesWritten, this, [this] { feedEndless(); });
    }

private:
    void onReadyRead()
    {
        if (m_busy) {
            m_buffer += m_socket->readAll(); // a body or a pipelined request; read later
            return;
        }
        m_buffer += m_socket->readAll();
        const qsizetype end = m_buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QByteArray head = m_buffer.left(end);
        m_buffer = m_buffer.mid(end + 4);
        TestHttpServer::Request req;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                req.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }
        // Skip a request body (probes may POST).
        const qint64 contentLength = req.headers.value("content-length").toLongLong();
        if (contentLength > 0)
            m_buffer = m_buffer.mid(qMin<qint64>(contentLength, m_buffer.size()));
        m_owner->record(req);
        m_busy = true;
        TestHttpServer::Route route;
        const QByteArray path = req.path.left(req.path.indexOf('?') < 0 ? req.path.size() : req.path.indexOf('?'));
        if (!m_owner->findRoute(path, &route)) {
            route.status = 404;
            route.body = "not found\n";
        }
        if (route.delayMs > 0)
            QTimer::singleShot(route.delayMs, this, [this, req, route] { respond(req, route); });
        else
            respond(req, route);
    }

    static QByteArray reason(int status)
    {
        switch (status) {
        case 200: return "OK";
        case 206: return "Partial Content";
        case 301: return "Moved Permanently";
        case 302: return "Found";
        case 304: return "Not Modified";
        case 404: return "Not Found";
        case 416: return "Range Not Satisfiable";
        case 500: return "Internal Server Error";
        case 503: return "Service Unavailable";
        default: return "Status";
        }
    }

    void writeHead(int status, const QList<QPair<QByteArray, QByteArray>>& headers, qint64 length)
    {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
        for (const auto& h : headers)
            out += h.first + ": " + h.second + "\r\n";
        if (length >= 0)
            out += "Content-Length: " + QByteArray::number(length) + "\r\n";
        out += "\r\n";
        m_socket->write(out);
    }

    void respond(const TestHttpServer::Request& req, TestHttpServer::Route route)
    {
        using Mode = TestHttpServer::Mode;
        QList<QPair<QByteArray, QByteArray>> headers = route.headers;
        if (!route.etag.isEmpty())
            headers.append(qMakePair(QByteArray("ETag"), route.etag));
        if (!route.lastModified.isEmpty())
            headers.append(qMakePair(QByteArray("Last-Modified"), route.lastModified));

        if (route.mode == Mode::NoResponse)
            return;
        if (route.mode == Mode::RedirectLoop) {
            headers.append(qMakePair(QByteArray("Location"), req.path));
            writeHead(302, headers, 0);
            return finishRequest(true);
        }
        if (route.status == 200 && ((!route.etag.isEmpty() && req.headers.value("if-none-match") == route.etag)
                                    || (!route.lastModified.isEmpty()
                                        && req.headers.value("if-modified-since") == route.lastModified))) {
            writeHead(304, headers, 0);
            return finishRequest(true);
        }
        if (route.mode == Mode::Endless) {
            writeHead(route.status, headers, -1);
            m_endless = true;
            feedEndless();
            return;
        }

        int status = route.status;
        QByteArray body = route.body;
        const QByteArray range = req.headers.value("range");
        if (status == 200 && route.acceptRanges && range.startsWith("bytes=") && range.endsWith('-')) {
            const qint64 from = range.mid(6, range.size() - 7).toLongLong();
            if (from >= body.size()) {
                writeHead(416, {qMakePair(QByteArray("Content-Range"), "bytes */" + QByteArray::number(body.size()))}, 0);
                return finishRequest(true);
            }
            headers.append(qMakePair(QByteArray("Content-Range"), "bytes " + QByteArray::number(from) + '-'
                                                 + QByteArray::number(body.size() - 1) + '/'
                                                 + QByteArray::number(body.size())));
            body = body.mid(from);
            status = 206;
        }
        if (route.acceptRanges)
            headers.append(qMakePair(QByteArray("Accept-Ranges"), QByteArray("bytes")));
        const bool head = req.method == "HEAD";

        switch (route.mode) {
        case Mode::Normal:
            writeHead(status, headers, body.size());
            if (!head)
                m_socket->write(body);
            return finishRequest(true);
        case Mode::HangAfterHeaders:
            writeHead(status, headers, body.size());
            return;
        case Mode::StallAfter:
            writeHead(status, headers, body.size());
            m_socket->write(body.left(route.stallAfter));
            return;
        case Mode::TruncateAt:
            writeHead(status, headers, body.size());
            m_socket->write(body.left(route.truncateAt));
            m_socket->flush();
            m_socket->disconnectFromHost();
            return;
        case Mode::ResetAt: {
            writeHead(status, headers, body.size());
            m_socket->write(body.left(route.truncateAt));
            m_socket->flush();
            m_socket->waitForBytesWritten(1000);
            struct linger lg = {1, 0}; // close with RST, not FIN
            ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
            m_socket->abort();
            return;
        }
        case Mode::Trickle: {
            writeHead(status, headers, body.size());
            auto* timer = new QTimer(this);
            auto sent = std::make_shared<qint64>(0);
            QObject::connect(timer, &QTimer::timeout, this, [this, timer, sent, body, route] {
                if (*sent >= body.size()) {
                    timer->stop();
                    timer->deleteLater();
                    return finishRequest(true);
                }
                m_socket->write(body.mid(*sent, route.trickleBytes));
                *sent += route.trickleBytes;
            });
            timer->start(route.trickleIntervalMs);
            return;
        }
        default:
            return;
        }
    }

    void feedEndless()
    {
        if (!m_endless || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        static const QByteArray zeros(64 * 1024, '\0');
        while (m_socket->bytesToWrite() < 256 * 1024)
            m_socket->write(zeros);
    }

    void finishRequest(bool keepAlive)
    {
        m_busy = false;
        if (!keepAlive) {
            m_socket->disconnectFromHost();
            return;
        }
        if (m_buffer.contains("\r\n\r\n"))
            QTimer::singleShot(0, this, [this] { onReadyRead(); });
    }

    TestHttpServer* m_owner;
    QTcpSocket* m_socket;
    QByteArray m_buffer;
    bool m_busy = false;
    bool m_endless = false;
};

TestHttpServer::TestHttpServer(bool tls)
    : m_tls(tls)
{
}

TestHttpServer::~TestHttpServer()
{
    if (m_thread) {
        QMetaObject::invokeMethod(m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool TestHttpServer::start()
{
    if (m_tls) {
        QTemporaryDir dir;
        const int rc = QProcess::execute(QStringLiteral("openssl"),
                                         {"req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                                          "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1", "-addext",
                                          "subjectAltName=IP:127.0.0.1,DNS:localhost", "-keyout",
                                          dir.filePath("key.pem"), "-out", dir.filePath("cert.pem")});
        if (rc != 0)
            return false;
        QFile c(dir.filePath("cert.pem")), k(dir.filePath("key.pem"));
        if (!c.open(QIODevice::ReadOnly) || !k.open(QIODevice::ReadOnly))
            return false;
        m_certPem = c.readAll();
        m_keyPem = k.readAll();
    }

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("TestHttpServer"));
    m_thread->start();
    QSemaphore ready;
    bool ok = false;
    QObject* context = new QObject;
    context->moveToThread(m_thread);
    QMetaObject::invokeMethod(context, [&] {
        if (m_tls) {
            auto* ssl = new QSslServer;
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setLocalCertificate(QSslCertificate(m_certPem));
            conf.setPrivateKey(QSslKey(m_keyPem, QSsl::Ec));
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
            ssl->setSslConfiguration(conf);
            m_server = ssl;
        } else {
            m_server = new QTcpServer;
        }
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this] {
            while (QTcpSocket* s = m_server->nextPendingConnection())
                new TestHttpServerConnection(this, s);
        });
        ok = m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        ready.release();
    });
    ready.acquire();
    context->deleteLater();
    return ok;
}

QUrl TestHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3").arg(m_tls ? "https" : "http").arg(m_port).arg(path));
}

void TestHttpServer::setRoute(const QByteArray& path, const Route& route)
{
    QMutexLocker lock(&m_mutex);
    m_routes.insert(path, route);
}

void TestHttpServer::serveDirectory(const QString& dir, const QByteArray& prefix)
{
    QMutexLocker lock(&m_mutex);
    m_dirs.append({prefix.endsWith('/') ? prefix : prefix + '/', dir});
}

void TestHttpServer::removeRoute(const QByteArray& path)
{
    QMutexLocker lock(&m_mutex);
    m_routes.remove(path);
}

bool TestHttpServer::findRoute(const QByteArray& path, Route* out) const
{
    QMutexLocker lock(&m_mutex);
    if (const auto it = m_routes.constFind(path); it != m_routes.constEnd()) {
        *out = *it;
        return true;
    }
    for (const auto& [prefix, dir] : m_dirs) {
        if (!path.startsWith(prefix))
            continue;
        const QString rel = QString::fromUtf8(QByteArray::fromPercentEncoding(path.mid(prefix.size())));
        if (rel.contains(QStringLiteral("..")))
            return false;
        QFile f(dir + QLatin1Char('/') + rel);
        if (QFileInfo(f).isFile() && f.open(QIODevice::ReadOnly)) {
            *out = Route{};
            out->body = f.readAll();
            return true;
        }
    }
    return false;
}

void TestHttpServer::record(const Request& r)
{
    QMutexLocker lock(&m_mutex);
    m_requests.append(r);
}

QList<TestHttpServer::Request> TestHttpServer::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int TestHttpServer::requestCount(const QByteArray& path) const
{
    QMutexLocker lock(&m_mutex);
    int n = 0;
    for (const Request& r : m_requests)
        n += r.path == path ? 1 : 0;
    return n;
}

void TestHttpServer::clearRequests()
{
    QMutexLocker lock(&m_mutex);
    m_requests.clear();
}
