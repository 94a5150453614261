#include "health/TcpCheck.h"

#include <QTcpSocket>

namespace ms {

TcpCheck::TcpCheck(ProbeSpec spec, const Clock& clock, QObject* parent)
    : ProbeCheck(std::move(spec), clock, parent)
{
}

TcpCheck::~TcpCheck()
{
    abort();
}

void TcpCheck::begin()
{
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        QTcpSocket* socket = m_socket;
        m_socket = nullptr;
        socket->disconnect(this);
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        pass(tr("connected"));
    });
    connect(m_socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError code) {
        const QString text = m_socket ? m_socket->errorString() : QString();
        abort();
        switch (code) {
        case QAbstractSocket::ConnectionRefusedError:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, tr("connection refused")));
        case QAbstractSocket::HostNotFoundError:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, tr("host not found")));
        default:
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Network, text));
        }
    });
    m_socket->connectToHost(spec().host, quint16(spec().port));
}

void TcpCheck::abort()
{
    if (!m_socket)
        return;
    QTcpSocket* socket = m_socket;
    m_socket = nullptr;
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
}

QString TcpCheck::timeoutMessage() const
{
    return tr("the connection did not open within %1").arg(timeoutText());
}

} // namespace ms
