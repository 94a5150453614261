#include "discovery/PackageJson.h"

#include "discovery/FileContent.h"
#include "discovery/JsonText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

namespace ms {

namespace {

QString normalisedScope(const QString& scope)
{
    return scope.endsWith(u'/') ? scope : scope + u'/';
}

} // namespace

QString PackageJson::pluginName(QStringView packageName, QStringView scope)
{
    const bool slash = scope.endsWith(u'/');
    if (!packageName.startsWith(scope) || (!slash && !packageName.sliced(scope.size()).startsWith(u'/')))
        return {};
    QString name = packageName.sliced(scope.size() + (slash ? 0 : 1)).toString().toLower();
    if (name.isEmpty())
        return {};
    for (QChar& c : name) {
        if (c == u'-' || c == u'.')
            c = u'_';
    }
    return name;
}

Result<PackageJson> PackageJson::parse(QByteArrayView data, const QString& fileName, const QString& scope)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonText::Position at = JsonText::errorPosition(data, parseError.offset);
        return Error(ErrorCode::Parse, tr("not valid JSON: %1").arg(parseError.errorString()),
                     fileName + u':' + QString::number(at.line) + u':' + QString::number(at.column));
    }
    if (!doc.isObject())
        return Error(ErrorCode::Parse, tr("not a JSON object"), fileName + QStringLiteral(":1:1"));

    PackageJson pkg;
    const QJsonObject root = doc.object();
    QList<JsonText::Member> members; // located only when a warning needs a line
    auto warn = [&](const QString& field, const QString& message) {
        if (members.isEmpty())
            members = JsonText::topLevelMembers(data);
        ScanProblem p;
        p.file = fileName;
        const QString top = field.section(u'.', 0, 0);
        if (const JsonText::Member* m = JsonText::find(members, top))
            p.line = JsonText::positionAt(data, m->keyOffset).line;
        p.message = message;
        pkg.m_problems.append(p);
    };

    const QJsonValue name = root.value(QLatin1String("name"));
    if (name.isString())
        pkg.m_name = name.toString();
    else if (!name.isUndefined())
        warn(QStringLiteral("name"), tr("\"name\" is not a string"));
    const QJsonValue version = root.value(QLatin1String("version"));
    if (version.isString())
        pkg.m_version = version.toString();
    else if (!version.isUndefined())
        warn(QStringLiteral("version"), tr("\"version\" is not a string"));

    const QString prefix = normalisedScope(scope);
    for (const QLatin1String field : {QLatin1String("dependencies"), QLatin1String("optionalDependencies")}) {
        const QJsonValue deps = root.value(field);
        if (deps.isUndefined() || deps.isNull())
            continue;
        if (!deps.isObject()) {
            warn(field, tr("\"%1\" is not an object").arg(field));
            continue;
        }
        const QJsonObject object = deps.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString plugin = pluginName(it.key(), prefix);
            if (plugin.isEmpty())
                continue;
            if (!it.value().isString()) {
                warn(field, tr("\"%1.%2\" is not a version string").arg(field, it.key()));
                continue;
            }
            const bool known = std::any_of(pkg.m_plugins.cbegin(), pkg.m_plugins.cend(),
                                           [&](const SitePlugin& p) { return p.packageName == it.key(); });
            if (known)
                continue;
            SitePlugin p;
            p.name = plugin;
            p.packageName = it.key();
            p.versionSpec = it.value().toString();
            p.source = QStringLiteral("package.json");
            pkg.m_plugins.append(p);
        }
    }
    std::sort(pkg.m_plugins.begin(), pkg.m_plugins.end(), [](const SitePlugin& a, const SitePlugin& b) {
        return a.name != b.name ? a.name < b.name : a.packageName < b.packageName;
    });
    return pkg;
}

PackageJson PackageJson::parseLenient(QByteArrayView data, const QString& fileName, const QString& scope)
{
    Result<PackageJson> parsed = parse(data, fileName, scope);
    if (parsed)
        return std::move(*parsed);
    // parse()'s subject is "fileName:line:column"; the problem wants them apart.
    const QString position = parsed.error().subject().sliced(fileName.size() + 1);
    ScanProblem p;
    p.file = fileName;
    p.line = position.section(u':', 0, 0).toInt();
    const QString column = position.section(u':', 1, 1);
    p.message = column.isEmpty() ? parsed.error().message()
                                 : tr("%1 (column %2)").arg(parsed.error().message(), column);
    p.fatal = true;
    PackageJson pkg;
    pkg.m_problems.append(p);
    return pkg;
}

Result<PackageJson> PackageJson::read(const QString& path, const QString& scope)
{
    const Result<QByteArray> data = FileContent::read(path, MaxFileSize);
    if (!data)
        return data.error();
    return parse(*data, path, scope);
}

} // namespace ms
