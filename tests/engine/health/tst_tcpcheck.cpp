#include "CheckRunner.h"
#include "health/TcpCheck.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace ms;

namespace {

ProbeSpec specFor(quint16 port, int timeoutS = 1)
{
    ProbeSpec s;
    s.site = QStringLiteral("fixture");
    s.name = QStringLiteral("tcp");
    s.method = ProbeSpec::Method::Tcp;
    s.host = QStringLiteral("127.0.0.1");
    s.port = port;
    s.timeoutS = timeoutS;
    return s;
}

} // namespace

/// The TCP probe: a port that accepts (and one that closes at once) passes; a refused port
/// fails; a port whose backlog is full times out.
class TestTcpCheck : public QObject
{
    Q_OBJECT

    ManualClock m_clock;

    CheckOutcome run(const ProbeSpec& spec)
    {
        TcpCheck check(spec, m_clock);
        return runCheck(check);
    }

private Q_SLOTS:
    void acceptingPortPasses()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const CheckOutcome out = run(specFor(server.serverPort()));
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QCOMPARE(out.result.detail, QStringLiteral("connected"));
        QVERIFY(!out.result.error.isError());
    }

    void portThatAcceptsThenClosesStillPasses()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        int accepted = 0;
        connect(&server, &QTcpServer::newConnection, &server, [&] {
            while (QTcpSocket* s = server.nextPendingConnection()) {
                ++accepted;
                s->close();
                s->deleteLater();
            }
        });
        const CheckOutcome out = run(specFor(server.serverPort()));
        QCOMPARE(out.result.outcome, ProbeOutcome::Passed);
        QTRY_COMPARE(accepted, 1);
    }

    void refusedPortFails()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        const quint16 port = server.serverPort();
        server.close();
        const CheckOutcome out = run(specFor(port));
        QCOMPARE(out.result.outcome, ProbeOutcome::Failed);
        QCOMPARE(out.result.detail, QStringLiteral("connection refused"));
        QCOMPARE(out.result.error.subject(), QStringLiteral("127.0.0.1:%1").arg(port));
    }

    void fullBacklogTimesOut()
    {
        // A listening socket that never accepts: once its backlog is full the kernel drops
        // further SYNs and the connect hangs — what a wedged server looks like.
        const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in addr = {};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
        QCOMPARE(::listen(fd, 0), 0);
        socklen_t len = sizeof addr;
        QCOMPARE(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
        const quint16 port = ntohs(addr.sin_port);
        QList<QTcpSocket*> fillers;
        for (int i = 0; i < 4; ++i) {
            auto* s = new QTcpSocket(this);
            s->connectToHost(QHostAddress::LocalHost, port);
            s->waitForConnected(300);
            fillers << s;
        }
        const CheckOutcome out = run(specFor(port, 1));
        qDeleteAll(fillers);
        ::close(fd);
        if (out.result.outcome == ProbeOutcome::Passed)
            QSKIP("this kernel accepts connections beyond a full backlog (tcp_abort_on_overflow or "
                  "syncookies)");
        QCOMPARE(out.result.outcome, ProbeOutcome::TimedOut);
        QCOMPARE(out.result.detail, QStringLiteral("the connection did not open within 1 s"));
        QVERIFY(out.elapsedMs < 2500);
    }

    void unknownHostFails()
    {
        ProbeSpec spec = specFor(80, 3);
        spec.host = QStringLiteral("no-such-host.invalid");
        const CheckOutcome out = run(spec);
        QVERIFY(out.result.outcome != ProbeOutcome::Passed);
    }
};

QTEST_GUILESS_MAIN(TestTcpCheck)
#include "tst_tcpcheck.moc"
