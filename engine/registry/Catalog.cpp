#include "registry/Catalog.h"

#include "packages/JsonFieldReader.h"
#include "registry/CatalogReader.h"

#include "core/Parallel.h"

#include <QJsonDocument>
#include <algorithm>
#include <vector>

namespace ms {

namespace {

using Presence = JsonFieldReader::Presence;

// A catalog is read in parts of at least this many modules, one per core.
constexpr qsizetype ModulesPerPart = 1000;
// Below this, a catalog's text is parsed in one piece: splitting it costs more than it saves.
constexpr qsizetype MinSplitBytes = 256 * 1024;

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

bool operator==(const CatalogVersion& a, const CatalogVersion& b)
{
    return a.version == b.version && a.version.toFullString() == b.version.toFullString() && a.path == b.path
        && a.sha256 == b.sha256 && a.size == b.size && a.dependencies == b.dependencies
        && a.conflicts == b.conflicts && a.releasedAt == b.releasedAt && a.yanked == b.yanked
        && a.licenseRequired == b.licenseRequired;
}

bool operator==(const Catalog& a, const Catalog& b)
{
    return a.m_schema == b.m_schema && a.m_registries == b.m_registries && a.m_serial == b.m_serial
        && a.m_expires == b.m_expires && a.m_modules == b.m_modules;
}

const CatalogVersion* CatalogModule::find(const Version& version) const
{
    for (const CatalogVersion& v : versions) {
        if (v.version == version)
            return &v;
    }
    return nullptr;
}

QDateTime Catalog::parseTimestamp(QStringView s)
{
    // RFC 3339: YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM). Read by hand: a catalog holds one
    // per version, and a regular expression per timestamp was a tenth of a refresh.
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

struct Catalog::Split
{
    const QByteArray* json = nullptr;
    qsizetype open = -1; ///< the modules array's '['
    qsizetype close = -1; ///< and its ']'
    QList<qsizetype> commas; ///< between its elements
    qsizetype count = 0; ///< its elements
    int parts = 1;

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; }

    /// Finds the top-level "modules" array and the commas between its elements by following
    /// the text's strings and nesting. Anything unusual (a key spelled with escapes, "modules"
    /// twice or not an array, text after the document, deep nesting) gives up: the whole text
    /// is then parsed in one piece, which says what is wrong, if anything.
    bool scan(const QByteArray& text)
    {
        constexpr int MaxDepth = 64;
        json = &text;
        const char* p = text.constData();
        const qsizetype n = text.size();
        int depth = 0;
        bool seenRoot = false;
        bool expectKey = false; // at depth 1, the next string is a key
        bool modulesNext = false; // the value after this key is the modules array
        bool inModules = false;
        for (qsizetype i = 0; i < n; ++i) {
            const char c = p[i];
            if (isSpace(c))
                continue;
            if (depth == 0 && (seenRoot || c != '{'))
                return false; // not an object, or text after it
            switch (c) {
            case '"': {
                const qsizetype start = ++i;
                bool escapes = false;
                for (; i < n && p[i] != '"'; ++i) {
                    if (p[i] == '\\') {
                        escapes = true;
                        ++i;
                    }
                }
                if (i >= n)
                    return false;
                if (depth == 1) {
                    if (modulesNext)
                        return false; // "modules" is a string
                    if (expectKey) {
                        if (escapes)
                            return false;
                        if (QByteArrayView(p + start, i - start) == "modules") {
                            if (open >= 0)
                                return false; // twice
                            modulesNext = true;
                        }
                        expectKey = false;
                    }
                }
                break;
            }
            case '{':
            case '[':
                if (++depth > MaxDepth)
                    return false;
                if (depth == 1) {
                    seenRoot = true;
                    expectKey = true;
                } else if (depth == 2 && modulesNext) {
                    if (c != '[')
                        return false;
                    open = i;
                    inModules = true;
                    modulesNext = false;
                }
                break;
            case '}':
            case ']':
                if (depth == 2 && inModules) {
                    close = i;
                    inModules = false;
                }
                if (--depth < 0)
                    return false;
                break;
            case ',':
                if (depth == 1)
                    expectKey = true;
                else if (depth == 2 && inModules)
                    commas << i;
                break;
            case ':':
                break;
            default:
                if (depth == 1 && modulesNext)
                    return false; // "modules" is a number, true, false or null
                break;
            }
        }
        if (depth != 0 || !seenRoot || open < 0 || close <= open)
            return false;
        const bool empty = std::all_of(p + open + 1, p + close, isSpace);
        count = empty ? 0 : commas.size() + 1;
        return true;
    }

    /// Modules [@p from, @p to) as a JSON array of their own; nothing when that text does not parse.
    std::optional<QJsonArray> part(qsizetype from, qsizetype to) const
    {
        const qsizetype begin = from == 0 ? open + 1 : commas.at(from - 1) + 1;
        const qsizetype end = to == count ? close : commas.at(to - 1);
        QByteArray text;
        text.reserve(end - begin + 2);
        text += '[';
        text += QByteArrayView(*json).sliced(begin, end - begin);
        text += ']';
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text, &error);
        if (error.error != QJsonParseError::NoError || !doc.isArray() || doc.array().size() != to - from)
            return std::nullopt;
        return doc.array();
    }
};

Result<Catalog> Catalog::parse(const QByteArray& json, ValidationReport* report)
{
    return parse(json, report, 0);
}

Result<Catalog> Catalog::parseInParts(const QByteArray& json, int parts, ValidationReport* report)
{
    return parse(json, report, qMax(1, parts));
}

Result<Catalog> Catalog::parse(const QByteArray& json, ValidationReport* report, int parts)
{
    ValidationReport local;
    ValidationReport& r = report ? *report : local;
    if (json.size() > MaxFileSize) {
        const QString message = tr("the catalog is larger than %1 bytes").arg(MaxFileSize);
        r.addError({}, message);
        return Error(ErrorCode::Parse, message);
    }
    // Straight from the text, when there is nothing to say about it: no error, and no
    // warning either when somebody wants to hear them.
    if (parts == 0) {
        if (std::optional<Catalog> read = CatalogReader::read(
                json, report ? CatalogReader::Unknown::GiveUp : CatalogReader::Unknown::Skip))
            return std::move(*read);
    }
    // A large catalog in parts: the document without its modules, then each part's modules.
    // A document that passes Split::scan() has valid JSON exactly when the head and every part
    // have it, since the parts are cut at the commas between elements, outside any string.
    if (parts > 1 || (parts == 0 && json.size() > MinSplitBytes)) {
        Split split;
        if (split.scan(json)) {
            split.parts = parts == 0 ? partsFor(split.count, ModulesPerPart)
                                     : int(qMin<qsizetype>(parts, split.count));
            if (split.parts > 1) {
                QJsonParseError error;
                const QJsonDocument head
                    = QJsonDocument::fromJson(json.left(split.open + 1) + json.mid(split.close), &error);
                if (error.error == QJsonParseError::NoError && head.isObject()) {
                    ValidationReport mine;
                    if (std::optional<Result<Catalog>> read = Catalog::read(head.object(), mine, &split)) {
                        r.merge(mine);
                        return std::move(*read);
                    }
                }
            }
        }
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
    return *read(object, report ? *report : local, nullptr);
}

std::optional<Result<Catalog>> Catalog::read(const QJsonObject& object, ValidationReport& r, const Split* split)
{
    const qsizetype errorsBefore = r.errors().size();
    JsonFieldReader in(object, {}, r);
    Catalog c;

    // Read the schema first: a newer format may have changed everything after it.
    if (const auto schema
        = in.integer(QStringLiteral("schema"), 1, std::numeric_limits<int>::max(), Presence::Required)) {
        if (*schema > SchemaVersion) {
            // Split, the modules' text has not been parsed yet and may not be JSON: the
            // whole text decides which error comes first.
            if (split)
                return std::nullopt;
            const QString message
                = tr("catalog schema %1 is newer than this program reads (%2); update Mothership")
                      .arg(*schema)
                      .arg(SchemaVersion);
            r.addError(in.path(QStringLiteral("schema")), message);
            return Result<Catalog>(Error(ErrorCode::Unsupported, message, QStringLiteral("schema")));
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
        // Each module is read on its own: a large catalog is split across the machine's cores,
        // each part with its own report, then put back together in the catalog's order. The
        // parts only read the (immutable, shared) JSON, or parse their own piece of the text.
        struct Part
        {
            qsizetype from = 0;
            qsizetype to = 0;
            ValidationReport report;
            QList<std::optional<CatalogModule>> modules;
            bool unreadable = false;
        };
        const QString modulesPath = in.path(QStringLiteral("modules"));
        const QJsonArray& list = *modules;
        const qsizetype count = split ? split->count : list.size();
        std::vector<Part> parts(static_cast<size_t>(split ? split->parts : partsFor(count, ModulesPerPart)));
        runParts(int(parts.size()), [&](int p) {
            Part& part = parts[size_t(p)];
            std::tie(part.from, part.to) = partRange(count, p, int(parts.size()));
            std::optional<QJsonArray> own;
            if (split) {
                own = split->part(part.from, part.to);
                if (!own) {
                    part.unreadable = true;
                    return;
                }
            }
            const QJsonArray& source = split ? *own : list;
            const qsizetype first = split ? part.from : 0;
            RangeCache ranges;
            part.modules.reserve(part.to - part.from);
            for (qsizetype i = part.from; i < part.to; ++i)
                part.modules << readModule(source.at(i - first), ValidationReport::index(modulesPath, i),
                                           part.report, ranges);
        });
        if (std::any_of(parts.cbegin(), parts.cend(), [](const Part& part) { return part.unreadable; }))
            return std::nullopt;

        // Every module's own errors in order, then the names listed twice: the same report
        // however many parts there were.
        QHash<QString, qsizetype> seen;
        seen.reserve(count);
        c.m_modules.reserve(count);
        ValidationReport twice;
        for (Part& part : parts) {
            r.merge(part.report);
            for (qsizetype k = 0; k < part.modules.size(); ++k) {
                std::optional<CatalogModule>& m = part.modules[k];
                if (!m)
                    continue;
                const qsizetype i = part.from + k;
                if (const auto it = seen.constFind(m->moduleName); it != seen.cend()) {
                    twice.addError(ValidationReport::child(ValidationReport::index(modulesPath, i),
                                                           QStringLiteral("module_name")),
                                   tr("\"%1\" is already listed at modules[%2]").arg(m->moduleName).arg(*it));
                    continue;
                }
                seen.insert(m->moduleName, i);
                m->registry = c.registry();
                c.m_modules << std::move(*m);
            }
        }
        r.merge(twice);
    }
    in.unknownFields();

    if (r.errors().size() != errorsBefore) {
        ValidationReport mine;
        for (qsizetype i = errorsBefore; i < r.errors().size(); ++i)
            mine.addError(r.errors().at(i).path, r.errors().at(i).message);
        return Result<Catalog>(mine.toError(ErrorCode::Validation, tr("The catalog")));
    }
    c.index();
    return Result<Catalog>(std::move(c));
}

Catalog Catalog::merge(const QList<Catalog>& catalogs)
{
    if (catalogs.size() == 1) {
        // Nothing to merge: the catalog itself (its lists are shared, not copied), as a view.
        Catalog view = catalogs.first();
        view.m_schema = SchemaVersion;
        view.m_serial = 0;
        return view;
    }
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
