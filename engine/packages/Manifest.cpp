#include "packages/Manifest.h"

#include "packages/ConfigSchema.h"
#include "packages/JsonFieldReader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace ms {

namespace {

using Presence = JsonFieldReader::Presence;

const QStringList kKinds {QStringLiteral("core"), QStringLiteral("shared"), QStringLiteral("business")};
const QStringList kLicenseTypes {QString(), QStringLiteral("per_installation"), QStringLiteral("per_site"),
                                 QStringLiteral("subscription")};

bool isLower(QChar c)
{
    return c >= u'a' && c <= u'z';
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// ^[a-z][a-z0-9_]{0,maxTail}$
bool isSnakeName(QStringView s, qsizetype minTail, qsizetype maxTail)
{
    if (s.size() < 1 + minTail || s.size() > 1 + maxTail || !isLower(s.front()))
        return false;
    return std::all_of(s.begin() + 1, s.end(), [](QChar c) { return isLower(c) || isDigit(c) || c == u'_'; });
}

// "farm.view", "farm.blocks.edit": dot-separated snake_case words.
bool isPermission(QStringView s)
{
    if (s.size() > 128)
        return false;
    const QList<QStringView> parts = s.split(u'.');
    return std::all_of(parts.begin(), parts.end(), [](QStringView p) { return isSnakeName(p, 0, 127); });
}

// An absolute URL path made of unreserved characters: "/api/v1/farm". No empty, "." or ".."
// segments, no trailing slash, so that two prefixes compare by plain string comparison.
bool isRoutePrefix(QStringView s)
{
    if (s == u"/")
        return true;
    if (!s.startsWith(u'/') || s.size() > 256)
        return false;
    const QList<QStringView> parts = s.mid(1).split(u'/');
    for (QStringView p : parts) {
        if (p.isEmpty() || p == u"." || p == u"..")
            return false;
        for (QChar c : p) {
            if (!(isLower(c) || isDigit(c) || (c >= u'A' && c <= u'Z') || c == u'-' || c == u'.' || c == u'_'
                  || c == u'~'))
                return false;
        }
    }
    return true;
}

// A list of unique names, each checked by @p valid; problems name the item's index.
QStringList readNameList(JsonFieldReader& in, const QString& key, bool (*valid)(QStringView),
                         const QString& expected)
{
    QStringList out;
    const auto list = in.array(key);
    if (!list)
        return out;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString path = ValidationReport::index(in.path(key), i);
        const QJsonValue v = list->at(i);
        if (!v.isString()) {
            in.report().addError(path,
                                 Manifest::tr("must be a string, not %1").arg(JsonFieldReader::describe(v)));
        } else if (!valid(v.toString())) {
            in.report().addError(path, Manifest::tr("\"%1\" must match %2").arg(v.toString(), expected));
        } else if (out.contains(v.toString())) {
            in.report().addError(path, Manifest::tr("\"%1\" is listed twice").arg(v.toString()));
        } else {
            out << v.toString();
        }
    }
    return out;
}

QString jsonErrorText(const QByteArray& json, const QJsonParseError& error)
{
    const QByteArray before = json.left(error.offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
    return Manifest::tr("%1 at line %2, column %3").arg(error.errorString()).arg(line).arg(column);
}

} // namespace

bool Manifest::isValidModuleName(QStringView name)
{
    return isSnakeName(name, 1, 63);
}

bool Manifest::isPackagePath(QStringView path, QString* problem)
{
    auto fail = [&](const QString& why) {
        if (problem)
            *problem = why;
        return false;
    };
    if (path.isEmpty())
        return fail(tr("is empty; it must name a file inside the package"));
    if (path.startsWith(u'/') || (path.size() >= 2 && path[1] == u':'))
        return fail(tr("is absolute; it must be a path inside the package"));
    if (path.contains(u'\\'))
        return fail(tr("contains \"\\\"; folders are separated by \"/\""));
    for (QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return fail(tr("contains a control character"));
    }
    for (QStringView part : path.split(u'/')) {
        if (part == u"..")
            return fail(tr("leaves the package (\"..\" is not allowed)"));
        if (part.isEmpty() || part == u".")
            return fail(tr("has an empty or \".\" part"));
    }
    return true;
}

Requirements Manifest::readRequirements(const QJsonValue& value, const QString& parentPath, const QString& key,
                                        const QString& self, bool conflicts, ValidationReport& report,
                                        QHash<QString, VersionRange>* parsed)
{
    Requirements out;
    if (value.isUndefined())
        return out;
    // Paths are only spelled out for a problem: catalogs read 10^5 of these objects.
    const QString path = ValidationReport::child(parentPath, key);
    if (!value.isObject()) {
        report.addError(path,
                        tr("must be an object of module names and version ranges, not %1")
                            .arg(JsonFieldReader::describe(value)));
        return out;
    }
    const QJsonObject object = value.toObject();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString name = it.key();
        const auto at = [&] { return ValidationReport::child(path, name); };
        bool nameOk = true;
        if (name == coreName()) {
            if (conflicts) {
                report.addError(at(), tr("the platform core cannot be a conflict; constrain it in dependencies.core"));
                nameOk = false;
            }
        } else if (!isValidModuleName(name)) {
            report.addError(at(), tr("\"%1\" is not a valid module name (^[a-z][a-z0-9_]{1,63}$)").arg(name));
            nameOk = false;
        } else if (name == self) {
            report.addError(at(),
                            conflicts ? tr("a module cannot conflict with itself")
                                      : tr("a module cannot depend on itself"));
            nameOk = false;
        }
        if (!it.value().isString()) {
            report.addError(at(),
                tr("must be a version range (a string), not %1").arg(JsonFieldReader::describe(it.value())));
            continue;
        }
        const QString text = it.value().toString();
        if (parsed) {
            if (const auto known = parsed->constFind(text); known != parsed->constEnd()) {
                if (nameOk)
                    out.insert(name, *known);
                continue;
            }
        }
        const Result<VersionRange> range = VersionRange::parse(text);
        if (!range) {
            report.addError(at(), tr("\"%1\" is not a valid range").arg(text));
            continue;
        }
        if (parsed)
            parsed->insert(text, *range);
        if (nameOk)
            out.insert(name, *range);
    }
    return out;
}

QString Manifest::kindName(ModuleKind kind)
{
    return kKinds.at(int(kind));
}

std::optional<ModuleKind> Manifest::kindFromName(QStringView name)
{
    const qsizetype i = kKinds.indexOf(name);
    if (i < 0)
        return std::nullopt;
    return ModuleKind(i);
}

QString Manifest::licenseTypeName(LicenseType type)
{
    return kLicenseTypes.at(int(type));
}

std::optional<LicenseType> Manifest::licenseTypeFromName(QStringView name)
{
    const qsizetype i = kLicenseTypes.indexOf(name);
    if (i <= 0)
        return std::nullopt;
    return LicenseType(i);
}

Result<Manifest> Manifest::load(const QString& path, ValidationReport* report)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read the manifest: %1").arg(file.errorString()), path);
    if (file.size() > MaxFileSize)
        return Error(ErrorCode::Io, tr("the manifest is larger than %1 bytes").arg(MaxFileSize), path);
    const QByteArray json = file.read(MaxFileSize + 1);
    Result<Manifest> m = parse(json, report);
    if (!m)
        return m.error().withSubject(path);
    return m;
}

Result<Manifest> Manifest::parse(const QByteArray& json, ValidationReport* report)
{
    ValidationReport local;
    ValidationReport& r = report ? *report : local;
    if (json.size() > MaxFileSize) {
        const QString message = tr("the manifest is larger than %1 bytes").arg(MaxFileSize);
        r.addError({}, message);
        return Error(ErrorCode::Parse, message);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString message = error.error != QJsonParseError::NoError
            ? tr("the manifest is not valid JSON: %1").arg(jsonErrorText(json, error))
            : tr("the manifest must be a JSON object");
        r.addError({}, message);
        return Error(ErrorCode::Parse, message);
    }
    return fromJson(doc.object(), &r);
}

Result<Manifest> Manifest::fromJson(const QJsonObject& object, ValidationReport* report)
{
    ValidationReport local;
    ValidationReport& r = report ? *report : local;
    const qsizetype errorsBefore = r.errors().size();
    const qsizetype warningsBefore = r.warnings().size();
    JsonFieldReader in(object, {}, r);
    Manifest m;

    if (const auto name = in.string(QStringLiteral("module_name"), Presence::Required)) {
        if (*name == coreName())
            r.addError(in.path(QStringLiteral("module_name")),
                       tr("\"core\" is the platform itself; a module needs another name"));
        else if (!isValidModuleName(*name))
            r.addError(in.path(QStringLiteral("module_name")),
                       tr("\"%1\" must match ^[a-z][a-z0-9_]{1,63}$").arg(*name));
        else
            m.m_moduleName = *name;
    }
    if (const auto v = in.text(QStringLiteral("display_name"), Presence::Required))
        m.m_displayName = *v;
    if (const auto v = in.string(QStringLiteral("version"), Presence::Required)) {
        if (const Result<Version> version = Version::parse(*v))
            m.m_version = *version;
        else
            r.addError(in.path(QStringLiteral("version")),
                       tr("\"%1\" is not a valid version (MAJOR.MINOR.PATCH, such as 1.8.0)").arg(*v));
    }
    if (const auto v = in.string(QStringLiteral("description")))
        m.m_description = *v;
    if (const auto v = in.string(QStringLiteral("author")))
        m.m_author = *v;
    if (const auto v = in.string(QStringLiteral("kind"), Presence::Required)) {
        if (const auto kind = kindFromName(*v))
            m.m_kind = *kind;
        else
            r.addError(in.path(QStringLiteral("kind")),
                       tr("\"%1\" is not one of %2").arg(*v, kKinds.join(QStringLiteral(", "))));
    }
    if (const auto v = in.string(QStringLiteral("route_prefix"))) {
        if (isRoutePrefix(*v))
            m.m_routePrefix = *v;
        else
            r.addError(in.path(QStringLiteral("route_prefix")),
                       tr("\"%1\" must be an absolute URL path such as /api/v1/farm").arg(*v));
    }

    const QString self = m.m_moduleName.isEmpty() ? object.value(u"module_name").toString() : m.m_moduleName;
    m.m_dependencies = readRequirements(in.value(QStringLiteral("dependencies")), in.path(),
                                        QStringLiteral("dependencies"), self, false, r);
    m.m_conflicts = readRequirements(in.value(QStringLiteral("conflicts")), in.path(), QStringLiteral("conflicts"),
                                     self, true, r);
    for (auto it = m.m_conflicts.constBegin(); it != m.m_conflicts.constEnd(); ++it) {
        if (m.m_dependencies.contains(it.key()))
            r.addWarning(
                ValidationReport::child(in.path(QStringLiteral("conflicts")), it.key()),
                tr("%1 is both a dependency and a conflict; only versions outside \"%2\" can satisfy it")
                    .arg(it.key(), it.value().text()));
    }

    m.m_databaseCollections = readNameList(
        in, QStringLiteral("database_collections"), [](QStringView s) { return isSnakeName(s, 0, 63); },
        QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    m.m_permissions = readNameList(in, QStringLiteral("permissions"), isPermission,
                                   QStringLiteral("^[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*$"));

    if (const auto v = in.boolean(QStringLiteral("license_required")))
        m.m_licenseRequired = *v;
    if (const auto v = in.string(QStringLiteral("license_type"))) {
        if (const auto type = licenseTypeFromName(*v))
            m.m_licenseType = *type;
        else
            r.addError(
                in.path(QStringLiteral("license_type")),
                tr("\"%1\" is not one of %2").arg(*v, kLicenseTypes.mid(1).join(QStringLiteral(", "))));
        if (!m.m_licenseRequired)
            r.addWarning(in.path(QStringLiteral("license_type")),
                         tr("has no effect while license_required is false"));
    } else if (m.m_licenseRequired && !in.has(QStringLiteral("license_type"))) {
        r.addError(in.path(QStringLiteral("license_type")), tr("required when license_required is true"));
    }

    if (const auto schema = in.object(QStringLiteral("config_schema"))) {
        ConfigSchema::check(*schema, in.path(QStringLiteral("config_schema")), r);
        m.m_configSchema = *schema;
    }

    if (const auto health = in.array(QStringLiteral("health"))) {
        QMap<QString, qsizetype> names;
        for (qsizetype i = 0; i < health->size(); ++i) {
            const QString path = ValidationReport::index(in.path(QStringLiteral("health")), i);
            const auto probe = HealthProbe::fromJson(health->at(i), path, r);
            if (!probe)
                continue;
            if (names.contains(probe->name))
                r.addError(ValidationReport::child(path, QStringLiteral("name")),
                           tr("\"%1\" is already the name of health[%2]")
                               .arg(probe->name)
                               .arg(names.value(probe->name)));
            names.insert(probe->name, i);
            m.m_health << *probe;
        }
    }

    if (const auto hooks = in.object(QStringLiteral("hooks"))) {
        for (auto it = hooks->constBegin(); it != hooks->constEnd(); ++it) {
            const QString at = ValidationReport::child(in.path(QStringLiteral("hooks")), it.key());
            QString problem;
            if (!isSnakeName(it.key(), 0, 63))
                r.addError(at, tr("\"%1\" is not a valid hook name (^[a-z][a-z0-9_]{0,63}$)").arg(it.key()));
            else if (!it.value().isString())
                r.addError(at,
                           tr("must be a path inside the package (a string), not %1")
                               .arg(JsonFieldReader::describe(it.value())));
            else if (!isPackagePath(it.value().toString(), &problem))
                r.addError(at, u'"' + it.value().toString() + QStringLiteral("\" ") + problem);
            else
                m.m_hooks.insert(it.key(), it.value().toString());
        }
    }

    m.m_unknownFields = in.unknownFields();

    if (r.errors().size() != errorsBefore) {
        // Report only this manifest's problems, even when the caller's report holds others.
        ValidationReport mine;
        for (qsizetype i = errorsBefore; i < r.errors().size(); ++i)
            mine.addError(r.errors().at(i).path, r.errors().at(i).message);
        for (qsizetype i = warningsBefore; i < r.warnings().size(); ++i)
            mine.addWarning(r.warnings().at(i).path, r.warnings().at(i).message);
        return mine.toError(ErrorCode::Validation, tr("The manifest"));
    }
    return m;
}

QJsonObject Manifest::toJson() const
{
    QJsonObject o = m_unknownFields;
    o.insert(QStringLiteral("module_name"), m_moduleName);
    o.insert(QStringLiteral("display_name"), m_displayName);
    o.insert(QStringLiteral("version"), m_version.toFullString());
    if (!m_description.isEmpty())
        o.insert(QStringLiteral("description"), m_description);
    if (!m_author.isEmpty())
        o.insert(QStringLiteral("author"), m_author);
    o.insert(QStringLiteral("kind"), kindName(m_kind));
    if (!m_routePrefix.isEmpty())
        o.insert(QStringLiteral("route_prefix"), m_routePrefix);
    auto requirements = [](const Requirements& map) {
        QJsonObject out;
        for (auto it = map.constBegin(); it != map.constEnd(); ++it)
            out.insert(it.key(), it.value().text());
        return out;
    };
    if (!m_dependencies.isEmpty())
        o.insert(QStringLiteral("dependencies"), requirements(m_dependencies));
    if (!m_conflicts.isEmpty())
        o.insert(QStringLiteral("conflicts"), requirements(m_conflicts));
    if (!m_databaseCollections.isEmpty())
        o.insert(QStringLiteral("database_collections"), QJsonArray::fromStringList(m_databaseCollections));
    if (!m_permissions.isEmpty())
        o.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(m_permissions));
    o.insert(QStringLiteral("license_required"), m_licenseRequired);
    if (m_licenseType != LicenseType::None)
        o.insert(QStringLiteral("license_type"), licenseTypeName(m_licenseType));
    if (!m_configSchema.isEmpty())
        o.insert(QStringLiteral("config_schema"), m_configSchema);
    if (!m_health.isEmpty()) {
        QJsonArray health;
        for (const HealthProbe& p : m_health)
            health.append(p.toJson());
        o.insert(QStringLiteral("health"), health);
    }
    if (!m_hooks.isEmpty()) {
        QJsonObject hooks;
        for (auto it = m_hooks.constBegin(); it != m_hooks.constEnd(); ++it)
            hooks.insert(it.key(), it.value());
        o.insert(QStringLiteral("hooks"), hooks);
    }
    return o;
}

} // namespace ms
