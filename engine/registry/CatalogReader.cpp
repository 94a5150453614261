#include "registry/CatalogReader.h"

#include <QHash>
#include <algorithm>
#include <array>

namespace ms {

namespace {

// What a byte inside a JSON string is.
enum Kind : quint8 {
    Plain, ///< itself
    Quote, ///< the end of the string
    Backslash, ///< an escape
    Control, ///< below 0x20: not allowed in JSON text
    High, ///< the first byte of a UTF-8 sequence, or not UTF-8 at all
};

constexpr std::array<quint8, 256> kinds = [] {
    std::array<quint8, 256> k {};
    for (int c = 0; c < 0x20; ++c)
        k[size_t(c)] = Control;
    for (int c = 0x80; c < 0x100; ++c)
        k[size_t(c)] = High;
    k['"'] = Quote;
    k['\\'] = Backslash;
    return k;
}();

int hexDigit(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// The code unit of the \uXXXX escape at @p p (at its backslash), or -1.
int unicodeEscape(const char* p, const char* end)
{
    if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
        return -1;
    int unit = 0;
    for (int i = 2; i < 6; ++i) {
        const int d = hexDigit(p[i]);
        if (d < 0)
            return -1;
        unit = unit * 16 + d;
    }
    return unit;
}

bool isHighSurrogate(int unit)
{
    return unit >= 0xd800 && unit <= 0xdbff;
}

bool isLowSurrogate(int unit)
{
    return unit >= 0xdc00 && unit <= 0xdfff;
}

/// Steps over the escape at @p p (at its backslash); false when it is not one JSON allows,
/// or when it is half of a surrogate pair without the other half.
bool skipEscape(const char*& p, const char* end)
{
    if (end - p < 2)
        return false;
    switch (p[1]) {
    case '"':
    case '\\':
    case '/':
    case 'b':
    case 'f':
    case 'n':
    case 'r':
    case 't':
        p += 2;
        return true;
    case 'u': {
        const int unit = unicodeEscape(p, end);
        if (unit < 0 || isLowSurrogate(unit))
            return false;
        if (isHighSurrogate(unit)) {
            if (!isLowSurrogate(unicodeEscape(p + 6, end)))
                return false;
            p += 12;
        } else {
            p += 6;
        }
        return true;
    }
    default:
        return false;
    }
}

/// Steps over the UTF-8 sequence at @p p; false unless it is well formed (no overlong form,
/// no surrogate, nothing above U+10FFFF, nothing cut short).
bool skipUtf8(const char*& p, const char* end)
{
    const auto* u = reinterpret_cast<const uchar*>(p);
    const qsizetype left = end - p;
    auto continuation = [&](qsizetype i) {
        return i < left && (u[i] & 0xc0) == 0x80;
    };
    qsizetype length = 0;
    if (u[0] >= 0xc2 && u[0] <= 0xdf) {
        length = 2;
    } else if (u[0] >= 0xe0 && u[0] <= 0xef) {
        // E0 needs A0..BF next (no overlong form), ED 80..9F (no surrogate).
        if (left < 2 || (u[0] == 0xe0 && u[1] < 0xa0) || (u[0] == 0xed && u[1] > 0x9f))
            return false;
        length = 3;
    } else if (u[0] >= 0xf0 && u[0] <= 0xf4) {
        // F0 needs 90..BF next (no overlong form), F4 80..8F (nothing above U+10FFFF).
        if (left < 2 || (u[0] == 0xf0 && u[1] < 0x90) || (u[0] == 0xf4 && u[1] > 0x8f))
            return false;
        length = 4;
    } else {
        return false;
    }
    for (qsizetype i = 1; i < length; ++i) {
        if (!continuation(i))
            return false;
    }
    p += length;
    return true;
}

/// A string as it stands in the text, between its quotes, already checked to be valid.
struct Token
{
    const char* data = nullptr;
    qsizetype size = 0;
    bool escaped = false; ///< holds a backslash escape
    bool ascii = true; ///< only bytes below 0x80

    QByteArrayView raw() const { return {data, size}; }
    /// Whether it is @p key, spelled without escapes.
    bool is(QByteArrayView key) const { return !escaped && raw() == key; }

    QString text() const
    {
        if (!escaped)
            return ascii ? QString::fromLatin1(data, size) : QString::fromUtf8(data, size);
        QString s;
        s.reserve(size);
        const char* p = data;
        const char* end = data + size;
        while (p < end) {
            const char* run = p;
            while (p < end && *p != '\\')
                ++p;
            if (p > run)
                s += QString::fromUtf8(run, p - run);
            if (p == end)
                break;
            switch (p[1]) {
            case 'b':
                s += u'\b';
                break;
            case 'f':
                s += u'\f';
                break;
            case 'n':
                s += u'\n';
                break;
            case 'r':
                s += u'\r';
                break;
            case 't':
                s += u'\t';
                break;
            case 'u': {
                const int unit = unicodeEscape(p, end);
                s += QChar(char16_t(unit));
                if (isHighSurrogate(unit)) {
                    p += 6;
                    s += QChar(char16_t(unicodeEscape(p, end)));
                }
                p += 4;
                break;
            }
            default: // " \ /
                s += QChar(char16_t(p[1]));
                break;
            }
            p += 2;
        }
        return s;
    }

    /// @p use(text) with the text as a QStringView; a short ASCII text is not copied to the heap.
    template<typename Use> auto view(Use use) const
    {
        constexpr qsizetype Short = 64;
        if (!escaped && ascii && size <= Short) {
            char16_t buffer[Short];
            std::copy(reinterpret_cast<const uchar*>(data), reinterpret_cast<const uchar*>(data) + size,
                      buffer);
            return use(QStringView(buffer, size));
        }
        const QString s = text();
        return use(QStringView(s));
    }
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

/// The JSON grammar, strictly, on UTF-8 text. Every reader returns false at the first thing
/// that is not what it expects, and the whole read is then given up.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    bool atEnd()
    {
        space();
        return m_p == m_end;
    }

    bool string(Token& out)
    {
        if (!take('"'))
            return false;
        out = Token {m_p};
        const char* p = m_p;
        for (;;) {
            while (p < m_end && kinds[uchar(*p)] == Plain)
                ++p;
            if (p == m_end)
                return false;
            switch (kinds[uchar(*p)]) {
            case Quote:
                out.size = p - out.data;
                m_p = p + 1;
                return true;
            case Backslash:
                out.escaped = true;
                if (!skipEscape(p, m_end))
                    return false;
                break;
            case High:
                out.ascii = false;
                if (!skipUtf8(p, m_end))
                    return false;
                break;
            default: // a control character
                return false;
            }
        }
    }

    /// A whole number in [@p min, @p max] written with digits alone. @p max is at most
    /// 2^53 - 1, so that a double holds it exactly, as the JSON-tree reader sees it.
    bool number(qint64 min, qint64 max, qint64& out)
    {
        Q_ASSERT(max < (qint64(1) << 53));
        space();
        const char* p = m_p;
        qint64 value = 0;
        while (p < m_end && isDigit(*p) && p - m_p < 17)
            value = value * 10 + (*p++ - '0');
        const qsizetype digits = p - m_p;
        if (digits == 0 || digits > 16 || (digits > 1 && *m_p == '0'))
            return false;
        if (p < m_end && (*p == '.' || *p == 'e' || *p == 'E' || isDigit(*p)))
            return false;
        if (value < min || value > max)
            return false;
        m_p = p;
        out = value;
        return true;
    }

    bool boolean(bool& out)
    {
        space();
        if (word("true"))
            out = true;
        else if (word("false"))
            out = false;
        else
            return false;
        return true;
    }

    /// Calls @p field(key) for each key of an object, with the scanner at its value.
    template<typename Field> bool object(Field field)
    {
        if (!take('{'))
            return false;
        if (take('}'))
            return true;
        do {
            Token key;
            if (!string(key) || !take(':') || !field(key))
                return false;
        } while (take(','));
        return take('}');
    }

    /// Calls @p element() for each element of an array, with the scanner at it.
    template<typename Element> bool array(Element element)
    {
        if (!take('['))
            return false;
        if (take(']'))
            return true;
        do {
            if (!element())
                return false;
        } while (take(','));
        return take(']');
    }

    /// Steps over any JSON value, checking it as strictly as the rest; false for one nested
    /// deeper than MaxDepth or a number a double cannot hold to the last digit's order.
    bool skipValue(int depth = 0)
    {
        constexpr int MaxDepth = 64;
        space();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            Token t;
            return string(t);
        }
        case '{':
            return depth < MaxDepth && object([&](const Token&) { return skipValue(depth + 1); });
        case '[':
            return depth < MaxDepth && array([&] { return skipValue(depth + 1); });
        case 't':
            return word("true");
        case 'f':
            return word("false");
        case 'n':
            return word("null");
        default:
            return skipNumber();
        }
    }

private:
    /// -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? with at most 17 significant digits and an
    /// exponent of at most 280, so that it is always a finite double.
    bool skipNumber()
    {
        const char* p = m_p;
        if (p < m_end && *p == '-')
            ++p;
        const char* digits = p;
        if (p < m_end && *p == '0')
            ++p;
        else
            while (p < m_end && isDigit(*p))
                ++p;
        qsizetype significant = p - digits;
        if (significant == 0)
            return false;
        if (p < m_end && *p == '.') {
            const char* fraction = ++p;
            while (p < m_end && isDigit(*p))
                ++p;
            if (p == fraction)
                return false;
            significant += p - fraction;
        }
        if (p < m_end && (*p == 'e' || *p == 'E')) {
            ++p;
            if (p < m_end && (*p == '+' || *p == '-'))
                ++p;
            const char* exponent = p;
            int value = 0;
            while (p < m_end && isDigit(*p) && p - exponent < 4)
                value = value * 10 + (*p++ - '0');
            if (p == exponent || (p < m_end && isDigit(*p)) || value > 280)
                return false;
        }
        if (significant > 17)
            return false;
        m_p = p;
        return true;
    }

    void space()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    bool take(char c)
    {
        space();
        if (m_p == m_end || *m_p != c)
            return false;
        ++m_p;
        return true;
    }

    bool word(QByteArrayView w)
    {
        if (m_end - m_p < w.size() || QByteArrayView(m_p, w.size()) != w)
            return false;
        m_p += w.size();
        return true;
    }

    const char* m_p;
    const char* m_end;
};

/// Fields seen in one object: each may come once, and some must come.
class Fields
{
public:
    bool first(unsigned field)
    {
        if (m_seen & field)
            return false;
        m_seen |= field;
        return true;
    }
    bool all(unsigned fields) const { return (m_seen & fields) == fields; }

private:
    unsigned m_seen = 0;
};

/// The bit of @p key among @p names (bit 0 for the first), 0 when it is none of them.
template<size_t N> unsigned fieldOf(const Token& key, const std::array<QByteArrayView, N>& names)
{
    for (size_t i = 0; i < N; ++i) {
        if (key.raw() == names[i])
            return 1u << i;
    }
    return 0;
}

class Reader
{
public:
    Reader(QByteArrayView text, CatalogReader::Unknown unknown)
        : in(text)
        , m_unknown(unknown)
    {
    }

    Scanner in;

    /// Reads an object whose known keys are @p names: @p read(field) for each, with the scanner
    /// at its value. Gives up on a key given twice, and on one spelled with escapes (it may
    /// still be a known one: the JSON-tree reader decides). Unknown keys: unknownField().
    template<size_t N, typename Read>
    bool knownFields(const std::array<QByteArrayView, N>& names, Fields& fields, Read read)
    {
        return in.object([&](const Token& key) {
            if (key.escaped)
                return false;
            const unsigned field = fieldOf(key, names);
            if (field == 0)
                return unknownField();
            return fields.first(field) && read(field);
        });
    }

    bool module(CatalogModule& m)
    {
        enum : unsigned { Name = 1, Display = 2, Description = 4, Kind = 8, Tags = 16, Versions = 32 };
        static constexpr std::array<QByteArrayView, 6> names {"module_name", "display_name", "description",
                                                              "kind",        "tags",         "versions"};
        Fields fields;
        const bool ok = knownFields(names, fields, [&](unsigned field) {
            Token t;
            switch (field) {
            case Name:
            case Display:
            case Description:
                if (!in.string(t))
                    return false;
                (field == Name ? m.moduleName : field == Display ? m.displayName : m.description) = t.text();
                return true;
            case Kind: {
                if (!in.string(t))
                    return false;
                const auto kind = t.view([](QStringView s) { return Manifest::kindFromName(s); });
                if (kind)
                    m.kind = *kind;
                return kind.has_value();
            }
            case Tags:
                return in.array([&] {
                    Token tag;
                    if (!in.string(tag))
                        return false;
                    m.tags << shared(m_tags, tag);
                    return true;
                });
            default: // Versions
                return in.array([&] {
                    m.versions.emplaceBack();
                    return version(m.versions.back());
                });
            }
        });
        if (!ok || !fields.all(Name | Versions) || m.versions.isEmpty())
            return false;
        if (!Manifest::isValidModuleName(m.moduleName) || m.moduleName == Manifest::coreName())
            return false;
        if (m.displayName.isEmpty())
            m.displayName = m.moduleName;
        for (const CatalogVersion& v : std::as_const(m.versions)) {
            if (v.dependencies.contains(m.moduleName) || v.conflicts.contains(m.moduleName))
                return false;
        }
        std::stable_sort(
            m.versions.begin(), m.versions.end(),
            [](const CatalogVersion& a, const CatalogVersion& b) { return a.version > b.version; });
        // A version listed twice (build metadata does not count) lands next to itself.
        const auto twice = std::adjacent_find(
            m.versions.cbegin(), m.versions.cend(),
            [](const CatalogVersion& a, const CatalogVersion& b) { return a.version == b.version; });
        return twice == m.versions.cend();
    }

private:
    /// The value of a field the JSON-tree reader does not know: it warns and goes on.
    bool unknownField() { return m_unknown == CatalogReader::Unknown::Skip && in.skipValue(); }

    bool version(CatalogVersion& v)
    {
        enum : unsigned {
            Number = 1,
            Path = 2,
            Sha256 = 4,
            Size = 8,
            Dependencies = 16,
            Conflicts = 32,
            Released = 64,
            Yanked = 128,
            License = 256,
        };
        static constexpr std::array<QByteArrayView, 9> names {
            "version",     "path",   "sha256",          "size", "dependencies", "conflicts",
            "released_at", "yanked", "license_required"};
        Fields fields;
        const bool ok = knownFields(names, fields, [&](unsigned field) {
            Token t;
            switch (field) {
            case Number:
                return in.string(t) && t.view([&](QStringView s) {
                    Result<Version> parsed = Version::parse(s);
                    if (parsed)
                        v.version = std::move(*parsed);
                    return parsed.ok();
                });
            case Path:
                if (!in.string(t))
                    return false;
                v.path = t.text();
                return Manifest::isPackagePath(v.path);
            case Sha256:
                return in.string(t) && sha256(t, v.sha256);
            case Size:
                // 2^53 - 1: JSON numbers are doubles.
                return in.number(1, (qint64(1) << 53) - 1, v.size);
            case Dependencies:
            case Conflicts:
                return requirements(field == Conflicts ? v.conflicts : v.dependencies, field == Conflicts);
            case Released:
                if (!in.string(t))
                    return false;
                v.releasedAt = t.view([](QStringView s) { return Catalog::parseTimestamp(s); });
                return v.releasedAt.isValid();
            default: // Yanked, License
                return in.boolean(field == Yanked ? v.yanked : v.licenseRequired);
            }
        });
        return ok && fields.all(Number | Path | Sha256 | Size);
    }

    /// 64 hex digits, kept in lower case.
    static bool sha256(const Token& t, QString& out)
    {
        if (t.escaped || t.size != 64)
            return false;
        out.resize(64);
        char16_t* d = reinterpret_cast<char16_t*>(out.data());
        for (qsizetype i = 0; i < 64; ++i) {
            const char c = t.data[i];
            if (hexDigit(c) < 0)
                return false;
            d[i] = char16_t(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c);
        }
        return true;
    }

    /// Module name → range; "core" only among dependencies, every name once.
    bool requirements(Requirements& out, bool conflicts)
    {
        return in.object([&](const Token& key) {
            Token value;
            if (key.escaped || (conflicts && key.is("core")) || !in.string(value))
                return false;
            const QString* name = moduleName(key);
            if (!name || out.contains(*name))
                return false;
            const VersionRange* r = range(value);
            if (!r)
                return false;
            out.insert(*name, *r);
            return true;
        });
    }

    /// The text of @p t, the same QString every time it is spelled the same way.
    static QString shared(QHash<QByteArrayView, QString>& known, const Token& t)
    {
        if (t.escaped)
            return t.text();
        auto it = known.constFind(t.raw());
        if (it == known.cend())
            it = known.insert(t.raw(), t.text());
        return *it;
    }

    /// A valid module name, shared; nullptr when it is not one.
    const QString* moduleName(const Token& t)
    {
        if (const auto it = m_names.constFind(t.raw()); it != m_names.cend())
            return &*it;
        const QString name = t.text();
        if (!Manifest::isValidModuleName(name))
            return nullptr;
        return &*m_names.insert(t.raw(), name);
    }

    /// The range @p t spells, parsed once; nullptr when it is not one.
    const VersionRange* range(const Token& t)
    {
        if (!t.escaped) {
            if (const auto it = m_ranges.constFind(t.raw()); it != m_ranges.cend())
                return &*it;
        }
        Result<VersionRange> parsed = VersionRange::parse(t.text());
        if (!parsed)
            return nullptr;
        // An escaped spelling is not a key: the same text may be spelled without escapes.
        if (t.escaped) {
            m_escapedRange = std::move(*parsed);
            return &m_escapedRange;
        }
        return &*m_ranges.insert(t.raw(), std::move(*parsed));
    }

    CatalogReader::Unknown m_unknown;
    // Keyed by the text's own bytes, which outlive the read.
    QHash<QByteArrayView, QString> m_names;
    QHash<QByteArrayView, QString> m_tags;
    QHash<QByteArrayView, VersionRange> m_ranges;
    VersionRange m_escapedRange;
};

} // namespace

std::optional<Catalog> CatalogReader::read(QByteArrayView json, Unknown unknown)
{
    enum : unsigned { Schema = 1, Registry = 2, Serial = 4, Expires = 8, Modules = 16 };
    static constexpr std::array<QByteArrayView, 5> names {"schema", "registry", "serial", "expires",
                                                          "modules"};
    Reader r(json, unknown);
    Catalog c;
    Fields fields;
    QString registry;
    const bool ok = r.knownFields(names, fields, [&](unsigned field) {
        Token t;
        switch (field) {
        case Schema: {
            qint64 schema = 0;
            // A newer schema is the JSON-tree reader's to explain.
            if (!r.in.number(1, Catalog::SchemaVersion, schema))
                return false;
            c.m_schema = int(schema);
            return true;
        }
        case Registry:
            if (!r.in.string(t))
                return false;
            registry = t.text();
            return !registry.trimmed().isEmpty();
        case Serial:
            return r.in.number(0, (qint64(1) << 53) - 1, c.m_serial);
        case Expires:
            if (!r.in.string(t))
                return false;
            c.m_expires = t.view([](QStringView s) { return Catalog::parseTimestamp(s); });
            return c.m_expires.isValid();
        default: // Modules
            return r.in.array([&] {
                c.m_modules.emplaceBack();
                return r.module(c.m_modules.back());
            });
        }
    });
    if (!ok || !r.in.atEnd() || !fields.all(Schema | Registry | Serial | Expires | Modules))
        return std::nullopt;
    c.m_registries = {registry};
    for (CatalogModule& m : c.m_modules)
        m.registry = registry;
    c.index();
    // A module listed twice lands next to itself once sorted by name.
    const auto twice = std::adjacent_find(
        c.m_modules.cbegin(), c.m_modules.cend(),
        [](const CatalogModule& a, const CatalogModule& b) { return a.moduleName == b.moduleName; });
    if (twice != c.m_modules.cend())
        return std::nullopt;
    return c;
}

} // namespace ms
