#pragma once

#include "core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <compare>

namespace ms {

/// A Semantic Versioning 2.0 version: MAJOR.MINOR.PATCH, optional pre-release identifiers
/// and optional build metadata. Parsing is strict as node-semver's is without `loose`: a
/// single leading "v" and surrounding whitespace are accepted, leading zeros are not, and
/// numbers must stay below 2^53 so that versions round-trip through JSON.
class Version
{
    Q_DECLARE_TR_FUNCTIONS(Version)

public:
    /// The largest number a version component may hold (JavaScript's MAX_SAFE_INTEGER).
    static constexpr quint64 MaxComponent = (quint64(1) << 53) - 1;
    /// The longest version string accepted.
    static constexpr int MaxLength = 256;

    Version() = default;
    Version(quint64 major, quint64 minor, quint64 patch, QStringList prerelease = {}, QStringList build = {});

    /// Parses @p text. On failure the error names the text and what is wrong with it.
    static Result<Version> parse(QStringView text);
    /// Whether @p text is a valid version.
    static bool isValid(QStringView text) { return parse(text).ok(); }

    quint64 major() const { return m_major; }
    quint64 minor() const { return m_minor; }
    quint64 patch() const { return m_patch; }
    const QStringList& prerelease() const { return m_prerelease; }
    const QStringList& build() const { return m_build; }
    bool isPrerelease() const { return !m_prerelease.isEmpty(); }
    bool isNull() const { return m_null; }

    /// Orders by precedence (SemVer §11): build metadata is ignored.
    int compare(const Version& other) const;
    /// Compares MAJOR.MINOR.PATCH only.
    bool sameCore(const Version& other) const
    {
        return m_major == other.m_major && m_minor == other.m_minor && m_patch == other.m_patch;
    }

    /// "1.2.3-beta.1" — without build metadata, as node-semver's `version` property.
    QString toString() const;
    /// "1.2.3-beta.1+build.5" — with build metadata.
    QString toFullString() const;

    friend bool operator==(const Version& a, const Version& b) { return a.compare(b) == 0; }
    friend std::strong_ordering operator<=>(const Version& a, const Version& b)
    {
        return a.compare(b) <=> 0;
    }

    /// Validates a dot-separated identifier list (pre-release when @p prerelease, else build).
    static bool validIdentifiers(const QStringList& ids, bool prerelease);

private:
    quint64 m_major = 0;
    quint64 m_minor = 0;
    quint64 m_patch = 0;
    QStringList m_prerelease;
    QStringList m_build;
    bool m_null = true;
};

size_t qHash(const Version& v, size_t seed = 0);

} // namespace ms
