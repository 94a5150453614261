#pragma once

#include "health/ProbeCheck.h"

#include <QPointer>

class QTcpSocket;

namespace ms {

/// A TCP probe: it passes when a connection to host:port opens within the timeout (what the
/// server does next does not matter), and closes it at once.
class TcpCheck : public ProbeCheck
{
    Q_OBJECT

public:
    TcpCheck(ProbeSpec spec, const Clock& clock, QObject* parent = nullptr);
    ~TcpCheck() override;

protected:
    void begin() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    QPointer<QTcpSocket> m_socket;
};

} // namespace ms
