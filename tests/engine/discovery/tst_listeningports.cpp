#include "discovery/ListeningPorts.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTcpServer>
#include <QTest>

using ms::Listener;
using ms::ListeningPorts;

class TestListeningPorts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesProcNet_data();
    void parsesProcNet();
    void seesARealServer_data();
    void seesARealServer();
    void missingProcIsAnError();
};

void TestListeningPorts::parsesProcNet_data()
{
    QTest::addColumn<QByteArray>("tcp");
    QTest::addColumn<QByteArray>("tcp6");
    QTest::addColumn<QStringList>("listening"); // "address port inode"
    const QByteArray header4
        = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
          "timeout inode\n";
    const QByteArray header6
        = "  sl  local_address                         remote_address                        st "
          "tx_queue rx_queue tr tm->when retrnsmt   uid  timeout inode\n";
    QTest::newRow("ipv4 any and loopback, established ignored")
        << header4
            + "   0: 00000000:0BB8 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 "
              "12345 1 "
              "0000000000000000 100 0 0 10 0\n"
              "   1: 0100007F:1F90 00000000:0000 0A 00000000:00000000 00:00000000 00000000     0        0 "
              "23456 1 "
              "0000000000000000 100 0 0 10 0\n"
              "   2: 0100007F:1F90 0100007F:C350 01 00000000:00000000 00:00000000 00000000     0        0 0 "
              "1 "
              "0000000000000000 20 4 30 10 -1\n"
        << QByteArray() << QStringList {"0.0.0.0 3000 12345", "127.0.0.1 8080 23456"};
    QTest::newRow("ipv6 any, loopback, mapped")
        << QByteArray()
        << header6
            + "   0: 00000000000000000000000000000000:0BB9 00000000000000000000000000000000:0000 0A "
              "00000000:00000000 00:00000000 00000000  1000        0 34567 1 0000000000000000 100 0 0 10 0\n"
              "   1: 00000000000000000000000001000000:0BBA 00000000000000000000000000000000:0000 0A "
              "00000000:00000000 00:00000000 00000000  1000        0 45678 1 0000000000000000 100 0 0 10 0\n"
              "   2: 0000000000000000FFFF00000100007F:0BBB 00000000000000000000000000000000:0000 0A "
              "00000000:00000000 00:00000000 00000000  1000        0 56789 1 0000000000000000 100 0 0 10 0\n"
              "   3: 0000000000000000FFFF00000100007F:0BBC 0000000000000000FFFF00000100007F:0BBB 01 "
              "00000000:00000000 00:00000000 00000000  1000        0 0 1 0000000000000000 100 0 0 10 0\n"
        << QStringList {":: 3001 34567", "::1 3002 45678", "::ffff:127.0.0.1 3003 56789"};
    QTest::newRow("empty tables") << QByteArray() << QByteArray() << QStringList {};
    QTest::newRow("header only") << header4 << header6 << QStringList {};
}

void TestListeningPorts::parsesProcNet()
{
    QFETCH(QByteArray, tcp);
    QFETCH(QByteArray, tcp6);
    QFETCH(QStringList, listening);
    const ListeningPorts ports = ListeningPorts::fromProcNet(tcp, tcp6);
    QStringList got;
    for (const Listener& l : ports.listeners()) {
        got << QString("%1 %2 %3").arg(l.address).arg(l.port).arg(l.inode);
        QVERIFY(ports.isListening(l.port));
        QVERIFY(!l.ownerKnown());
    }
    QCOMPARE(got, listening);
    QVERIFY(!ports.isListening(50000));
}

void TestListeningPorts::seesARealServer_data()
{
    QTest::addColumn<QHostAddress>("bind");
    QTest::addColumn<QString>("address");
    QTest::newRow("loopback") << QHostAddress(QHostAddress::LocalHost) << "127.0.0.1";
    QTest::newRow("any ipv4") << QHostAddress(QHostAddress::AnyIPv4) << "0.0.0.0";
    QTest::newRow("loopback ipv6") << QHostAddress(QHostAddress::LocalHostIPv6) << "::1";
    QTest::newRow("any, dual stack") << QHostAddress(QHostAddress::Any) << "::";
}

void TestListeningPorts::seesARealServer()
{
    QFETCH(QHostAddress, bind);
    QFETCH(QString, address);
    QTcpServer server;
    if (!server.listen(bind, 0)) {
        if (bind.protocol() != QAbstractSocket::IPv4Protocol)
            QSKIP("IPv6 is disabled on this machine");
        QFAIL(qPrintable(server.errorString()));
    }
    const int port = server.serverPort();
    auto ports = ListeningPorts::readSystem();
    QVERIFY2(ports.ok(), qPrintable(ports.error().toString()));
    QVERIFY(ports->isListening(port));
    ports->resolveOwners({port});
    const QList<Listener> listeners = ports->listenersOn(port);
    QCOMPARE(listeners.size(), 1);
    const Listener& l = listeners.constFirst();
    QCOMPARE(l.address, address);
    QCOMPARE(l.pid, QCoreApplication::applicationPid());
    QCOMPARE(l.program, QFileInfo(QCoreApplication::applicationFilePath()).canonicalFilePath());
    QCOMPARE(l.workingDir, QFileInfo(QDir::currentPath()).canonicalFilePath());
    QVERIFY(l.runsFrom(QFileInfo(QDir::currentPath()).canonicalFilePath()));
    QVERIFY(!l.runsFrom("/nonexistent/site"));

    server.close();
    auto after = ListeningPorts::readSystem();
    QVERIFY(after.ok());
    QVERIFY(!after->isListening(port));
}

void TestListeningPorts::missingProcIsAnError()
{
    const auto ports = ListeningPorts::readSystem("/nonexistent/proc");
    QVERIFY(!ports.ok());
    QCOMPARE(ports.error().code(), ms::ErrorCode::Io);
    QCOMPARE(ports.error().subject(), QString("/nonexistent/proc/net/tcp"));
}

QTEST_GUILESS_MAIN(TestListeningPorts)
#include "tst_listeningports.moc"
