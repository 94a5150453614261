#pragma once

#include "core/Result.h"
#include "core/Version.h"

#include <QList>
#include <QString>

#include <optional>

namespace ms {

/// A set of versions written in npm's range syntax, with node-semver's semantics in strict
/// mode: comparators (`<`, `<=`, `>`, `>=`, `=`), x-ranges and `*`, tilde (`~`, `~>`),
/// caret (`^`), hyphen ranges (`1.2 - 2.3.4`), space-separated intersections and `||`
/// unions. A pre-release version only matches when some comparator in the same set names
/// a pre-release of the same MAJOR.MINOR.PATCH (`^1.2.3-beta` admits `1.2.3-rc.1`, never
/// `1.3.0-rc.1`).
class VersionRange
{
    Q_DECLARE_TR_FUNCTIONS(VersionRange)

public:
    enum class Op {
        Any, ///< matches every version (`*`, `x`, an empty range)
        Eq,  ///< exactly this version
        Lt,  ///< below
        Le,  ///< below or equal
        Gt,  ///< above
        Ge,  ///< above or equal
    };

    struct Comparator
    {
        Op op = Op::Any;
        Version version;

        bool test(const Version& v) const;
        /// node-semver's `value`: "" for Any, "1.2.3" for Eq, ">=1.2.3" otherwise.
        QString toString() const;
        /// `<0.0.0-0`, which nothing satisfies.
        bool isNullSet() const;
        bool operator==(const Comparator& other) const = default;
    };
    using ComparatorSet = QList<Comparator>;

    /// A range that matches every release version.
    VersionRange();

    /// Parses @p text. The error names the range and the part that is not understood.
    static Result<VersionRange> parse(QStringView text);
    /// The range that matches exactly @p version.
    static VersionRange exactly(const Version& version);

    /// Whether @p version is in the range. Pre-releases follow node-semver's rule unless
    /// @p includePrerelease.
    bool contains(const Version& version, bool includePrerelease = false) const;

    /// The range as written.
    const QString& text() const { return m_text; }
    /// node-semver's canonical form (`^1.2` → `>=1.2.0 <2.0.0-0`); `*` for any version.
    QString toString() const;

    bool isAny() const;
    /// The version when the range pins exactly one (`1.2.3`, `=1.2.3`), used for "pinned".
    std::optional<Version> exactVersion() const;

    const QList<ComparatorSet>& sets() const { return m_sets; }

    /// The same text, read the same way.
    friend bool operator==(const VersionRange& a, const VersionRange& b)
    {
        return a.m_text == b.m_text && a.m_sets == b.m_sets;
    }

private:
    QString m_text;
    QList<ComparatorSet> m_sets;
};

} // namespace ms
