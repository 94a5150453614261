#include "core/VersionRange.h"

#include <QHash>
#include <QSet>

namespace ms {

namespace {

// One of MAJOR.MINOR.PATCH as written in a range: a number, or a wildcard (x, X, * or absent).
struct Part
{
    bool wild = true;
    quint64 n = 0;
};

// A partial version as it appears in a range ("1", "1.2.x", "v1.2.3-beta+build").
struct Partial
{
    Part major, minor, patch;
    QStringList prerelease;
};

using Op = VersionRange::Op;
using Comparator = VersionRange::Comparator;

struct ParseError
{
    QString what;
};

bool isWildcard(QStringView s)
{
    return s == u"x" || s == u"X" || s == u"*";
}

bool parseNumber(QStringView s, quint64* out)
{
    if (s.isEmpty() || s.size() > 16 || (s.size() > 1 && s.front() == u'0'))
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    *out = s.toULongLong();
    return *out <= Version::MaxComponent;
}

// Parses "[v]M[.m[.p[-pre]]][+build]". Once a part is a wildcard every later part must be
// one too ("1.x.5" and "x.1" are refused, as node-semver refuses them).
std::optional<Partial> parsePartial(QStringView s)
{
    if (s.startsWith(u'v'))
        s = s.mid(1);
    if (const qsizetype plus = s.indexOf(u'+'); plus >= 0) {
        const QStringList build = s.mid(plus + 1).toString().split(u'.');
        if (!Version::validIdentifiers(build, false))
            return std::nullopt;
        s = s.left(plus);
    }
    QStringList pre;
    if (const qsizetype dash = s.indexOf(u'-'); dash >= 0) {
        pre = s.mid(dash + 1).toString().split(u'.');
        if (!Version::validIdentifiers(pre, true))
            return std::nullopt;
        s = s.left(dash);
    }
    const QList<QStringView> fields = s.split(u'.');
    if (fields.isEmpty() || fields.size() > 3)
        return std::nullopt;
    if (!pre.isEmpty() && fields.size() != 3)
        return std::nullopt;
    Partial p;
    Part* parts[3] = {&p.major, &p.minor, &p.patch};
    bool seenWild = false;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (isWildcard(fields[i])) {
            seenWild = true;
            continue;
        }
        if (seenWild || !parseNumber(fields[i], &parts[i]->n))
            return std::nullopt;
        parts[i]->wild = false;
    }
    p.prerelease = pre;
    return p;
}

// Builds a bound, refusing numbers that overflow the version space ("^9007199254740991.0.0").
Comparator bound(Op op, quint64 major, quint64 minor, quint64 patch, QStringList pre = {})
{
    if (major > Version::MaxComponent || minor > Version::MaxComponent || patch > Version::MaxComponent)
        throw ParseError{VersionRange::tr("a bound overflows the largest version number")};
    return Comparator{op, Version(major, minor, patch, std::move(pre))};
}

const QStringList kZero{QStringLiteral("0")};

Comparator nullSet()
{
    return Comparator{Op::Lt, Version(0, 0, 0, kZero)};
}

// ~1.2.3 := >=1.2.3 <1.3.0-0 ; ~1.2 := >=1.2.0 <1.3.0-0 ; ~1 := >=1.0.0 <2.0.0-0
QList<Comparator> tilde(const Partial& p)
{
    const quint64 M = p.major.n, m = p.minor.n, pt = p.patch.n;
    if (p.major.wild)
        return {Comparator{}};
    if (p.minor.wild)
        return {bound(Op::Ge, M, 0, 0), bound(Op::Lt, M + 1, 0, 0, kZero)};
    if (p.patch.wild)
        return {bound(Op::Ge, M, m, 0), bound(Op::Lt, M, m + 1, 0, kZero)};
    return {bound(Op::Ge, M, m, pt, p.prerelease), bound(Op::Lt, M, m + 1, 0, kZero)};
}

// ^ allows changes that do not modify the left-most non-zero part.
QList<Comparator> caret(const Partial& p)
{
    const quint64 M = p.major.n, m = p.minor.n, pt = p.patch.n;
    if (p.major.wild)
        return {Comparator{}};
    if (p.minor.wild)
        return {bound(Op::Ge, M, 0, 0), bound(Op::Lt, M + 1, 0, 0, kZero)};
    if (p.patch.wild) {
        if (M == 0)
            return {bound(Op::Ge, M, m, 0), bound(Op::Lt, M, m + 1, 0, kZero)};
        return {bound(Op::Ge, M, m, 0), bound(Op::Lt, M + 1, 0, 0, kZero)};
    }
    const Comparator lower = bound(Op::Ge, M, m, pt, p.prerelease);
    if (M == 0) {
        if (m == 0)
            return {lower, bound(Op::Lt, M, m, pt + 1, kZero)};
        return {lower, bound(Op::Lt, M, m + 1, 0, kZero)};
    }
    return {lower, bound(Op::Lt, M + 1, 0, 0, kZero)};
}

// A primitive comparator or an x-range with an optional operator.
QList<Comparator> xrange(QStringView gtlt, const Partial& p)
{
    quint64 M = p.major.n, m = p.minor.n, pt = p.patch.n;
    const bool xM = p.major.wild;
    const bool xm = xM || p.minor.wild;
    const bool anyX = xm || p.patch.wild;
    QString op = gtlt.toString();
    if (op == u"=" && anyX)
        op.clear();

    if (xM) {
        if (op == u">" || op == u"<")
            return {nullSet()};
        return {Comparator{}};
    }
    if (!op.isEmpty() && anyX) {
        if (xm)
            m = 0;
        pt = 0;
        if (op == u">") {
            // >1 := >=2.0.0 ; >1.2 := >=1.3.0
            op = QStringLiteral(">=");
            if (xm) {
                M += 1;
                m = 0;
            } else {
                m += 1;
            }
            pt = 0;
        } else if (op == u"<=") {
            // <=0.7.x := <0.8.0-0
            op = QStringLiteral("<");
            if (xm)
                M += 1;
            else
                m += 1;
        }
        if (op == u"<")
            return {bound(Op::Lt, M, m, pt, kZero)};
        return {bound(Op::Ge, M, m, pt)};
    }
    if (xm)
        return {bound(Op::Ge, M, 0, 0), bound(Op::Lt, M + 1, 0, 0, kZero)};
    if (anyX)
        return {bound(Op::Ge, M, m, 0), bound(Op::Lt, M, m + 1, 0, kZero)};

    Op o = Op::Eq;
    if (op == u">")
        o = Op::Gt;
    else if (op == u">=")
        o = Op::Ge;
    else if (op == u"<")
        o = Op::Lt;
    else if (op == u"<=")
        o = Op::Le;
    return {bound(o, M, m, pt, p.prerelease)};
}

// 1.2 - 3.4 := >=1.2.0 <3.5.0-0 ; 1.2.3 - 3.4.5 := >=1.2.3 <=3.4.5
QList<Comparator> hyphen(const Partial& from, const Partial& to)
{
    QList<Comparator> out;
    if (!from.major.wild) {
        if (from.minor.wild)
            out << bound(Op::Ge, from.major.n, 0, 0);
        else if (from.patch.wild)
            out << bound(Op::Ge, from.major.n, from.minor.n, 0);
        else
            out << bound(Op::Ge, from.major.n, from.minor.n, from.patch.n, from.prerelease);
    }
    if (!to.major.wild) {
        if (to.minor.wild)
            out << bound(Op::Lt, to.major.n + 1, 0, 0, kZero);
        else if (to.patch.wild)
            out << bound(Op::Lt, to.major.n, to.minor.n + 1, 0, kZero);
        else
            out << bound(Op::Le, to.major.n, to.minor.n, to.patch.n, to.prerelease);
    }
    if (out.isEmpty())
        out << Comparator{};
    return out;
}

QList<Comparator> parseToken(QStringView token)
{
    auto partialOrThrow = [&](QStringView s) {
        const std::optional<Partial> p = parsePartial(s);
        if (!p)
            throw ParseError{VersionRange::tr("\"%1\" is not a version or comparator").arg(Error::shown(token))};
        return *p;
    };
    if (token.startsWith(u"~>"))
        return tilde(partialOrThrow(token.mid(2)));
    if (token.startsWith(u'~'))
        return tilde(partialOrThrow(token.mid(1)));
    if (token.startsWith(u'^'))
        return caret(partialOrThrow(token.mid(1)));
    qsizetype opLength = 0;
    if (token.startsWith(u">=") || token.startsWith(u"<="))
        opLength = 2;
    else if (token.startsWith(u'>') || token.startsWith(u'<') || token.startsWith(u'='))
        opLength = 1;
    return xrange(token.left(opLength), partialOrThrow(token.mid(opLength)));
}

bool isOperatorOnly(QStringView t)
{
    return t == u"<" || t == u"<=" || t == u">" || t == u">=" || t == u"=" || t == u"~" || t == u"~>"
        || t == u"^";
}

VersionRange::ComparatorSet parseSet(QStringView part)
{
    QList<QStringView> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= part.size(); ++i) {
        const bool space = i == part.size() || part[i].isSpace();
        if (space && start >= 0) {
            words << part.mid(start, i - start);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }

    QList<Comparator> comparators;
    if (words.size() == 3 && words[1] == u"-") {
        const std::optional<Partial> from = parsePartial(words[0]);
        const std::optional<Partial> to = parsePartial(words[2]);
        if (!from || !to)
            throw ParseError{VersionRange::tr("\"%1\" is not a valid hyphen range").arg(Error::shown(part))};
        comparators = hyphen(*from, *to);
    } else {
        // "> 1.2.3", "~ 1.2" and "^ 1" mean ">1.2.3", "~1.2" and "^1".
        QStringList tokens;
        for (qsizetype i = 0; i < words.size(); ++i) {
            if (isOperatorOnly(words[i]) && i + 1 < words.size()) {
                tokens << words[i].toString() + words[i + 1].toString();
                ++i;
            } else {
                tokens << words[i].toString();
            }
        }
        for (const QString& t : std::as_const(tokens))
            comparators << parseToken(t);
        if (tokens.isEmpty())
            comparators << Comparator{};
    }

    // >=0.0.0 is the same as *; a null set swallows the whole intersection; duplicates go;
    // * is dropped when it stands beside anything else.
    QList<Comparator> unique;
    QSet<QString> seen;
    for (Comparator c : std::as_const(comparators)) {
        if (c.op == Op::Ge && c.version == Version(0, 0, 0))
            c = Comparator{};
        if (c.isNullSet())
            return {c};
        if (!seen.contains(c.toString())) {
            seen.insert(c.toString());
            unique << c;
        }
    }
    if (unique.size() > 1)
        unique.removeIf([](const Comparator& c) { return c.op == Op::Any; });
    return unique;
}

bool testSet(const VersionRange::ComparatorSet& set, const Version& v, bool includePrerelease)
{
    for (const Comparator& c : set) {
        if (!c.test(v))
            return false;
    }
    if (v.isPrerelease() && !includePrerelease) {
        // Only a comparator that names a pre-release of the same MAJOR.MINOR.PATCH opts in.
        for (const Comparator& c : set) {
            if (c.op != Op::Any && c.version.isPrerelease() && c.version.sameCore(v))
                return true;
        }
        return false;
    }
    return true;
}

} // namespace

bool VersionRange::Comparator::test(const Version& v) const
{
    const int c = v.compare(version);
    switch (op) {
    case Op::Any: return true;
    case Op::Eq: return c == 0;
    case Op::Lt: return c < 0;
    case Op::Le: return c <= 0;
    case Op::Gt: return c > 0;
    case Op::Ge: return c >= 0;
    }
    return false;
}

QString VersionRange::Comparator::toString() const
{
    switch (op) {
    case Op::Any: return {};
    case Op::Eq: return version.toString();
    case Op::Lt: return u'<' + version.toString();
    case Op::Le: return QStringLiteral("<=") + version.toString();
    case Op::Gt: return u'>' + version.toString();
    case Op::Ge: return QStringLiteral(">=") + version.toString();
    }
    return {};
}

bool VersionRange::Comparator::isNullSet() const
{
    return op == Op::Lt && version == Version(0, 0, 0, kZero);
}

VersionRange::VersionRange()
    : m_text(QStringLiteral("*"))
    , m_sets{ComparatorSet{Comparator{}}}
{
}

VersionRange VersionRange::exactly(const Version& version)
{
    VersionRange r;
    r.m_text = version.toString();
    r.m_sets = {ComparatorSet{Comparator{Op::Eq, version}}};
    return r;
}

Result<VersionRange> VersionRange::parse(QStringView text)
{
    VersionRange range;
    range.m_text = text.trimmed().toString();
    range.m_sets.clear();
    try {
        for (QStringView part : text.split(QStringLiteral("||")))
            range.m_sets << parseSet(part.trimmed());
    } catch (const ParseError& e) {
        return Error(ErrorCode::Parse, tr("\"%1\" is not a valid range: %2").arg(Error::shown(text), e.what));
    }

    if (range.m_sets.size() > 1) {
        // Null sets go unless nothing else is left; a bare * makes the whole union *.
        const ComparatorSet first = range.m_sets.first();
        range.m_sets.removeIf([](const ComparatorSet& s) { return s.first().isNullSet(); });
        if (range.m_sets.isEmpty()) {
            range.m_sets = {first};
        } else {
            for (const ComparatorSet& s : std::as_const(range.m_sets)) {
                if (s.size() == 1 && s.first().op == Op::Any) {
                    range.m_sets = {s};
                    break;
                }
            }
        }
    }
    return range;
}

bool VersionRange::contains(const Version& version, bool includePrerelease) const
{
    if (version.isNull())
        return false;
    for (const ComparatorSet& set : m_sets) {
        if (testSet(set, version, includePrerelease))
            return true;
    }
    return false;
}

QString VersionRange::toString() const
{
    QStringList sets;
    for (const ComparatorSet& set : m_sets) {
        QStringList parts;
        for (const Comparator& c : set)
            parts << c.toString();
        const QString s = parts.join(u' ').trimmed();
        sets << (s.isEmpty() ? QStringLiteral("*") : s);
    }
    return sets.join(QStringLiteral("||"));
}

bool VersionRange::isAny() const
{
    return m_sets.size() == 1 && m_sets.first().size() == 1 && m_sets.first().first().op == Op::Any;
}

std::optional<Version> VersionRange::exactVersion() const
{
    if (m_sets.size() == 1 && m_sets.first().size() == 1 && m_sets.first().first().op == Op::Eq)
        return m_sets.first().first().version;
    return std::nullopt;
}

} // namespace ms
