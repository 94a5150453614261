#pragma once

#include "health/JsonPointer.h"
#include "packages/HealthProbe.h"
#include "packages/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace ms {

/// A probe ready to run: a declared HealthProbe (site.json or a module's manifest) resolved
/// against its site — the URL to request, the host and port to connect to, the folder to run
/// a command in — with the HTTP checks beyond HealthProbe's own fields.
///
/// Those extra fields live in the `http` / `tcp` object of a probe and reach here through
/// HealthProbe::unknownCheckFields:
///
///     "http": { "path": "/health", "url": "https://example.org/health",
///               "body_contains": "ok", "json_pointer": "/status", "json_equals": "ok",
///               "tls_verify": true, "max_redirects": 5, "max_body_bytes": 262144 }
///     "tcp":  { "port": 5432, "host": "db.internal" }
///
/// `url` replaces the site's base URL and `path`; `json_equals` needs `json_pointer` (without
/// it the pointer must merely name a value); `body_contains` and `json_pointer` exclude each
/// other. A body longer than max_body_bytes fails the probe, as blackbox_exporter's
/// body_size_limit does.
class ProbeSpec
{
    Q_DECLARE_TR_FUNCTIONS(ProbeSpec)

public:
    using Kind = HealthProbe::Type;
    using Method = HealthProbe::Check;

    static constexpr qint64 DefaultMaxBodyBytes = 256 * 1024;
    static constexpr qint64 MaxBodyBytesLimit = 16 * 1024 * 1024;
    static constexpr int DefaultMaxRedirects = 5;
    static constexpr int MaxRedirectsLimit = 20;
    /// How much of a command's output is kept; the rest is read and dropped.
    static constexpr qint64 MaxCommandOutput = 4096;

    /// What a declared probe is resolved against.
    struct Context
    {
        QString site;
        QString module; ///< empty for the site's own probes
        QString host = QStringLiteral("127.0.0.1"); ///< where the site listens
        int port = 0; ///< the site's port; 0 when it has none
        QString workingDir; ///< where command probes run: the module's folder, else the site's
        QString source; ///< the file the probe was declared in, for messages
    };

    QString site;
    QString module;
    QString name;
    Kind kind = Kind::Readiness;
    Method method = Method::Http;

    // HTTP
    QUrl url;
    QByteArray httpMethod = QByteArrayLiteral("GET");
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<int> expectStatus; ///< empty: 200–399
    QString bodyContains;
    std::optional<JsonPointer> jsonPointer;
    std::optional<QJsonValue> jsonEquals;
    bool tlsVerify = true;
    int maxRedirects = DefaultMaxRedirects;
    qint64 maxBodyBytes = DefaultMaxBodyBytes;

    // TCP
    QString host;
    int port = 0;

    // Command
    QStringList argv;
    QString workingDir;

    // Timing, as Kubernetes'.
    int periodS = 10;
    int timeoutS = 1;
    int initialDelayS = 0;
    int failureThreshold = 3;
    int successThreshold = 1;

    QString source; ///< site.json or manifest.json path, or "default"

    /// "site/name" or "site/module/name": unique among all probes.
    QString key() const;
    /// "site" or "site/module": the probes a startup probe gates.
    QString scope() const;
    /// What a circuit breaker guards: "http://127.0.0.1:3004", "tcp://db.internal:5432",
    /// or "command:<key>" (each command is its own target).
    QString breakerTarget() const;
    /// What it checks, for people: the URL, host:port or the command line.
    QString targetDisplay() const;
    /// "http", "tcp" or "command".
    QString methodName() const { return HealthProbe::checkName(method); }
    QString kindName() const { return HealthProbe::typeName(kind); }
    bool acceptsStatus(int status) const;

    /// Resolves @p probe in @p context. Problems with the extra fields go to @p report under
    /// @p path ("health[0]"); nothing when there are errors, or when an HTTP or TCP probe has
    /// no port (neither its own nor the site's).
    static std::optional<ProbeSpec> resolve(const HealthProbe& probe, const Context& context,
                                            const QString& path, ValidationReport& report);
    /// The probe a site gets when nothing else is declared: readiness, GET /health on the
    /// site's port. Nothing when the site has no port.
    static std::optional<ProbeSpec> defaultProbe(const Context& context);
    /// The fields resolve() reads from HealthProbe::unknownCheckFields, per check.
    static QStringList extraFields(Method method);

    bool operator==(const ProbeSpec& other) const;
};

} // namespace ms
