#pragma once

#include "health/HttpResponseParser.h"
#include "health/ProbeCheck.h"

#include <QPointer>
#include <memory>

class QTcpSocket;

namespace ms {

class HttpConnectionPool;

/// An HTTP(S) probe: one request with the probe's method and headers; it passes when the
/// final status is expected (200–399 unless listed), and the body holds the text or JSON
/// value asked for. Redirects are followed up to max_redirects (never from https to http);
/// TLS certificates are verified unless tls_verify is false; the body is read up to
/// max_body_bytes and a longer one fails the probe. No cookies, cache or proxy.
///
/// It speaks HTTP/1.1 itself over QTcpSocket / QSslSocket on the probing thread, with
/// connections kept alive in an HttpConnectionPool: a probe is one request a few seconds
/// apart, and QNetworkAccessManager's per-request machinery and second thread cost several
/// times what the request does (tests/bench/bench_health).
class HttpCheck : public ProbeCheck
{
    Q_OBJECT

public:
    /// @p pool must outlive the check and live on its thread.
    HttpCheck(ProbeSpec spec, HttpConnectionPool& pool, const Clock& clock, QObject* parent = nullptr);
    ~HttpCheck() override;

protected:
    void begin() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    void request(const QUrl& url, const QByteArray& method);
    void connectSocket(QTcpSocket* socket, bool reused);
    void send();
    void onReadyRead();
    void onDisconnected();
    void onError();
    void responseDone();
    void judge();
    void release(bool reusable);

    HttpConnectionPool& m_pool;
    QUrl m_url;
    QByteArray m_method;
    QString m_key;
    QPointer<QTcpSocket> m_socket;
    bool m_reused = false; ///< the socket came from the pool: a close before any answer is retried once
    bool m_retried = false;
    bool m_anyAnswer = false;
    int m_redirects = 0;
    std::unique_ptr<HttpResponseParser> m_parser;
    QString m_tlsProblem;
};

} // namespace ms
