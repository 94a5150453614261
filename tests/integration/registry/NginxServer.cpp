#include "NginxServer.h"

#include "TestSupport.h"

#include <QDir>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

NginxServer::~NginxServer()
{
    stop();
}

bool NginxServer::start(const QString& root)
{
    if (QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin", "/sbin"}).isEmpty()
        && QStandardPaths::findExecutable("nginx").isEmpty()) {
        m_why = "nginx is not installed (scripts/bootstrap installs nginx-light)";
        return false;
    }
    if (!m_dir.isValid()) {
        m_why = "no temporary directory";
        return false;
    }
    // Another process may take the free port between our check and nginx's bind: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            continue;
        const quint16 port = probe.serverPort();
        probe.close();
        if (tryPort(root, port))
            return true;
    }
    return false;
}

bool NginxServer::tryPort(const QString& root, quint16 port)
{
    const QString d = m_dir.path();
    for (const char* sub : {"body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"})
        QDir().mkpath(d + "/" + sub);
    QString conf;
    if (::geteuid() == 0)
        conf += "user root;\n";
    conf += "daemon off;\n"
            "worker_processes 1;\n"
            "pid "
        + d
        + "/nginx.pid;\n"
          "error_log "
        + d
        + "/logs/error.log;\n"
          "events { worker_connections 64; }\n"
          "http {\n"
          "  log_format registry '$request $status $body_bytes_sent \"$http_range\" "
          "\"$http_if_none_match\"';\n"
          "  access_log "
        + d
        + "/logs/access.log registry;\n"
          "  client_body_temp_path "
        + d
        + "/body;\n"
          "  proxy_temp_path "
        + d
        + "/proxy;\n"
          "  fastcgi_temp_path "
        + d
        + "/fastcgi;\n"
          "  uwsgi_temp_path "
        + d
        + "/uwsgi;\n"
          "  scgi_temp_path "
        + d
        + "/scgi;\n"
          "  types { application/json json; application/gzip gz; text/plain txt minisig; }\n"
          "  default_type application/octet-stream;\n"
          "  server {\n"
          "    listen 127.0.0.1:"
        + QString::number(port)
        + ";\n"
          "    root "
        + root
        + ";\n"
          "    location / { }\n"
          "  }\n"
          "}\n";
    if (!TestSupport::writeFile(d + "/nginx.conf", conf.toUtf8())) {
        m_why = "cannot write the nginx configuration";
        return false;
    }
    const QString program
        = QStandardPaths::findExecutable("nginx", {"/usr/sbin", "/usr/local/sbin", "/sbin"});
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    // nginx goes when the test process dies, however it dies.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
    m_process.start(program.isEmpty() ? QString("nginx") : program,
                    {"-p", d, "-c", d + "/nginx.conf", "-e", d + "/logs/error.log"});
    if (!m_process.waitForStarted(10000)) {
        m_why = "nginx did not start: " + m_process.errorString();
        return false;
    }
    // Up when it accepts a connection; gone when the port was taken.
    for (int i = 0; i < 200; ++i) {
        if (m_process.state() != QProcess::Running) {
            m_why = "nginx exited: " + QString::fromLocal8Bit(m_process.readAll())
                + QString::fromLocal8Bit(TestSupport::readFile(d + "/logs/error.log"));
            return false;
        }
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (socket.waitForConnected(100)) {
            m_port = port;
            return true;
        }
        QThread::msleep(25);
    }
    m_why = "nginx did not accept connections";
    stop();
    return false;
}

void NginxServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl NginxServer::url(const QString& path) const
{
    return QUrl(QString("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

QByteArray NginxServer::accessLog() const
{
    return TestSupport::readFile(m_dir.path() + "/logs/access.log");
}
