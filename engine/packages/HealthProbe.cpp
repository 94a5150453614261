#include "packages/HealthProbe.h"

#include "packages/JsonFieldReader.h"

#include <QJsonArray>
#include <QSet>

namespace ms {

namespace {

using Presence = JsonFieldReader::Presence;

const QStringList kTypes {QStringLiteral("startup"), QStringLiteral("readiness"), QStringLiteral("liveness")};
const QStringList kChecks {QStringLiteral("http"), QStringLiteral("tcp"), QStringLiteral("command")};
const QStringList kMethods {QStringLiteral("GET"), QStringLiteral("HEAD"), QStringLiteral("POST")};

bool isProbeNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}

// RFC 9110 token characters, for header names.
bool isTokenChar(QChar c)
{
    if ((c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
        return true;
    return QStringView(u"!#$%&'*+-.^_`|~").contains(c);
}

bool hasControl(QStringView s)
{
    for (QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

void readHttp(JsonFieldReader& in, HealthProbe& probe, ValidationReport& report)
{
    if (const auto path = in.text(QStringLiteral("path"), Presence::Required)) {
        if (!path->startsWith(u'/') || path->contains(u' ') || hasControl(*path))
            report.addError(
                in.path(QStringLiteral("path")),
                HealthProbe::tr("\"%1\" must be an absolute request path such as /health").arg(*path));
        else
            probe.http.path = *path;
    }
    probe.http.method = QStringLiteral("GET");
    if (const auto method = in.string(QStringLiteral("method"))) {
        if (kMethods.contains(*method))
            probe.http.method = *method;
        else
            report.addError(
                in.path(QStringLiteral("method")),
                HealthProbe::tr("\"%1\" is not one of %2").arg(*method, kMethods.join(QStringLiteral(", "))));
    }
    if (const auto port = in.integer(QStringLiteral("port"), 1, 65535))
        probe.http.port = int(*port);
    const QJsonValue expect = in.value(QStringLiteral("expect_status"));
    const QString expectPath = in.path(QStringLiteral("expect_status"));
    if (expect.isDouble()) {
        if (const auto s = JsonFieldReader::wholeNumber(expect, 100, 599))
            probe.http.expectStatus << int(*s);
        else
            report.addError(expectPath, HealthProbe::tr("must be an HTTP status from 100 to 599"));
    } else if (expect.isArray()) {
        const QJsonArray list = expect.toArray();
        if (list.isEmpty())
            report.addError(expectPath, HealthProbe::tr("must list at least one status"));
        for (qsizetype i = 0; i < list.size(); ++i) {
            const auto s = JsonFieldReader::wholeNumber(list.at(i), 100, 599);
            if (!s)
                report.addError(ValidationReport::index(expectPath, i),
                                HealthProbe::tr("must be an HTTP status from 100 to 599"));
            else if (probe.http.expectStatus.contains(int(*s)))
                report.addError(ValidationReport::index(expectPath, i),
                                HealthProbe::tr("%1 is listed twice").arg(*s));
            else
                probe.http.expectStatus << int(*s);
        }
    } else if (!expect.isUndefined()) {
        report.addError(expectPath,
                        HealthProbe::tr("must be a status or an array of statuses, not %1")
                            .arg(JsonFieldReader::describe(expect)));
    }
    if (const auto headers = in.object(QStringLiteral("headers"))) {
        const QString headersPath = in.path(QStringLiteral("headers"));
        for (auto it = headers->constBegin(); it != headers->constEnd(); ++it) {
            const QString name = it.key();
            const QString path = ValidationReport::child(headersPath, name);
            const bool nameOk = !name.isEmpty() && std::all_of(name.begin(), name.end(), isTokenChar);
            if (!nameOk)
                report.addError(path, HealthProbe::tr("\"%1\" is not a valid header name").arg(name));
            else if (!it.value().isString() || hasControl(it.value().toString()))
                report.addError(path, HealthProbe::tr("must be a string without control characters"));
            else
                probe.http.headers.insert(it.key(), it.value().toString());
        }
    }
}

void readCommand(JsonFieldReader& in, HealthProbe& probe, ValidationReport& report)
{
    const auto argv = in.array(QStringLiteral("argv"), Presence::Required);
    if (!argv)
        return;
    const QString argvPath = in.path(QStringLiteral("argv"));
    if (argv->isEmpty())
        report.addError(argvPath, HealthProbe::tr("must name at least the program to run"));
    for (qsizetype i = 0; i < argv->size(); ++i) {
        const QJsonValue v = argv->at(i);
        if (!v.isString() || (i == 0 && v.toString().isEmpty()) || v.toString().contains(QChar(0)))
            report.addError(ValidationReport::index(argvPath, i),
                            i == 0 ? HealthProbe::tr("must be the program to run, a non-empty string")
                                   : HealthProbe::tr("must be a string"));
        else
            probe.argv << v.toString();
    }
}

} // namespace

bool HealthProbe::acceptsStatus(int status) const
{
    if (http.expectStatus.isEmpty())
        return status >= 200 && status <= 399;
    return http.expectStatus.contains(status);
}

QString HealthProbe::typeName(Type type)
{
    return kTypes.at(int(type));
}

std::optional<HealthProbe::Type> HealthProbe::typeFromName(QStringView name)
{
    const qsizetype i = kTypes.indexOf(name);
    if (i < 0)
        return std::nullopt;
    return Type(i);
}

QString HealthProbe::checkName(Check check)
{
    return kChecks.at(int(check));
}

std::optional<HealthProbe> HealthProbe::fromJson(const QJsonValue& value, const QString& path,
                                                 ValidationReport& report)
{
    if (!value.isObject()) {
        report.addError(path, tr("must be an object, not %1").arg(JsonFieldReader::describe(value)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = report.errors().size();
    JsonFieldReader in(value.toObject(), path, report);
    HealthProbe probe;

    if (const auto name = in.text(QStringLiteral("name"), Presence::Required)) {
        if (name->size() > 64 || !std::all_of(name->begin(), name->end(), isProbeNameChar))
            report.addError(in.path(QStringLiteral("name")),
                            tr("\"%1\" must be at most 64 of a-z, 0-9, _ and -").arg(*name));
        else
            probe.name = *name;
    }
    if (const auto type = in.string(QStringLiteral("type"), Presence::Required)) {
        if (const auto t = typeFromName(*type))
            probe.type = *t;
        else
            report.addError(in.path(QStringLiteral("type")),
                            tr("\"%1\" is not one of %2").arg(*type, kTypes.join(QStringLiteral(", "))));
    }

    QStringList present;
    for (const QString& key : kChecks) {
        if (in.has(key))
            present << key;
    }
    if (present.isEmpty()) {
        report.addError(path, tr("needs exactly one of http, tcp or command"));
    } else if (present.size() > 1) {
        report.addError(path, tr("has %1; a probe checks exactly one way").arg(present.join(tr(" and "))));
    } else {
        const QString key = present.first();
        probe.check = Check(kChecks.indexOf(key));
        if (const auto object = in.object(key)) {
            JsonFieldReader sub(*object, in.path(key), report);
            switch (probe.check) {
            case Check::Http:
                readHttp(sub, probe, report);
                break;
            case Check::Tcp:
                if (const auto port = sub.integer(QStringLiteral("port"), 1, 65535, Presence::Required))
                    probe.tcpPort = int(*port);
                break;
            case Check::Command:
                readCommand(sub, probe, report);
                break;
            }
            probe.unknownCheckFields = sub.unknownFields();
        }
    }
    // Mark the other check keys as read: their presence was already reported above.
    for (const QString& key : kChecks)
        in.value(key);

    if (const auto n = in.integer(QStringLiteral("period_s"), 1, 86400))
        probe.periodS = int(*n);
    if (const auto n = in.integer(QStringLiteral("timeout_s"), 1, 3600))
        probe.timeoutS = int(*n);
    if (const auto n = in.integer(QStringLiteral("initial_delay_s"), 0, 86400))
        probe.initialDelayS = int(*n);
    if (const auto n = in.integer(QStringLiteral("failure_threshold"), 1, 1000))
        probe.failureThreshold = int(*n);
    if (const auto n = in.integer(QStringLiteral("success_threshold"), 1, 1000)) {
        probe.successThreshold = int(*n);
        if (probe.successThreshold != 1 && probe.type != Type::Readiness)
            report.addError(
                in.path(QStringLiteral("success_threshold")),
                tr("must be 1 for a %1 probe (one success is enough to pass)").arg(typeName(probe.type)));
    }
    if (probe.timeoutS > probe.periodS)
        report.addWarning(in.path(QStringLiteral("timeout_s")),
                          tr("%1 s is longer than period_s (%2 s); checks will overlap")
                              .arg(probe.timeoutS)
                              .arg(probe.periodS));
    probe.unknownFields = in.unknownFields();

    if (report.errors().size() != errorsBefore)
        return std::nullopt;
    return probe;
}

QJsonObject HealthProbe::toJson() const
{
    QJsonObject o = unknownFields;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("type"), typeName(type));
    QJsonObject c = unknownCheckFields;
    switch (check) {
    case Check::Http: {
        c.insert(QStringLiteral("path"), http.path);
        c.insert(QStringLiteral("method"), http.method);
        if (http.port != 0)
            c.insert(QStringLiteral("port"), http.port);
        if (!http.expectStatus.isEmpty()) {
            QJsonArray statuses;
            for (int s : http.expectStatus)
                statuses.append(s);
            c.insert(QStringLiteral("expect_status"), statuses);
        }
        if (!http.headers.isEmpty()) {
            QJsonObject headers;
            for (auto it = http.headers.constBegin(); it != http.headers.constEnd(); ++it)
                headers.insert(it.key(), it.value());
            c.insert(QStringLiteral("headers"), headers);
        }
        break;
    }
    case Check::Tcp:
        c.insert(QStringLiteral("port"), tcpPort);
        break;
    case Check::Command:
        c.insert(QStringLiteral("argv"), QJsonArray::fromStringList(argv));
        break;
    }
    o.insert(checkName(check), c);
    o.insert(QStringLiteral("period_s"), periodS);
    o.insert(QStringLiteral("timeout_s"), timeoutS);
    o.insert(QStringLiteral("initial_delay_s"), initialDelayS);
    o.insert(QStringLiteral("failure_threshold"), failureThreshold);
    o.insert(QStringLiteral("success_threshold"), successThreshold);
    return o;
}

} // namespace ms
