#include "core/Version.h"

#include <QHashFunctions>

namespace ms {

namespace {

bool isDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

bool isIdentifierChar(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'-';
}

// A numeric component: "0" or digits without a leading zero, at most MaxComponent.
bool parseNumber(QStringView s, quint64* out)
{
    if (!isDigits(s) || (s.size() > 1 && s.front() == u'0') || s.size() > 16)
        return false;
    bool ok = false;
    const quint64 n = s.toULongLong(&ok);
    if (!ok || n > Version::MaxComponent)
        return false;
    *out = n;
    return true;
}

// Numeric identifiers compare numerically (any length), alphanumeric ones in ASCII order,
// and numeric ones sort before alphanumeric ones.
int compareIdentifier(const QString& a, const QString& b)
{
    const bool an = isDigits(a);
    const bool bn = isDigits(b);
    if (an && bn) {
        if (a.size() != b.size())
            return a.size() < b.size() ? -1 : 1;
        return a.compare(b);
    }
    if (an)
        return -1;
    if (bn)
        return 1;
    return a.compare(b, Qt::CaseSensitive);
}

} // namespace

Version::Version(quint64 major, quint64 minor, quint64 patch, QStringList prerelease, QStringList build)
    : m_major(major)
    , m_minor(minor)
    , m_patch(patch)
    , m_prerelease(std::move(prerelease))
    , m_build(std::move(build))
    , m_null(false)
{
}

bool Version::validIdentifiers(const QStringList& ids, bool prerelease)
{
    if (ids.isEmpty())
        return false;
    for (const QString& id : ids) {
        if (id.isEmpty())
            return false;
        for (QChar c : id) {
            if (!isIdentifierChar(c))
                return false;
        }
        if (prerelease && isDigits(id) && id.size() > 1 && id.front() == u'0')
            return false;
    }
    return true;
}

Result<Version> Version::parse(QStringView input)
{
    const QStringView text = input.trimmed();
    auto invalid = [&](const QString& why) {
        return Error(ErrorCode::Parse, tr("\"%1\" is not a valid version: %2").arg(Error::shown(input), why));
    };
    if (text.isEmpty())
        return invalid(tr("it is empty"));
    if (text.size() > MaxLength)
        return invalid(tr("it is longer than %1 characters").arg(MaxLength));

    QStringView rest = text;
    if (rest.front() == u'v')
        rest = rest.mid(1);

    QStringView buildPart;
    if (const qsizetype plus = rest.indexOf(u'+'); plus >= 0) {
        buildPart = rest.mid(plus + 1);
        rest = rest.left(plus);
        if (buildPart.isEmpty())
            return invalid(tr("the build metadata after \"+\" is empty"));
    }
    QStringView prePart;
    bool hasPre = false;
    if (const qsizetype dash = rest.indexOf(u'-'); dash >= 0) {
        prePart = rest.mid(dash + 1);
        rest = rest.left(dash);
        hasPre = true;
        if (prePart.isEmpty())
            return invalid(tr("the pre-release after \"-\" is empty"));
    }

    const QList<QStringView> core = rest.split(u'.');
    if (core.size() != 3)
        return invalid(tr("expected MAJOR.MINOR.PATCH"));
    quint64 numbers[3];
    for (int i = 0; i < 3; ++i) {
        if (!parseNumber(core[i], &numbers[i]))
            return invalid(tr("\"%1\" is not a number without leading zeros below 2^53").arg(Error::shown(core[i])));
    }

    QStringList pre;
    if (hasPre) {
        pre = prePart.toString().split(u'.');
        if (!validIdentifiers(pre, true))
            return invalid(tr("the pre-release \"%1\" must be dot-separated [0-9A-Za-z-] identifiers, "
                              "numbers without leading zeros")
                               .arg(Error::shown(prePart)));
    }
    QStringList build;
    if (!buildPart.isEmpty()) {
        build = buildPart.toString().split(u'.');
        if (!validIdentifiers(build, false))
            return invalid(tr("the build metadata \"%1\" must be dot-separated [0-9A-Za-z-] identifiers")
                               .arg(Error::shown(buildPart)));
    }
    return Version(numbers[0], numbers[1], numbers[2], std::move(pre), std::move(build));
}

int Version::compare(const Version& other) const
{
    if (m_major != other.m_major)
        return m_major < other.m_major ? -1 : 1;
    if (m_minor != other.m_minor)
        return m_minor < other.m_minor ? -1 : 1;
    if (m_patch != other.m_patch)
        return m_patch < other.m_patch ? -1 : 1;
    // A version without pre-release has higher precedence than one with.
    if (m_prerelease.isEmpty() || other.m_prerelease.isEmpty()) {
        if (m_prerelease.isEmpty() && other.m_prerelease.isEmpty())
            return 0;
        return m_prerelease.isEmpty() ? 1 : -1;
    }
    const qsizetype n = qMin(m_prerelease.size(), other.m_prerelease.size());
    for (qsizetype i = 0; i < n; ++i) {
        const int c = compareIdentifier(m_prerelease[i], other.m_prerelease[i]);
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    if (m_prerelease.size() == other.m_prerelease.size())
        return 0;
    return m_prerelease.size() < other.m_prerelease.size() ? -1 : 1;
}

QString Version::toString() const
{
    QString s = QString::number(m_major) + u'.' + QString::number(m_minor) + u'.' + QString::number(m_patch);
    if (!m_prerelease.isEmpty())
        s += u'-' + m_prerelease.join(u'.');
    return s;
}

QString Version::toFullString() const
{
    QString s = toString();
    if (!m_build.isEmpty())
        s += u'+' + m_build.join(u'.');
    return s;
}

size_t qHash(const Version& v, size_t seed)
{
    // Consistent with operator==, which ignores build metadata.
    return qHashMulti(seed, v.major(), v.minor(), v.patch(), v.prerelease());
}

} // namespace ms
