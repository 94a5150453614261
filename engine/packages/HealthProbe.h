#pragma once

#include "packages/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// One health probe a module declares in its manifest's `health` array. The timing fields
/// and their defaults are Kubernetes' (periodSeconds 10, timeoutSeconds 1, failureThreshold 3,
/// successThreshold 1, which must stay 1 for startup and liveness probes), so that people who
/// wrote container probes read these the same way.
class HealthProbe
{
    Q_DECLARE_TR_FUNCTIONS(HealthProbe)

public:
    enum class Type {
        Startup, ///< "startup": the module has started; the other probes wait for it
        Readiness, ///< "readiness": the module may receive traffic
        Liveness, ///< "liveness": the module is not stuck; failing means restart it
    };
    enum class Check {
        Http, ///< an HTTP request to the site (`http`)
        Tcp, ///< a TCP connection that opens (`tcp`)
        Command, ///< a program run in the module's folder that exits with 0 (`command`)
    };

    struct Http
    {
        QString path; ///< absolute request path, "/api/v1/farm/health"
        QString method; ///< GET (the default), HEAD or POST
        int port = 0; ///< 0: the site's own port
        QList<int> expectStatus; ///< empty: any status from 200 to 399
        QMap<QString, QString> headers; ///< extra request headers

        bool operator==(const Http&) const = default;
    };

    QString name;
    Type type = Type::Readiness;
    Check check = Check::Http;
    Http http; ///< when check is Http
    int tcpPort = 0; ///< when check is Tcp
    QStringList argv; ///< when check is Command; argv[0] is the program
    int periodS = 10;
    int timeoutS = 1;
    int initialDelayS = 0;
    int failureThreshold = 3;
    int successThreshold = 1;
    QJsonObject unknownFields; ///< unknown keys of the probe, kept for toJson()
    QJsonObject unknownCheckFields; ///< unknown keys inside http / tcp / command

    /// Whether an HTTP answer with @p status counts as healthy.
    bool acceptsStatus(int status) const;

    /// Reads one probe at @p path ("health[0]"); every problem goes to @p report. Nothing
    /// when the value is not an object or has errors.
    static std::optional<HealthProbe> fromJson(const QJsonValue& value, const QString& path,
                                               ValidationReport& report);
    QJsonObject toJson() const;

    static QString typeName(Type type);
    static std::optional<Type> typeFromName(QStringView name);
    static QString checkName(Check check);

    bool operator==(const HealthProbe&) const = default;
};

} // namespace ms
