#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

/// A real nginx serving a folder on 127.0.0.1 for one test: a configuration of its own in a
/// temporary directory (`daemon off`, a free port, pid, logs and temp paths inside that
/// directory, `user root;` only when running as root), started as a child process and
/// stopped when the object goes. nginx answers with ETag and Last-Modified and honours
/// If-None-Match, If-Modified-Since and Range, as a production static server does.
class NginxServer
{
public:
    NginxServer() = default;
    ~NginxServer();
    NginxServer(const NginxServer&) = delete;
    NginxServer& operator=(const NginxServer&) = delete;

    /// Serves @p root. False (with why()) when nginx is missing or does not come up.
    bool start(const QString& root);
    void stop();
    QUrl url(const QString& path = QStringLiteral("/")) const;
    quint16 port() const { return m_port; }
    const QString& why() const { return m_why; }
    /// The access log so far (method, path, status, bytes, request headers of interest).
    QByteArray accessLog() const;

private:
    bool tryPort(const QString& root, quint16 port);

    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    QString m_why;
};
