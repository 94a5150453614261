#include "registry/Catalog.h"

#include "packages/JsonFieldReader.h"

#include <QJsonDocument>
#include <algorithm>

namespace ms {

namespace {

using Presence = JsonFieldReader::Presence;

bool isSha256(const QString& s)
{
    if (s.size() != 64)
        return false;
    return std::all_of(s.begin(), s.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

std::optional<QDateTime> readTimestamp(JsonFieldReader& in, const QString& key, Presence presence)
{
    const auto text = in.string(key, presence);
    if (!text)
        return std::nullopt;
    const QDateTime t = Catalog::parseTimestamp(*text);
    if (!t.isValid()) {
        in.report().addError(
            in.path(key),
            Catalog::tr("\"%1\" is not an RFC 3339 date and time such as 2026-05-01T12:00:00Z").arg(*text));
        return std::nullopt;
    }
    return t;
}

// Ranges by text: a catalog repeats the same few thousands of times.
using RangeCache = QHash<QString, VersionRange>;

std::optional<CatalogVersion> readVersion(const QJsonValue& value, const QString& path, const QString& module,
                                          ValidationReport& report, RangeCache& ranges)
{
    if (!value.isObject()) {
        report.addError(path, Catalog::tr("must be an object, not %1").arg(JsonFieldReader::describe(value)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = report.errors().size();
    JsonFieldReader in(value.toObject(), path, report);
    CatalogVersion v;
    if (const auto text = in.string(QStringLiteral("version"), Presence::Required)) {
        if (const Result<Version> parsed = Version::parse(*text))
            v.version = *parsed;
        else
            report.addError(in.path(QStringLiteral("version")),
                            Catalog::tr("\"%1\" is not a valid version").arg(*text));
    }
    if (const auto p = in.string(QStringLiteral("path"), Presence::Required)) {
        QString problem;
        if (Manifest::isPackagePath(*p, &problem))
            v.path = *p;
        else
            report.addError(in.path(QStringLiteral("path")), u'"' + *p + QStringLiteral("\" ") + problem);
    }
    if (const auto sha = in.string(QStringLiteral("sha256"), Presence::Required)) {
        if (isSha256(*sha))
            v.sha256 = sha->toLower();
        else
            report.addError(in.path(QStringLiteral("sha256")), Catalog::tr("not 64 hex digits"));
    }
    // 2^53 - 1: JSON numbers are doubles.
    if (const auto size = in.integer(QStringLiteral("size"), 1, (qint64(1) << 53) - 1, Presence::Required))
        v.size = *size;
    v.dependencies = Manifest::readRequirements(in.value(QStringLiteral("dependencies")), path,
                                                QStringLiteral("dependencies"), module, false, report, &ranges);
    v.conflicts = Manifest::readRequirements(in.value(QStringLiteral("conflicts")), path,
                                             QStringLiteral("conflicts"), module, true, report, &ranges);
    if (const auto t = readTimestamp(in, QStringLiteral("released_at"), Presence::Optional))
        v.releasedAt = *t;
    if (const auto b = in.boolean(QStringLiteral("yanked")))
        v.yanked = *b;
    if (const auto b = in.boolean(QStringLiteral("license_required")))
        v.licenseRequired = *b;
    in.unknownFields();
    if (report.errors().size() != errorsBefore)
        return std::nullopt;
    return v;
}

std::optional<CatalogModule> readModule(const QJsonValue& value, const QString& path,
                                        ValidationReport& report, RangeCache& ranges)
{
    if (!value.isObject()) {
        report.addError(path, Catalog::tr("must be an object, not %1").arg(JsonFieldReader::describe(value)));
        return std::nullopt;
    }
    const qsizetype errorsBefore = report.errors().size();
    JsonFieldReader in(value.toObject(), path, report);
    CatalogModule m;
    if (const auto name = in.string(QStringLiteral("module_name"), Presence::Required)) {
        if (!Manifest::isValidModuleName(*name) || *name == Manifest::coreName())
            report.addError(
                in.path(QStringLiteral("module_name")),
                Catalog::tr("\"%1\" is not a valid module name (^[a-z][a-z0-9_]{1,63}$, not \"core\")")
                    .arg(*name));
        else
            m.moduleName = *name;
    }
    if (const auto s = in.string(QStringLiteral("display_name")))
        m.displayName = *s;
    if (m.displayName.isEmpty())
        m.displayName = m.moduleName;
    if (const auto s = in.string(QStringLiteral("description")))
        m.description = *s;
    if (const auto s = in.string(QStringLiteral("kind"))) {
        if (const auto kind = Manifest::kindFromName(*s))
            m.kind = *kind;
        else
            report.addError(in.path(QStringLiteral("kind")),
                            Catalog::tr("\"%1\" is not one of core, shared, business").arg(*s));
    }
    if (const auto tags = in.array(QStringLiteral("tags"))) {
        for (qsizetype i = 0; i < tags->size(); ++i) {
            if (tags->at(i).isString())
                m.tags << tags->at(i).toString();
            else
                report.addError(
                    ValidationReport::index(in.path(QStringLiteral("tags")), i),
                    Catalog::tr("must be a string, not %1").arg(JsonFieldReader::describe(tags->at(i))));
        }
    }
    if (const auto versions = in.array(QStringLiteral("versions"), Presence::Required)) {
        const QString versionsPath = in.path(QStringLiteral("versions"));
        if (versions->isEmpty())
            report.addError(versionsPath, Catalog::tr("must list at least one version"));
        QHash<QString, qsizetype> seen;
        const QString self
            = m.moduleName.isEmpty() ? value.toObject().value(u"module_name").toString() : m.moduleName;
        for (qsizetype i = 0; i < versions->size(); ++i) {
            const QString at = ValidationReport::index(versionsPath, i);
            auto v = readVersion(versions->at(i), at, self, report, ranges);
            if (!v)
                continue;
            // Build metadata does not count: 1.2.0+a and 1.2.0+b are the same version.
            const QString key = v->version.toString();
            if (seen.contains(key)) {
                report.addError(
                    ValidationReport::child(at, QStringLiteral("version")),
                    Catalog::tr("\"%1\" is already listed at versions[%2]").arg(key).arg(seen.value(key)));
                continue;
            }
            seen.insert(key, i);
            m.versions << *v;
        }
    }
    in.unknownFields();
    if (report.errors().size() != errorsBefore)
        return std::nullopt;
    std::stable_sort(m.versions.begin(), m.versions.end(),
                     [](const CatalogVersion& a, const CatalogVersion& b) { return a.version > b.version; });
    return m;
}

} // namespace

const CatalogVersion* CatalogModule::find(const Version& version) const
{
    for (const CatalogVersion& v : versions) {
        if (v.version == version)
            return &v;
    }
    return nullptr;
}

QDateTime Catalog::parseTimestamp(const QString& text)
{
    // RFC 3339: YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM). Read by hand: a catalog holds one
    // per version, and a regular expression per timestamp was a tenth of a refresh.
    const QStringView s(text);
    auto digits = [&](qsizetype at, qsizetype n, int* out) {
        if (at + n > s.size())
            return false;
        int v = 0;
        for (qsizetype i = at; i < at + n; ++i) {
            const char16_t c = s[i].unicode();
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c - u'0');
        }
        *out = v;
        return true;
    };
    int year, month, day, hour, minute, second;
    if (s.size() < 20 || !digits(0, 4, &year) || s[4] != u'-' || !digits(5, 2, &month) || s[7] != u'-'
        || !digits(8, 2, &day) || s[10] != u'T' || !digits(11, 2, &hour) || s[13] != u':'
        || !digits(14, 2, &minute) || s[16] != u':' || !digits(17, 2, &second))
        return {};
    qsizetype at = 19;
    int millis = 0;
    if (s[at] == u'.') {
        // Qt keeps milliseconds; finer fractions are cut, not refused.
        qsizetype n = 0;
        while (at + 1 + n < s.size() && s[at + 1 + n].isDigit())
            ++n;
        if (n < 1 || n > 9)
            return {};
        for (qsizetype i = 0; i < 3; ++i)
            millis = millis * 10 + (i < n ? s[at + 1 + i].unicode() - u'0' : 0);
        at += 1 + n;
    }
    int offset = 0;
    if (at < s.size() && s[at] == u'Z' && at + 1 == s.size()) {
        offset = 0;
    } else if (at + 6 == s.size() && (s[at] == u'+' || s[at] == u'-') && s[at + 3] == u':') {
        int oh, om;
        if (!digits(at + 1, 2, &oh) || !digits(at + 4, 2, &om) || oh > 23 || om > 59)
            return {};
        offset = (oh * 60 + om) * 60 * (s[at] == u'-' ? -1 : 1);
    } else {
        return {};
    }
    const QDate date(year, month, day);
    const QTime time(hour, minute, second, millis);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC).addSecs(-offset);
}

Result<Catalog> Catalog::parse(const QByteArray& json, ValidationReport* report)
{
    ValidationReport local;
    ValidationReport& r = report ? *report : local;
    if (json.size() > MaxFileSize) {
        const QString message = tr("the catalog is larger than %1 bytes").arg(MaxFileSize);
        r.addError({}, message);
        return Error(ErrorCode::Parse, message);
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        const QString message = error.error != QJsonParseError::NoError
            ? tr("the catalog is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)
            : tr("the catalog must be a JSON object");
        r.addError({}, message);
        return Error(ErrorCode::Parse, message);
    }
    return fromJson(doc.object(), &r);
}

Result<Catalog> Catalog::fromJson(const QJsonObject& object, ValidationReport* report)
{
    ValidationReport local;
    ValidationReport& r = report ? *report : local;
    const qsizetype errorsBefore = r.errors().size();
    JsonFieldReader in(object, {}, r);
    Catalog c;

    // Read the schema first: a newer format may have changed everything after it.
    if (const auto schema
        = in.integer(QStringLiteral("schema"), 1, std::numeric_limits<int>::max(), Presence::Required)) {
        if (*schema > SchemaVersion) {
            const QString message
                = tr("catalog schema %1 is newer than this program reads (%2); update Mothership")
                      .arg(*schema)
                      .arg(SchemaVersion);
            r.addError(in.path(QStringLiteral("schema")), message);
            return Error(ErrorCode::Unsupported, message, QStringLiteral("schema"));
        }
        c.m_schema = int(*schema);
    }
    if (const auto name = in.text(QStringLiteral("registry"), Presence::Required))
        c.m_registries = {*name};
    if (const auto serial
        = in.integer(QStringLiteral("serial"), 0, (qint64(1) << 53) - 1, Presence::Required))
        c.m_serial = *serial;
    if (const auto expires = readTimestamp(in, QStringLiteral("expires"), Presence::Required))
        c.m_expires = *expires;

    if (const auto modules = in.array(QStringLiteral("modules"), Presence::Required)) {
        QHash<QString, qsizetype> seen;
        RangeCache ranges;
        for (qsizetype i = 0; i < modules->size(); ++i) {
            const QString at = ValidationReport::index(in.path(QStringLiteral("modules")), i);
            auto m = readModule(modules->at(i), at, r, ranges);
            if (!m)
                continue;
            if (seen.contains(m->moduleName)) {
                r.addError(ValidationReport::child(at, QStringLiteral("module_name")),
                           tr("\"%1\" is already listed at modules[%2]")
                               .arg(m->moduleName)
                               .arg(seen.value(m->moduleName)));
                continue;
            }
            seen.insert(m->moduleName, i);
            m->registry = c.registry();
            c.m_modules << *m;
        }
    }
    in.unknownFields();

    if (r.errors().size() != errorsBefore) {
        ValidationReport mine;
        for (qsizetype i = errorsBefore; i < r.errors().size(); ++i)
            mine.addError(r.errors().at(i).path, r.errors().at(i).message);
        return mine.toError(ErrorCode::Validation, tr("The catalog"));
    }
    c.index();
    return c;
}

Catalog Catalog::merge(const QList<Catalog>& catalogs)
{
    Catalog merged;
    merged.m_registries.clear();
    QHash<QString, qsizetype> byName;
    for (const Catalog& c : catalogs) {
        for (const QString& name : c.m_registries) {
            if (!merged.m_registries.contains(name))
                merged.m_registries << name;
        }
        if (c.m_expires.isValid() && (!merged.m_expires.isValid() || c.m_expires < merged.m_expires))
            merged.m_expires = c.m_expires;
        for (const CatalogModule& m : c.m_modules) {
            const auto it = byName.constFind(m.moduleName);
            if (it == byName.constEnd()) {
                byName.insert(m.moduleName, merged.m_modules.size());
                merged.m_modules << m;
                continue;
            }
            CatalogModule& winner = merged.m_modules[*it];
            for (const QString& r : QStringList {m.registry} + m.shadowedRegistries) {
                if (r != winner.registry && !winner.shadowedRegistries.contains(r))
                    winner.shadowedRegistries << r;
            }
        }
    }
    merged.index();
    return merged;
}

void Catalog::setRegistryName(const QString& name)
{
    m_registries = {name};
    for (CatalogModule& m : m_modules)
        m.registry = name;
}

void Catalog::index()
{
    std::sort(m_modules.begin(), m_modules.end(),
              [](const CatalogModule& a, const CatalogModule& b) { return a.moduleName < b.moduleName; });
    m_byName.clear();
    m_byName.reserve(m_modules.size());
    for (qsizetype i = 0; i < m_modules.size(); ++i)
        m_byName.insert(m_modules.at(i).moduleName, i);
}

const CatalogModule* Catalog::module(const QString& name) const
{
    const auto it = m_byName.constFind(name);
    return it == m_byName.constEnd() ? nullptr : &m_modules.at(*it);
}

const CatalogVersion* Catalog::find(const QString& name, const Version& version) const
{
    const CatalogModule* m = module(name);
    return m ? m->find(version) : nullptr;
}

} // namespace ms
