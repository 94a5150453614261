#include "registry/Transfer.h"

#include "registry/TransferSink.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr qint64 FileChunkBytes = 64 * 1024;
constexpr qint64 ReadBufferBytes = 256 * 1024;
// The body of an error answer is read and dropped, up to this much.
constexpr qint64 MaxDiscardedBytes = 64 * 1024;

// Content-Range: bytes START-END/TOTAL (TOTAL may be "*").
std::optional<qint64> contentRangeStart(const QByteArray& header)
{
    static const QRegularExpression pattern(u"^bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)$"_s);
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    bool ok = false;
    const qint64 start = m.captured(1).toLongLong(&ok);
    return ok ? std::optional<qint64>(start) : std::nullopt;
}

} // namespace

Transfer::Transfer(QNetworkAccessManager* nam, Request request, Policy policy, TransferSink* sink,
                   QObject* parent)
    : QObject(parent)
    , m_nam(nam)
    , m_request(std::move(request))
    , m_policy(policy)
    , m_sink(sink)
    , m_subject(displayUrl(m_request.url))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Transfer::onTimer);
    m_policy.maxAttempts = qMax(1, m_policy.maxAttempts);
}

Transfer::~Transfer()
{
    // The file reader on the pool writes into the sink and reads m_request: let it stop first.
    m_cancelled.storeRelaxed(1);
    if (m_fileWatcher) {
        m_fileWatcher->disconnect(this);
        m_fileWatcher->waitForFinished();
    }
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString Transfer::displayUrl(const QUrl& url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

QUrl Transfer::childUrl(const QUrl& root, const QString& relativePath)
{
    QUrl url = root;
    QString path = root.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    url.setPath(path + relativePath);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

void Transfer::start()
{
    if (m_request.url.isLocalFile())
        return startFile();
    const QString scheme = m_request.url.scheme();
    if (scheme != u"http" && scheme != u"https")
        return finish(Error(
            ErrorCode::InvalidArgument,
            tr("cannot fetch %1: only https://, http:// and file:// URLs are supported").arg(m_request.what),
            m_subject));
    if (!m_nam)
        return finish(
            Error(ErrorCode::Internal, tr("no network access for %1").arg(m_request.what), m_subject));
    startAttempt();
}

void Transfer::cancel()
{
    if (m_finished || !m_cancelled.testAndSetRelaxed(0, 1))
        return;
    if (m_reply) {
        m_reply->abort(); // onReplyFinished() finishes with Cancelled
        return;
    }
    if (m_phase == Phase::Backoff) {
        m_timer->stop();
        finish(Error(ErrorCode::Cancelled, tr("cancelled"), m_subject));
    }
    // A file read on the pool polls m_cancelled and finishes by itself.
}

void Transfer::startAttempt()
{
    ++m_outcome.attempts;
    m_attemptFailure = {};
    m_attemptFailureTransient = false;
    m_attemptReceived = 0;
    m_discarded = 0;
    m_expectedLength = -1;
    m_headersChecked = false;
    m_attemptOffset = m_sink->offset();
    if (m_attemptOffset > m_request.maxBytes)
        m_attemptOffset = 0;
    if (m_attemptOffset == 0) {
        if (Status s = m_sink->restart(); !s)
            return finish(s.error());
    }

    QNetworkRequest request(m_request.url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(m_policy.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    // Our own timers decide; Qt's transfer timeout would turn a stall into a plain abort.
    request.setTransferTimeout(0);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(u"Mothership/"_s + QCoreApplication::applicationVersion()));
    if (!m_request.allowCompression)
        request.setRawHeader("Accept-Encoding", "identity");
    if (m_attemptOffset > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_attemptOffset) + '-');
    if (!m_request.ifNoneMatch.isEmpty())
        request.setRawHeader("If-None-Match", m_request.ifNoneMatch);
    if (!m_request.ifModifiedSince.isEmpty())
        request.setRawHeader("If-Modified-Since", m_request.ifModifiedSince);

    QNetworkReply* reply = m_nam->get(request);
    // Flow control: Qt's network thread stops reading the socket while this much is waiting
    // for us. Without it, a server that streams without end keeps that thread in its read
    // loop even after the reply is aborted, and every other request through it starves.
    reply->setReadBufferSize(ReadBufferBytes);
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &Transfer::onMetaData);
    connect(reply, &QNetworkReply::readyRead, this, &Transfer::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &Transfer::onReplyFinished);
    connect(reply, &QNetworkReply::socketStartedConnecting, this, [this] { armTimer(Phase::Connecting); });
    connect(reply, &QNetworkReply::requestSent, this, [this] { armTimer(Phase::Waiting); });
    armTimer(Phase::Connecting);
}

void Transfer::armTimer(Phase phase)
{
    m_phase = phase;
    switch (phase) {
    case Phase::Connecting:
        m_timer->start(m_policy.connectTimeoutMs);
        break;
    case Phase::Waiting:
        m_timer->start(m_policy.stallTimeoutMs);
        break;
    case Phase::Backoff:
    case Phase::Idle:
        m_timer->stop();
        break;
    }
}

void Transfer::onTimer()
{
    if (m_phase == Phase::Backoff) {
        startAttempt();
        return;
    }
    if (!m_reply)
        return;
    if (m_phase == Phase::Connecting)
        m_attemptFailure = Error(ErrorCode::Timeout,
                                 tr("could not connect to fetch %1 within %2 s")
                                     .arg(m_request.what)
                                     .arg(m_policy.connectTimeoutMs / 1000.0),
                                 m_subject);
    else
        m_attemptFailure = Error(ErrorCode::Timeout,
                                 tr("the server stopped sending %1: nothing arrived for %2 s")
                                     .arg(m_request.what)
                                     .arg(m_policy.stallTimeoutMs / 1000.0),
                                 m_subject);
    m_attemptFailureTransient = true;
    m_reply->abort();
}

void Transfer::onMetaData()
{
    if (!m_reply || m_headersChecked)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // A redirect Qt is about to follow; the final answer comes with its own headers.
    if (status >= 300 && status < 400 && status != 304)
        return;
    m_headersChecked = true;
    armTimer(Phase::Waiting);
    m_outcome.httpStatus = status;

    // Aborted from the event loop, not from inside this signal: Qt reports an error status
    // itself right after metaDataChanged(), and an abort in between would report twice.
    auto stop = [this](Error error, bool transient) {
        m_attemptFailure = std::move(error);
        m_attemptFailureTransient = transient;
        QMetaObject::invokeMethod(
            this,
            [reply = m_reply] {
                if (reply && reply->isRunning() && reply->error() == QNetworkReply::NoError)
                    reply->abort();
            },
            Qt::QueuedConnection);
    };
    // An error status: Qt ends the reply by itself once the (short) body is in; a body that
    // goes on is cut in onReadyRead().
    auto refuse = [this](Error error, bool transient) {
        m_attemptFailure = std::move(error);
        m_attemptFailureTransient = transient;
    };
    const QString reason = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    const QString answered = QString::number(status) + (reason.isEmpty() ? QString() : u' ' + reason);

    if (status == 304) {
        if (m_request.ifNoneMatch.isEmpty() && m_request.ifModifiedSince.isEmpty())
            return stop(
                Error(ErrorCode::Protocol,
                      tr("the server answered 304 Not Modified for %1 without being asked conditionally")
                          .arg(m_request.what),
                      m_subject),
                false);
        m_outcome.notModified = true;
        return;
    }
    if (status >= 500)
        return refuse(Error(ErrorCode::Network,
                            tr("the server answered %1 for %2").arg(answered, m_request.what), m_subject),
                      true);
    if (status == 416 && m_attemptOffset > 0) {
        // The held bytes do not fit the resource any more: start again from the beginning.
        if (Status s = m_sink->restart(); !s)
            return refuse(s.error(), false);
        return refuse(
            Error(ErrorCode::Protocol,
                  tr("the server refused to resume %1 at byte %2").arg(m_request.what).arg(m_attemptOffset),
                  m_subject),
            true);
    }
    if (status >= 400)
        return refuse(Error(ErrorCode::Protocol,
                            tr("the server answered %1 for %2").arg(answered, m_request.what), m_subject),
                      false);
    if (status != 200 && status != 206)
        return stop(
            Error(ErrorCode::Protocol,
                  tr("the server answered %1 for %2 instead of sending it").arg(answered, m_request.what),
                  m_subject),
            false);

    if (status == 206) {
        const std::optional<qint64> start = contentRangeStart(m_reply->rawHeader("Content-Range"));
        if (m_attemptOffset == 0 || !start || *start != m_attemptOffset) {
            if (Status s = m_sink->restart(); !s)
                return stop(s.error(), false);
            return stop(Error(ErrorCode::Protocol,
                              tr("the server sent part of %1 that does not continue at byte %2")
                                  .arg(m_request.what)
                                  .arg(m_attemptOffset),
                              m_subject),
                        true);
        }
        m_outcome.resumed = true;
    } else if (m_attemptOffset > 0) {
        // The server ignored Range and sends everything again.
        if (Status s = m_sink->restart(); !s)
            return stop(s.error(), false);
        m_attemptOffset = 0;
    }

    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && !m_reply->hasRawHeader("Content-Encoding")) {
        m_expectedLength = length.toLongLong();
        if (m_attemptOffset + m_expectedLength > m_request.maxBytes)
            return stop(capError(), false);
    }
    m_outcome.etag = m_reply->rawHeader("ETag");
    m_outcome.lastModified = m_reply->rawHeader("Last-Modified");
    Q_EMIT progress(m_attemptOffset, m_expectedLength >= 0 ? m_attemptOffset + m_expectedLength : -1);
}

void Transfer::onReadyRead()
{
    if (!m_reply)
        return;
    if (!m_headersChecked)
        onMetaData();
    if (!m_reply || m_attemptFailure.isError() || !m_headersChecked || m_outcome.notModified) {
        if (!m_reply)
            return;
        m_discarded += m_reply->readAll().size();
        if (m_discarded > MaxDiscardedBytes && m_reply->isRunning())
            m_reply->abort();
        return;
    }
    armTimer(Phase::Waiting);
    const QByteArray data = m_reply->readAll();
    if (!acceptBytes(data))
        return;
    Q_EMIT progress(m_attemptOffset + m_attemptReceived,
                    m_expectedLength >= 0 ? m_attemptOffset + m_expectedLength : -1);
}

bool Transfer::acceptBytes(const QByteArray& data)
{
    if (m_attemptOffset + m_attemptReceived + data.size() > m_request.maxBytes) {
        m_attemptFailure = capError();
        m_attemptFailureTransient = false;
        m_reply->abort();
        return false;
    }
    if (Status s = m_sink->write(data); !s) {
        m_attemptFailure = s.error();
        m_attemptFailureTransient = false;
        m_reply->abort();
        return false;
    }
    m_attemptReceived += data.size();
    return true;
}

Error Transfer::capError() const
{
    return Error(ErrorCode::Integrity,
                 tr("%1 is larger than the %2 bytes allowed; the transfer was stopped")
                     .arg(m_request.what)
                     .arg(m_request.maxBytes),
                 m_subject);
}

void Transfer::onReplyFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    reply->disconnect(this);
    reply->deleteLater();
    m_timer->stop();
    m_phase = Phase::Idle;

    if (m_cancelled.loadRelaxed())
        return finish(Error(ErrorCode::Cancelled, tr("cancelled"), m_subject));
    if (m_attemptFailure.isError())
        return endAttempt(m_attemptFailure, m_attemptFailureTransient);
    if (!m_headersChecked && reply->error() == QNetworkReply::NoError) {
        m_reply = reply;
        onMetaData();
        m_reply = nullptr;
        if (m_attemptFailure.isError())
            return endAttempt(m_attemptFailure, m_attemptFailureTransient);
    }
    // Bytes that arrived with the end of the answer.
    if (reply->error() == QNetworkReply::NoError && reply->bytesAvailable() > 0 && !m_outcome.notModified) {
        m_reply = reply;
        const bool accepted = acceptBytes(reply->readAll());
        m_reply = nullptr;
        if (!accepted)
            return endAttempt(m_attemptFailure, m_attemptFailureTransient);
    }
    if (reply->error() != QNetworkReply::NoError)
        return endAttempt(networkError(reply->error(), reply->errorString()), [code = reply->error()] {
            switch (code) {
            case QNetworkReply::ConnectionRefusedError:
            case QNetworkReply::RemoteHostClosedError:
            case QNetworkReply::HostNotFoundError:
            case QNetworkReply::TimeoutError:
            case QNetworkReply::TemporaryNetworkFailureError:
            case QNetworkReply::NetworkSessionFailedError:
            case QNetworkReply::UnknownNetworkError:
            case QNetworkReply::ProxyConnectionRefusedError:
            case QNetworkReply::ProxyConnectionClosedError:
            case QNetworkReply::ProxyTimeoutError:
            case QNetworkReply::InternalServerError:
            case QNetworkReply::ServiceUnavailableError:
            case QNetworkReply::UnknownServerError:
            case QNetworkReply::OperationCanceledError:
                return true;
            default:
                return false;
            }
        }());
    if (m_outcome.notModified) {
        m_outcome.bytes = 0;
        return finish();
    }
    if (m_expectedLength >= 0 && m_attemptReceived != m_expectedLength)
        return endAttempt(Error(ErrorCode::Network,
                                tr("the connection closed after %1 of %2 bytes of %3")
                                    .arg(m_attemptOffset + m_attemptReceived)
                                    .arg(m_attemptOffset + m_expectedLength)
                                    .arg(m_request.what),
                                m_subject),
                          true);
    m_outcome.bytes = m_attemptOffset + m_attemptReceived;
    finish();
}

Error Transfer::networkError(int code, const QString& text) const
{
    switch (code) {
    case QNetworkReply::SslHandshakeFailedError:
        return Error(ErrorCode::Untrusted,
                     tr("the secure connection for %1 failed: %2").arg(m_request.what, text), m_subject);
    case QNetworkReply::TooManyRedirectsError:
        return Error(
            ErrorCode::Protocol,
            tr("%1 was redirected more than %2 times").arg(m_request.what).arg(m_policy.maxRedirects),
            m_subject);
    case QNetworkReply::InsecureRedirectError:
        return Error(ErrorCode::Protocol,
                     tr("%1 was redirected from https to an insecure URL; refused").arg(m_request.what),
                     m_subject);
    default:
        return Error(ErrorCode::Network, tr("cannot fetch %1: %2").arg(m_request.what, text), m_subject);
    }
}

void Transfer::endAttempt(const Error& error, bool transient)
{
    if (transient && m_outcome.attempts < m_policy.maxAttempts && !m_cancelled.loadRelaxed()) {
        const int shift = qMin(m_outcome.attempts - 1, 20);
        const qint64 delay = qMin<qint64>(m_policy.backoffMaxMs, qint64(m_policy.backoffInitialMs) << shift);
        m_phase = Phase::Backoff;
        m_timer->start(int(delay));
        return;
    }
    if (transient && m_outcome.attempts > 1) {
        Error last = error;
        return finish(std::move(last).withDetail(tr("Gave up after %1 attempts.").arg(m_outcome.attempts)));
    }
    finish(error);
}

void Transfer::startFile()
{
    ++m_outcome.attempts;
    m_fileWatcher = new QFutureWatcher<Error>(this);
    connect(m_fileWatcher, &QFutureWatcher<Error>::finished, this, [this] {
        const Error error = m_fileWatcher->result();
        if (!error.isError())
            m_outcome.bytes = m_attemptOffset + m_attemptReceived;
        Q_EMIT progress(m_outcome.bytes, m_outcome.bytes);
        finish(error);
    });
    m_fileWatcher->setFuture(QtConcurrent::run([this]() -> Error {
        const QString path = m_request.url.toLocalFile();
        QFile file(path);
        if (!QFileInfo::exists(path))
            return Error(ErrorCode::NotFound, tr("%1 does not exist").arg(m_request.what), m_subject);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("cannot read %1: %2").arg(m_request.what, file.errorString()),
                         m_subject);
        const bool sequential = file.isSequential();
        if (!sequential && file.size() > m_request.maxBytes)
            return capError();
        m_attemptOffset = m_sink->offset();
        if (m_attemptOffset > 0
            && (sequential || file.size() < m_attemptOffset || !file.seek(m_attemptOffset)))
            m_attemptOffset = 0;
        if (m_attemptOffset == 0) {
            if (Status s = m_sink->restart(); !s)
                return s.error();
        } else {
            m_outcome.resumed = true;
        }
        for (;;) {
            if (m_cancelled.loadRelaxed())
                return Error(ErrorCode::Cancelled, tr("cancelled"), m_subject);
            // A block of its own each time: the sink may keep the one before.
            QByteArray buffer(FileChunkBytes, Qt::Uninitialized);
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return Error(ErrorCode::Io, tr("cannot read %1: %2").arg(m_request.what, file.errorString()),
                             m_subject);
            if (n == 0)
                return {};
            if (m_attemptOffset + m_attemptReceived + n > m_request.maxBytes)
                return capError();
            buffer.truncate(n);
            if (Status s = m_sink->write(buffer); !s)
                return s.error();
            m_attemptReceived += n;
        }
    }));
}

void Transfer::finish(const Error& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer->stop();
    m_phase = Phase::Idle;
    m_error = error;
    Q_EMIT finished();
}

} // namespace ms
