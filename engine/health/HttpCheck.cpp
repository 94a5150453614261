#include "health/HttpCheck.h"

#include "health/HttpConnectionPool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTcpSocket>

namespace ms {

namespace {

QString statusList(const ProbeSpec& spec)
{
    if (spec.expectStatus.isEmpty())
        return QStringLiteral("200–399");
    QStringList list;
    for (int s : spec.expectStatus)
        list << QString::number(s);
    return list.join(QStringLiteral(", "));
}

QString kib(qint64 bytes)
{
    return bytes % 1024 == 0 ? HttpCheck::tr("%1 KiB").arg(bytes / 1024)
                             : HttpCheck::tr("%1 bytes").arg(bytes);
}

// A JSON value as a short text for a message.
QString shortJson(const QJsonValue& v)
{
    QString text = QString::fromUtf8(QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact));
    text = text.mid(1).chopped(1);
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

} // namespace

HttpCheck::HttpCheck(ProbeSpec spec, HttpConnectionPool& pool, const Clock& clock, QObject* parent)
    : ProbeCheck(std::move(spec), clock, parent)
    , m_pool(pool)
{
}

HttpCheck::~HttpCheck()
{
    abort();
}

void HttpCheck::begin()
{
    request(spec().url, spec().httpMethod);
}

void HttpCheck::request(const QUrl& url, const QByteArray& method)
{
    m_url = url;
    m_method = method;
    m_anyAnswer = false;
    m_parser = std::make_unique<HttpResponseParser>(method == "HEAD", spec().maxBodyBytes);
    const bool tls = url.scheme() == u"https";
    m_key = HttpConnectionPool::keyFor(url, spec().tlsVerify);
    if (QTcpSocket* idle = m_pool.take(m_key)) {
        idle->setParent(this);
        connectSocket(idle, true);
        send();
        return;
    }
    QTcpSocket* socket = nullptr;
    if (tls) {
        auto* ssl = new QSslSocket(this);
        ssl->setPeerVerifyMode(spec().tlsVerify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        ssl->setPeerVerifyName(url.host());
        // HTTP/1.1 only: a probe has no use for HTTP/2's multiplexing.
        QSslConfiguration conf = ssl->sslConfiguration();
        conf.setAllowedNextProtocols({QSslConfiguration::NextProtocolHttp1_1});
        ssl->setSslConfiguration(conf);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError>& errors) {
            if (!errors.isEmpty() && m_tlsProblem.isEmpty())
                m_tlsProblem = errors.first().errorString();
        });
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connectSocket(socket, false);
    const quint16 port = quint16(url.port(tls ? 443 : 80));
    if (tls) {
        auto* ssl = static_cast<QSslSocket*>(socket);
        connect(ssl, &QSslSocket::encrypted, this, &HttpCheck::send);
        ssl->connectToHostEncrypted(url.host(), port);
    } else {
        connect(socket, &QTcpSocket::connected, this, &HttpCheck::send);
        socket->connectToHost(url.host(), port);
    }
}

void HttpCheck::connectSocket(QTcpSocket* socket, bool reused)
{
    m_socket = socket;
    m_reused = reused;
    connect(socket, &QTcpSocket::readyRead, this, &HttpCheck::onReadyRead);
    connect(socket, &QTcpSocket::disconnected, this, &HttpCheck::onDisconnected);
    connect(socket, &QTcpSocket::errorOccurred, this, &HttpCheck::onError);
}

void HttpCheck::send()
{
    if (!m_socket)
        return;
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    const bool tls = m_url.scheme() == u"https";
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    if (m_url.port() != -1 && m_url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(m_url.port());

    bool hasHost = false, hasAgent = false, hasConnection = false, hasAccept = false;
    QByteArray extra;
    for (const auto& [name, value] : spec().headers) {
        const QByteArray lower = name.toLower();
        hasHost = hasHost || lower == "host";
        hasAgent = hasAgent || lower == "user-agent";
        hasConnection = hasConnection || lower == "connection";
        hasAccept = hasAccept || lower == "accept";
        if (lower == "content-length" || lower == "transfer-encoding")
            continue; // the request has no body; the probe does not get to say otherwise
        extra += name + ": " + value + "\r\n";
    }
    QByteArray head = m_method + ' ' + target + " HTTP/1.1\r\n";
    if (!hasHost)
        head += "Host: " + host + "\r\n";
    if (!hasAgent)
        head += "User-Agent: Mothership-Health\r\n";
    if (!hasAccept)
        head += "Accept: */*\r\n";
    if (!hasConnection)
        head += "Connection: keep-alive\r\n";
    if (m_method == "POST")
        head += "Content-Length: 0\r\n";
    head += extra + "\r\n";
    m_socket->write(head);
}

void HttpCheck::onReadyRead()
{
    if (!m_socket || isFinished())
        return;
    const QByteArray bytes = m_socket->readAll();
    if (bytes.isEmpty())
        return;
    m_anyAnswer = true;
    const HttpResponseParser::State state = m_parser->feed(bytes);
    if (state == HttpResponseParser::State::Done)
        responseDone();
    else if (state == HttpResponseParser::State::Failed)
        judge();
}

void HttpCheck::onDisconnected()
{
    if (!m_socket || isFinished())
        return;
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!m_socket || isFinished())
        return;
    if (m_parser->finish() == HttpResponseParser::State::Done)
        return responseDone();
    onError();
}

void HttpCheck::onError()
{
    if (!m_socket || isFinished())
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString text = m_socket->errorString();
    if (code == QAbstractSocket::RemoteHostClosedError
        && m_parser->finish() == HttpResponseParser::State::Done)
        return responseDone();
    release(false);
    // A kept-alive connection the server had closed meanwhile: try once on a fresh one, as
    // every HTTP client does for a request the server never saw.
    if (m_reused && !m_anyAnswer && !m_retried
        && (code == QAbstractSocket::RemoteHostClosedError || code == QAbstractSocket::NetworkError)) {
        m_retried = true;
        return request(m_url, m_method);
    }
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
        return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, tr("connection refused")));
    case QAbstractSocket::HostNotFoundError:
        return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, tr("host not found")));
    case QAbstractSocket::SslHandshakeFailedError:
        return fail(
            ProbeOutcome::Failed,
            problem(ErrorCode::Untrusted, tr("TLS: %1").arg(m_tlsProblem.isEmpty() ? text : m_tlsProblem)));
    case QAbstractSocket::RemoteHostClosedError:
        return fail(ProbeOutcome::Failed,
                    problem(ErrorCode::Network,
                            m_anyAnswer
                                ? tr("the server closed the connection before the whole answer arrived")
                                : tr("the server closed the connection without answering")));
    default:
        return fail(ProbeOutcome::Failed,
                    problem(ErrorCode::Network,
                            m_anyAnswer ? tr("the connection broke mid-answer: %1").arg(text) : text));
    }
}

void HttpCheck::responseDone()
{
    const int status = m_parser->status();
    release(m_parser->keepAlive());
    if (isRedirect(status) && spec().maxRedirects > 0) {
        const QByteArray location = m_parser->header("location");
        if (!location.isEmpty()) {
            if (m_redirects >= spec().maxRedirects)
                return fail(ProbeOutcome::Failed,
                            problem(ErrorCode::Protocol,
                                    tr("too many redirects (more than %1)").arg(spec().maxRedirects)));
            const QUrl next = m_url.resolved(QUrl::fromEncoded(location.trimmed()));
            if (!next.isValid() || (next.scheme() != u"http" && next.scheme() != u"https")
                || next.host().isEmpty())
                return fail(ProbeOutcome::Failed,
                            problem(ErrorCode::Protocol, tr("redirected to an address that is not http(s)")));
            if (m_url.scheme() == u"https" && next.scheme() == u"http")
                return fail(ProbeOutcome::Failed,
                            problem(ErrorCode::Protocol, tr("redirected from https to http")));
            ++m_redirects;
            m_retried = false;
            // As browsers do: 303 always, and 301/302 after a POST, continue with GET.
            const bool toGet = status == 303 || ((status == 301 || status == 302) && m_method == "POST");
            return request(next, toGet ? QByteArray("GET") : m_method);
        }
    }
    judge();
}

void HttpCheck::release(bool reusable)
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    if (reusable && socket->state() == QAbstractSocket::ConnectedState) {
        m_pool.giveBack(m_key, socket);
        return;
    }
    socket->abort();
    socket->deleteLater();
}

void HttpCheck::abort()
{
    release(false);
}

QString HttpCheck::timeoutMessage() const
{
    if (m_parser && m_parser->headersSeen())
        return tr("the headers arrived, then the body did not finish within %1").arg(timeoutText());
    return tr("no answer within %1").arg(timeoutText());
}

void HttpCheck::judge()
{
    const ProbeSpec& s = spec();
    if (m_parser->state() == HttpResponseParser::State::Failed) {
        release(false);
        if (m_parser->failure() == HttpResponseParser::Failure::BodyTooLarge)
            return fail(
                ProbeOutcome::Failed,
                problem(ErrorCode::Protocol,
                        tr("the answer is larger than %1 (max_body_bytes)").arg(kib(s.maxBodyBytes))));
        return fail(ProbeOutcome::Failed, problem(ErrorCode::Protocol, m_parser->errorString()));
    }
    const int status = m_parser->status();
    const QByteArray& body = m_parser->body();
    if (!s.acceptsStatus(status))
        return fail(ProbeOutcome::Failed,
                    problem(ErrorCode::Protocol, tr("HTTP %1 (expected %2)").arg(status).arg(statusList(s))));
    if (!s.bodyContains.isEmpty() && !body.contains(s.bodyContains.toUtf8()))
        return fail(
            ProbeOutcome::Failed,
            problem(ErrorCode::Protocol,
                    tr("HTTP %1, but the answer does not contain \"%2\"").arg(status).arg(s.bodyContains)));
    if (s.jsonPointer) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Protocol, tr("HTTP %1, but the answer is not JSON").arg(status)));
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const std::optional<QJsonValue> value = s.jsonPointer->resolve(root);
        if (!value)
            return fail(
                ProbeOutcome::Failed,
                problem(ErrorCode::Protocol,
                        tr("HTTP %1, but the answer has no %2").arg(status).arg(s.jsonPointer->text())));
        if (s.jsonEquals && *value != *s.jsonEquals)
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Protocol,
                                tr("HTTP %1, but %2 is %3, not %4")
                                    .arg(QString::number(status), s.jsonPointer->text(), shortJson(*value),
                                         shortJson(*s.jsonEquals))));
    }
    pass(tr("HTTP %1").arg(status));
}

} // namespace ms
