#pragma once

#include "core/Error.h"

#include <QAtomicInt>
#include <QByteArray>
#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
template<typename T> class QFutureWatcher;

namespace ms {

class TransferSink;

/// One resource fetched into a TransferSink with the defences a registry client needs
/// against a hostile or broken server (THREATS 6, 7):
///
/// - a byte cap: the transfer stops when the resource would grow past maxBytes — at once
///   when the Content-Length says so, else when byte maxBytes + 1 arrives;
/// - a connect timeout (until the request is on the wire) and a stall timeout (no byte of
///   the answer for that long), each ending the attempt;
/// - retries with exponential backoff for transient failures only: connection errors,
///   timeouts, a connection cut before Content-Length bytes, and 5xx answers. Never for a
///   4xx, the cap, a redirect problem or a write error;
/// - resume: when the sink already holds bytes, the request asks for the rest (Range) and
///   checks that the answer (206, Content-Range) continues exactly there; a 200 means the
///   server sent everything again, and the sink starts over;
/// - redirects followed up to a cap, never from https to http;
/// - conditional requests (If-None-Match, If-Modified-Since): a 304 ends the transfer
///   successfully with notModified set and nothing written.
///
/// `file://` URLs are read directly from disk, on the thread pool, under the same cap.
/// A transfer lives on the thread that created it, like the QNetworkAccessManager it uses.
class Transfer : public QObject
{
    Q_OBJECT

public:
    /// Timeouts, retries and redirects, shared by every transfer of a client.
    struct Policy
    {
        int connectTimeoutMs = 15'000; ///< until the request has been sent
        int stallTimeoutMs = 30'000; ///< no byte of the answer for this long
        int maxAttempts = 4; ///< the first try and three retries
        int backoffInitialMs = 500; ///< the wait before the first retry; doubles each time
        int backoffMaxMs = 8'000;
        int maxRedirects = 5;
    };

    struct Request
    {
        QUrl url;
        qint64 maxBytes = 0; ///< the resource may not be larger than this
        QString what; ///< what is fetched, for a person ("the catalog"); names errors
        QByteArray ifNoneMatch; ///< an ETag from an earlier answer
        QByteArray ifModifiedSince; ///< a Last-Modified from an earlier answer
        /// Lets the server compress the answer (Qt inflates it; the cap counts inflated
        /// bytes). Off for packages, whose bytes are hashed as served and resumed by offset.
        bool allowCompression = false;
    };

    /// What the server said, once finished.
    struct Outcome
    {
        int httpStatus = 0; ///< the final status; 0 for file://
        bool notModified = false; ///< 304: nothing was written
        QByteArray etag;
        QByteArray lastModified;
        qint64 bytes = 0; ///< bytes the sink holds at the end (resumed bytes included)
        int attempts = 0;
        bool resumed = false; ///< an attempt continued from bytes an earlier one left
    };

    /// @p sink must outlive the transfer. @p nam may be null for file:// URLs.
    Transfer(QNetworkAccessManager* nam, Request request, Policy policy, TransferSink* sink,
             QObject* parent = nullptr);
    ~Transfer() override;

    /// Starts the first attempt; finished() follows (possibly before start() returns).
    void start();
    /// Stops: finished() follows with ErrorCode::Cancelled unless already finished.
    void cancel();

    bool isFinished() const { return m_finished; }
    /// Network (transient, retries spent), Timeout, Protocol (an answer that makes no sense,
    /// a 4xx, a redirect problem), Integrity (over the cap), Untrusted (TLS), Io (the sink),
    /// Cancelled. The subject is the URL.
    const Error& error() const { return m_error; }
    const Outcome& outcome() const { return m_outcome; }

    /// The URL as shown in messages: no user name or password.
    static QString displayUrl(const QUrl& url);
    /// @p relativePath (checked by Manifest::isPackagePath) under the registry root @p root,
    /// whether or not the root's path ends with a slash.
    static QUrl childUrl(const QUrl& root, const QString& relativePath);

Q_SIGNALS:
    /// @p total is -1 when the server does not say.
    void progress(qint64 done, qint64 total);
    void finished();

private:
    enum class Phase {
        Idle,
        Connecting, ///< the connect timeout runs
        Waiting, ///< the stall timeout runs
        Backoff, ///< waiting before the next attempt
    };

    void startAttempt();
    void startFile();
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void onTimer();
    bool acceptBytes(const QByteArray& data);
    /// Ends the current attempt: retries when @p transient and attempts remain.
    void endAttempt(const Error& error, bool transient);
    void finish(const Error& error = {});
    void armTimer(Phase phase);
    Error capError() const;
    Error networkError(int code, const QString& text) const;

    QNetworkAccessManager* m_nam;
    Request m_request;
    Policy m_policy;
    TransferSink* m_sink;
    QString m_subject;

    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer;
    Phase m_phase = Phase::Idle;
    qint64 m_attemptOffset = 0; ///< bytes the sink held when the attempt began
    qint64 m_attemptReceived = 0;
    qint64 m_discarded = 0; ///< bytes of an error answer dropped
    qint64 m_expectedLength = -1; ///< Content-Length of the current answer
    bool m_headersChecked = false;
    Error m_attemptFailure; ///< set when we aborted the reply ourselves
    bool m_attemptFailureTransient = false;

    QFutureWatcher<Error>* m_fileWatcher = nullptr;
    QAtomicInt m_cancelled;
    bool m_finished = false;
    Error m_error;
    Outcome m_outcome;
};

} // namespace ms
