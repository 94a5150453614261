#include "health/HttpCheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QSslError>

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
    return bytes % 1024 == 0 ? HttpCheck::tr("%1 KiB").arg(bytes / 1024) : HttpCheck::tr("%1 bytes").arg(bytes);
}

// A JSON value as a short text for a message.
QString shortJson(const QJsonValue& v)
{
    QString text;
    if (v.isString())
        text = u'"' + v.toString() + u'"';
    else if (v.isObject() || v.isArray())
        text = QString::fromUtf8(v.isObject() ? QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)
                                              : QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    else
        text = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
    return text.size() > 60 ? text.left(59) + QChar(0x2026) : text;
}

} // namespace

HttpCheck::HttpCheck(ProbeSpec spec, QNetworkAccessManager& network, const Clock& clock, QObject* parent)
    : ProbeCheck(std::move(spec), clock, parent)
    , m_network(network)
{
}

HttpCheck::~HttpCheck()
{
    abort();
}

void HttpCheck::begin()
{
    const ProbeSpec& s = spec();
    QNetworkRequest request(s.url);
    for (const auto& [name, value] : s.headers)
        request.setRawHeader(name, value);
    if (!request.hasRawHeader(QByteArrayLiteral("User-Agent")))
        request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("Mothership-Health"));
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (s.maxRedirects == 0) {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    } else {
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
        request.setMaximumRedirectsAllowed(s.maxRedirects);
    }
    // The probe's own timer bounds the whole exchange; QNAM's would only bound silences.
    request.setTransferTimeout(0);
    if (s.url.scheme() == u"https") {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setPeerVerifyMode(s.tlsVerify ? QSslSocket::VerifyPeer : QSslSocket::VerifyNone);
        request.setSslConfiguration(tls);
    }

    if (s.httpMethod == "HEAD")
        m_reply = m_network.head(request);
    else if (s.httpMethod == "POST")
        m_reply = m_network.post(request, QByteArray());
    else
        m_reply = m_network.get(request);
    // Bounds what QNAM buffers for us too: an endless body cannot pile up behind our back.
    m_reply->setReadBufferSize(qMin<qint64>(s.maxBodyBytes + 1, 64 * 1024));
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] { m_headersSeen = true; });
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCheck::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCheck::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        if (!errors.isEmpty() && m_tlsProblem.isEmpty())
            m_tlsProblem = errors.first().errorString();
    });
}

void HttpCheck::abort()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

QString HttpCheck::timeoutMessage() const
{
    if (m_headersSeen)
        return tr("the headers arrived, then the body did not finish within %1").arg(timeoutText());
    return tr("no answer within %1").arg(timeoutText());
}

void HttpCheck::onReadyRead()
{
    if (!m_reply)
        return;
    const qint64 cap = spec().maxBodyBytes;
    m_body += m_reply->read(cap + 1 - m_body.size());
    if (m_body.size() > cap) {
        m_tooLarge = true;
        abort();
        fail(ProbeOutcome::Failed,
             problem(ErrorCode::Protocol,
                   tr("the answer is larger than %1 (max_body_bytes)").arg(kib(spec().maxBodyBytes))));
    }
}

void HttpCheck::onFinished()
{
    if (!m_reply)
        return;
    onReadyRead();
    if (!m_reply)
        return; // too large: already failed
    QNetworkReply* reply = m_reply;
    const QNetworkReply::NetworkError code = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString errorText = reply->errorString();
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();

    // Codes below 200 are transport failures; the others stand for an HTTP status, which
    // judge() reads itself.
    if (code != QNetworkReply::NoError && int(code) < 200) {
        switch (code) {
        case QNetworkReply::ConnectionRefusedError:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, tr("connection refused")));
        case QNetworkReply::RemoteHostClosedError:
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Network,
                              m_headersSeen ? tr("the server closed the connection before the whole answer arrived")
                                            : tr("the server closed the connection without answering")));
        case QNetworkReply::HostNotFoundError:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, tr("host not found")));
        case QNetworkReply::TooManyRedirectsError:
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Protocol, tr("too many redirects (more than %1)").arg(spec().maxRedirects)));
        case QNetworkReply::InsecureRedirectError:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Protocol, tr("redirected from https to http")));
        case QNetworkReply::SslHandshakeFailedError:
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Untrusted,
                              tr("TLS: %1").arg(m_tlsProblem.isEmpty() ? errorText : m_tlsProblem)));
        default:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, errorText));
        }
    }
    judge(status);
}

void HttpCheck::judge(int status)
{
    const ProbeSpec& s = spec();
    if (status <= 0)
        return fail(ProbeOutcome::Failed, problem(ErrorCode::Protocol, tr("no HTTP status in the answer")));
    if (!s.acceptsStatus(status))
        return fail(ProbeOutcome::Failed,
                    problem(ErrorCode::Protocol, tr("HTTP %1 (expected %2)").arg(status).arg(statusList(s))));
    if (!s.bodyContains.isEmpty() && !m_body.contains(s.bodyContains.toUtf8()))
        return fail(ProbeOutcome::Failed,
                    problem(ErrorCode::Protocol, tr("HTTP %1, but the answer does not contain \"%2\"")
                                                   .arg(status)
                                                   .arg(s.bodyContains)));
    if (s.jsonPointer) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_body, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Protocol, tr("HTTP %1, but the answer is not JSON").arg(status)));
        const QJsonValue root = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
        const std::optional<QJsonValue> value = s.jsonPointer->resolve(root);
        if (!value)
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Protocol, tr("HTTP %1, but the answer has no %2")
                                                                            .arg(status)
                                                                            .arg(s.jsonPointer->text())));
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
