#pragma once

#include "resolve/VersionSet.h"

namespace ms {

/// A statement about one module in PubGrub's sense: positive "the module is selected at a
/// version in the set", negative "the module is not selected at a version in the set" (not
/// selected at all also satisfies a negative term). Terms of one module combine by
/// intersection, as in Dart pub's and pubgrub-rs' solvers.
struct Term
{
    enum class Relation {
        Satisfied, ///< every assignment the other term allows satisfies this one
        Contradicted, ///< no assignment the other term allows satisfies this one
        Inconclusive, ///< some do, some do not
    };

    int package = -1;
    bool positive = true;
    VersionSet set;

    Term negated() const { return Term {package, !positive, set}; }
    /// Both terms at once (same package).
    Term intersect(const Term& other) const;
    /// What this term allows and @p other does not.
    Term difference(const Term& other) const { return intersect(other.negated()); }
    /// A positive term with no version: nothing satisfies it.
    bool isEmpty() const { return positive && set.isEmpty(); }
    /// How this term relates to @p accumulated, everything known about the package so far.
    Relation relation(const Term& accumulated) const;
    /// Whether @p accumulated implies this term.
    bool satisfiedBy(const Term& accumulated) const;

    bool operator==(const Term& other) const = default;
};

} // namespace ms
