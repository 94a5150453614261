#include "health/ProbeSpec.h"

#include "packages/JsonFieldReader.h"

#include <QHostAddress>

namespace ms {

namespace {

QString joinKey(const QString& site, const QString& module, const QString& name)
{
    if (module.isEmpty())
        return site + u'/' + name;
    return site + u'/' + module + u'/' + name;
}

QUrl baseUrl(const QString& host, int port)
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port);
    url.setPath(QStringLiteral("/"));
    return url;
}

// The request URL for @p path (which may carry a query) on @p host:@p port.
QUrl urlFor(const QString& host, int port, const QString& path)
{
    return baseUrl(host, port).resolved(QUrl(path, QUrl::StrictMode));
}

void readHttpExtras(JsonFieldReader& in, ProbeSpec& spec)
{
    ValidationReport& report = in.report();
    if (const auto url = in.text(QStringLiteral("url"))) {
        const QUrl parsed(*url, QUrl::StrictMode);
        if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https")
            || parsed.host().isEmpty() || !parsed.userInfo().isEmpty())
            report.addError(
                in.path(QStringLiteral("url")),
                ProbeSpec::tr("\"%1\" must be an http:// or https:// URL without a user name").arg(*url));
        else
            spec.url = parsed;
    }
    if (const auto text = in.text(QStringLiteral("body_contains")))
        spec.bodyContains = *text;
    if (const auto pointer = in.string(QStringLiteral("json_pointer"))) {
        if (auto parsed = JsonPointer::parse(*pointer))
            spec.jsonPointer = *parsed;
        else
            report.addError(in.path(QStringLiteral("json_pointer")),
                            ProbeSpec::tr("\"%1\" is not a JSON pointer such as /status").arg(*pointer));
    }
    const QJsonValue equals = in.value(QStringLiteral("json_equals"));
    if (!equals.isUndefined()) {
        if (!in.has(QStringLiteral("json_pointer")))
            report.addError(in.path(QStringLiteral("json_equals")), ProbeSpec::tr("needs json_pointer"));
        else
            spec.jsonEquals = equals;
    }
    if (!spec.bodyContains.isEmpty() && in.has(QStringLiteral("json_pointer")))
        report.addError(in.path(QStringLiteral("body_contains")),
                        ProbeSpec::tr("use body_contains or json_pointer, not both"));
    if (const auto verify = in.boolean(QStringLiteral("tls_verify")))
        spec.tlsVerify = *verify;
    if (const auto n = in.integer(QStringLiteral("max_redirects"), 0, ProbeSpec::MaxRedirectsLimit))
        spec.maxRedirects = int(*n);
    if (const auto n = in.integer(QStringLiteral("max_body_bytes"), 1, ProbeSpec::MaxBodyBytesLimit))
        spec.maxBodyBytes = *n;
}

} // namespace

QString ProbeSpec::key() const
{
    return joinKey(site, module, name);
}

QString ProbeSpec::scope() const
{
    return module.isEmpty() ? site : site + u'/' + module;
}

QString ProbeSpec::breakerTarget() const
{
    switch (method) {
    case Method::Http:
        return url
            .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
            .toString(QUrl::FullyEncoded);
    case Method::Tcp:
        return QStringLiteral("tcp://") + host + u':' + QString::number(port);
    case Method::Command:
        return QStringLiteral("command:") + key();
    }
    return {};
}

QString ProbeSpec::targetDisplay() const
{
    switch (method) {
    case Method::Http:
        return url.toString(QUrl::FullyEncoded);
    case Method::Tcp:
        return host + u':' + QString::number(port);
    case Method::Command:
        return argv.join(u' ');
    }
    return {};
}

bool ProbeSpec::acceptsStatus(int status) const
{
    if (expectStatus.isEmpty())
        return status >= 200 && status <= 399;
    return expectStatus.contains(status);
}

QStringList ProbeSpec::extraFields(Method method)
{
    switch (method) {
    case Method::Http:
        return {QStringLiteral("url"),           QStringLiteral("body_contains"),
                QStringLiteral("json_pointer"),  QStringLiteral("json_equals"),
                QStringLiteral("tls_verify"),    QStringLiteral("max_redirects"),
                QStringLiteral("max_body_bytes")};
    case Method::Tcp:
        return {QStringLiteral("host")};
    case Method::Command:
        return {};
    }
    return {};
}

std::optional<ProbeSpec> ProbeSpec::resolve(const HealthProbe& probe, const Context& context,
                                            const QString& path, ValidationReport& report)
{
    const qsizetype errorsBefore = report.errors().size();
    ProbeSpec spec;
    spec.site = context.site;
    spec.module = context.module;
    spec.name = probe.name;
    spec.kind = probe.type;
    spec.method = probe.check;
    spec.periodS = probe.periodS;
    spec.timeoutS = probe.timeoutS;
    spec.initialDelayS = probe.initialDelayS;
    spec.failureThreshold = probe.failureThreshold;
    spec.successThreshold = probe.successThreshold;
    spec.source = context.source;

    const QString checkPath = ValidationReport::child(path, probe.checkName(probe.check));
    JsonFieldReader extras(probe.unknownCheckFields, checkPath, report);
    switch (probe.check) {
    case Method::Http: {
        spec.httpMethod = probe.http.method.toLatin1();
        for (auto it = probe.http.headers.constBegin(); it != probe.http.headers.constEnd(); ++it)
            spec.headers.append({it.key().toLatin1(), it.value().toUtf8()});
        spec.expectStatus = probe.http.expectStatus;
        const int port = probe.http.port != 0 ? probe.http.port : context.port;
        readHttpExtras(extras, spec);
        if (!extras.has(QStringLiteral("url"))) {
            if (port <= 0)
                report.addError(checkPath, tr("the site has no port; give the probe a port or a url"));
            else
                spec.url = urlFor(context.host, port, probe.http.path);
        }
        break;
    }
    case Method::Tcp:
        spec.port = probe.tcpPort;
        spec.host = context.host;
        if (const auto host = extras.text(QStringLiteral("host"))) {
            const bool ipv6 = host->contains(u':');
            if (ipv6 ? QHostAddress(*host).protocol() != QAbstractSocket::IPv6Protocol
                     : host->contains(u'/') || host->contains(u' ') || host->contains(u'@'))
                report.addError(extras.path(QStringLiteral("host")),
                                tr("\"%1\" must be a host name or address").arg(*host));
            else
                spec.host = *host;
        }
        break;
    case Method::Command:
        spec.argv = probe.argv;
        spec.workingDir = context.workingDir;
        break;
    }
    extras.unknownFields();
    if (report.errors().size() != errorsBefore)
        return std::nullopt;
    return spec;
}

std::optional<ProbeSpec> ProbeSpec::defaultProbe(const Context& context)
{
    if (context.port <= 0)
        return std::nullopt;
    ProbeSpec spec;
    spec.site = context.site;
    spec.module = context.module;
    spec.name = QStringLiteral("default");
    spec.kind = Kind::Readiness;
    spec.method = Method::Http;
    spec.url = urlFor(context.host, context.port, QStringLiteral("/health"));
    spec.source = QStringLiteral("default");
    return spec;
}

bool ProbeSpec::operator==(const ProbeSpec& o) const
{
    const auto pointerText = [](const std::optional<JsonPointer>& p) {
        return p ? std::optional<QString>(p->text()) : std::nullopt;
    };
    return site == o.site && module == o.module && name == o.name && kind == o.kind && method == o.method
        && url == o.url && httpMethod == o.httpMethod && headers == o.headers
        && expectStatus == o.expectStatus && bodyContains == o.bodyContains
        && pointerText(jsonPointer) == pointerText(o.jsonPointer) && jsonEquals == o.jsonEquals
        && tlsVerify == o.tlsVerify && maxRedirects == o.maxRedirects && maxBodyBytes == o.maxBodyBytes
        && host == o.host && port == o.port && argv == o.argv && workingDir == o.workingDir
        && periodS == o.periodS && timeoutS == o.timeoutS && initialDelayS == o.initialDelayS
        && failureThreshold == o.failureThreshold && successThreshold == o.successThreshold
        && source == o.source;
}

} // namespace ms
