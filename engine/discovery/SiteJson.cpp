#include "discovery/SiteJson.h"

#include "core/AtomicFile.h"
#include "discovery/FileContent.h"
#include "discovery/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace ms {

namespace {

const QString kEnvironments[]
    = {QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")};

// An integral JSON number, or nullopt.
std::optional<qint64> integer(const QJsonValue& v)
{
    if (!v.isDouble())
        return std::nullopt;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
        return std::nullopt;
    return qint64(d);
}

} // namespace

QStringList SiteJson::knownFields()
{
    return {QStringLiteral("name"),  QStringLiteral("title"),          QStringLiteral("domains"),
            QStringLiteral("port"),  QStringLiteral("environment"),    QStringLiteral("instances"),
            QStringLiteral("agent"), QStringLiteral("reload_command"), QStringLiteral("modules_dir"),
            QStringLiteral("health")};
}

SiteJson SiteJson::parseImpl(QByteArrayView data, const QString& fileName, bool lenient, Error* firstError)
{
    SiteJson s;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    auto fatal = [&](int line, const QString& subject, const QString& message) {
        if (!firstError->isError())
            *firstError = Error(ErrorCode::Parse, message, subject);
        ScanProblem p;
        p.file = fileName;
        p.line = line;
        p.message = message;
        p.fatal = true;
        s.m_problems.append(p);
    };
    if (parseError.error != QJsonParseError::NoError) {
        const JsonText::Position at = JsonText::errorPosition(data, parseError.offset);
        fatal(at.line, fileName + u':' + QString::number(at.line) + u':' + QString::number(at.column),
              tr("not valid JSON: %1 (column %2)").arg(parseError.errorString()).arg(at.column));
        return s;
    }
    if (!doc.isObject()) {
        fatal(1, fileName + QStringLiteral(":1"), tr("not a JSON object"));
        return s;
    }

    const QJsonObject root = doc.object();
    const QList<JsonText::Member> members = JsonText::topLevelMembers(data);
    auto lineOf = [&](const QString& key) {
        const JsonText::Member* m = JsonText::find(members, key);
        return m ? JsonText::positionAt(data, m->keyOffset).line : 0;
    };
    auto typeError = [&](const QString& field, const QString& message) {
        const int line = lineOf(field);
        fatal(line, line > 0 ? fileName + u':' + QString::number(line) : fileName, message);
    };

    // In file order, so that the first error reported is the first in the file.
    QStringList keys = root.keys();
    auto offsetOf = [&](const QString& key) {
        const JsonText::Member* m = JsonText::find(members, key);
        return m ? m->keyOffset : data.size();
    };
    std::stable_sort(keys.begin(), keys.end(),
                     [&](const QString& a, const QString& b) { return offsetOf(a) < offsetOf(b); });

    const QStringList known = knownFields();
    for (const QString& key : std::as_const(keys)) {
        const QJsonValue v = root.value(key);
        if (!lenient && firstError->isError())
            break;
        if (key == u"name" || key == u"title" || key == u"reload_command" || key == u"modules_dir"
            || key == u"agent" || key == u"environment") {
            if (!v.isString() || v.toString().trimmed().isEmpty()) {
                typeError(key, tr("field \"%1\": expected a non-empty string").arg(key));
                continue;
            }
            const QString text = v.toString().trimmed();
            if (key == u"name") {
                s.name = text;
            } else if (key == u"title") {
                s.title = text;
            } else if (key == u"reload_command") {
                s.reloadCommand = text;
            } else if (key == u"modules_dir") {
                s.modulesDir = text;
            } else if (key == u"agent") {
                const QUrl url(text, QUrl::StrictMode);
                if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")
                    || url.host().isEmpty()) {
                    typeError(key, tr("field \"agent\": expected an http:// or https:// URL"));
                    continue;
                }
                s.agent = text;
            } else {
                const QString env = text.toLower();
                if (std::find(std::begin(kEnvironments), std::end(kEnvironments), env)
                    == std::end(kEnvironments)) {
                    typeError(
                        key,
                        tr("field \"environment\": expected \"development\", \"staging\" or \"production\""));
                    continue;
                }
                s.environment = env;
            }
        } else if (key == u"port") {
            const std::optional<qint64> port = integer(v);
            if (!port || *port < 1 || *port > 65535) {
                typeError(key, tr("field \"port\": expected an integer from 1 to 65535"));
                continue;
            }
            s.port = int(*port);
        } else if (key == u"instances") {
            const std::optional<qint64> n = integer(v);
            if (!n || *n < 1 || *n > 10000) {
                typeError(key, tr("field \"instances\": expected an integer from 1 to 10000"));
                continue;
            }
            s.instances = int(*n);
        } else if (key == u"domains") {
            if (!v.isArray()) {
                typeError(key, tr("field \"domains\": expected an array of host names"));
                continue;
            }
            QStringList domains;
            const QJsonArray array = v.toArray();
            bool ok = true;
            for (qsizetype i = 0; i < array.size(); ++i) {
                const QString d = array.at(i).toString().trimmed().toLower();
                if (!array.at(i).isString() || d.isEmpty() || d.contains(u'/') || d.contains(u' ')) {
                    typeError(key, tr("field \"domains[%1]\": expected a host name").arg(i));
                    ok = false;
                    break;
                }
                if (!domains.contains(d))
                    domains.append(d);
            }
            if (ok)
                s.domains = domains;
        } else if (key == u"health") {
            if (!v.isArray()) {
                typeError(key, tr("field \"health\": expected an array of probes"));
                continue;
            }
            ValidationReport report;
            const QList<HealthProbe> probes = parseHealth(v.toArray(), report);
            const int line = lineOf(key);
            const QString subject = line > 0 ? fileName + u':' + QString::number(line) : fileName;
            for (const FieldIssue& issue : report.errors())
                fatal(line, subject, tr("field \"%1\": %2").arg(issue.path, issue.message));
            for (const FieldIssue& issue : report.warnings()) {
                ScanProblem p;
                p.file = fileName;
                p.line = line;
                p.message = tr("field \"%1\": %2").arg(issue.path, issue.message);
                s.m_problems.append(p);
            }
            if (!report.hasErrors() || lenient)
                s.health = probes;
        } else if (key == u"$schema") {
            continue;
        } else if (!known.contains(key)) {
            ScanProblem p;
            p.file = fileName;
            p.line = lineOf(key);
            p.message = tr("unknown field \"%1\" (ignored)").arg(key);
            s.m_problems.append(p);
        }
    }
    return s;
}

// A site may give an http probe a full "url" instead of a "path": HealthProbe wants a path,
// so the URL's own path stands in for it and the URL is kept for the monitor.
QList<HealthProbe> SiteJson::parseHealth(const QJsonArray& array, ValidationReport& report,
                                         QList<qsizetype>* indexes)
{
    QList<HealthProbe> probes;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = ValidationReport::index(QStringLiteral("health"), i);
        QJsonValue entry = array.at(i);
        QJsonObject object = entry.toObject();
        QJsonObject http = object.value(QStringLiteral("http")).toObject();
        if (http.value(QStringLiteral("url")).isString() && !http.contains(QStringLiteral("path"))) {
            const QUrl url(http.value(QStringLiteral("url")).toString(), QUrl::StrictMode);
            QString stand = url.path(QUrl::FullyEncoded);
            if (!stand.startsWith(u'/'))
                stand.prepend(u'/');
            if (url.hasQuery())
                stand += u'?' + url.query(QUrl::FullyEncoded);
            http.insert(QStringLiteral("path"), stand);
            object.insert(QStringLiteral("http"), http);
            entry = object;
        }
        ValidationReport one;
        std::optional<HealthProbe> probe = HealthProbe::fromJson(entry, path, one);
        // Unknown fields inside the check object are the monitor's to judge (url,
        // body_contains, …); the rest of the report stands.
        const QString checkPrefix
            = probe ? ValidationReport::child(path, HealthProbe::checkName(probe->check)) + u'.' : QString();
        for (const FieldIssue& issue : one.errors())
            report.addError(issue.path, issue.message);
        for (const FieldIssue& issue : one.warnings()) {
            if (probe && issue.path.startsWith(checkPrefix)
                && probe->unknownCheckFields.contains(issue.path.mid(checkPrefix.size())))
                continue;
            report.addWarning(issue.path, issue.message);
        }
        if (!probe)
            continue;
        const bool taken = std::any_of(probes.cbegin(), probes.cend(),
                                       [&](const HealthProbe& p) { return p.name == probe->name; });
        if (taken) {
            report.addError(ValidationReport::child(path, QStringLiteral("name")),
                            tr("\"%1\" is already the name of another probe").arg(probe->name));
            continue;
        }
        probes.append(*probe);
        if (indexes)
            indexes->append(i);
    }
    return probes;
}

Result<SiteJson> SiteJson::parse(QByteArrayView data, const QString& fileName)
{
    Error error;
    SiteJson s = parseImpl(data, fileName, false, &error);
    if (error.isError())
        return error;
    return s;
}

SiteJson SiteJson::parseLenient(QByteArrayView data, const QString& fileName)
{
    Error ignored;
    return parseImpl(data, fileName, true, &ignored);
}

Result<SiteJson> SiteJson::read(const QString& path)
{
    const Result<QByteArray> data = FileContent::read(path, MaxFileSize);
    if (!data)
        return data.error();
    return parse(*data, path);
}

bool SiteJson::hasErrors() const
{
    for (const ScanProblem& p : m_problems) {
        if (p.fatal)
            return true;
    }
    return false;
}

Result<QByteArray> SiteJson::withPort(QByteArrayView original, const QString& fileName, int port)
{
    if (port < 1 || port > 65535)
        return Error(ErrorCode::InvalidArgument, tr("port %1 is out of range").arg(port), fileName);
    const Result<SiteJson> parsed = parse(original, fileName);
    if (!parsed)
        return parsed.error();
    const QList<JsonText::Member> members = JsonText::topLevelMembers(original);
    const JsonText::Member* m = JsonText::find(members, u"port");
    if (!m)
        return Error(ErrorCode::NotFound, tr("no \"port\" field to change"), fileName);
    QByteArray out;
    out.reserve(original.size() + 5);
    out.append(original.first(m->valueBegin));
    out.append(QByteArray::number(port));
    out.append(original.sliced(m->valueEnd));
    return out;
}

Result<FileChange> SiteJson::setPort(const QString& path, int port, const Clock& clock)
{
    const Result<QByteArray> original = FileContent::read(path, MaxFileSize);
    if (!original)
        return original.error();
    const Result<QByteArray> after = withPort(*original, path, port);
    if (!after)
        return after.error();
    const Result<QString> backup = BackupFile::write(path, *original, clock);
    if (!backup)
        return backup.error();
    const Status written = AtomicFile::write(path, *after);
    if (!written)
        return written.error();
    FileChange change;
    change.path = path;
    change.backupPath = *backup;
    change.key = QStringLiteral("port");
    return change;
}

} // namespace ms
