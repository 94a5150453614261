#pragma once

#include "health/ProbeCheck.h"

#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace ms {

/// An HTTP(S) probe: one request with the probe's method and headers; it passes when the
/// final status is expected (200–399 unless listed), and the body holds the text or JSON
/// value asked for. Redirects are followed up to max_redirects (never from https to http);
/// TLS certificates are verified unless tls_verify is false; the body is read up to
/// max_body_bytes and a longer one fails the probe. Cookies are neither sent nor kept,
/// no cache and no proxy is used.
class HttpCheck : public ProbeCheck
{
    Q_OBJECT

public:
    /// @p network must outlive the check and live on its thread, and carry only requests with
    /// the same tls_verify (ProbeExecutor sees to that).
    HttpCheck(ProbeSpec spec, QNetworkAccessManager& network, const Clock& clock, QObject* parent = nullptr);
    ~HttpCheck() override;

protected:
    void begin() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    void onReadyRead();
    void onFinished();
    void judge(int status);

    QNetworkAccessManager& m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_headersSeen = false;
    bool m_tooLarge = false;
    QString m_tlsProblem;
};

} // namespace ms
