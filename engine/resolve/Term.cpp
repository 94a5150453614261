#include "resolve/Term.h"

namespace ms {

Term Term::intersect(const Term& other) const
{
    Q_ASSERT(package == other.package);
    if (positive && other.positive)
        return Term {package, true, set & other.set};
    if (positive)
        return Term {package, true, set.minus(other.set)};
    if (other.positive)
        return Term {package, true, other.set.minus(set)};
    return Term {package, false, set | other.set};
}

bool Term::satisfiedBy(const Term& a) const
{
    if (a.positive)
        return positive ? a.set.isSubsetOf(set) : !a.set.intersects(set);
    // "Not selected" satisfies a negative term only; then every excluded version must be
    // excluded by this term too.
    return !positive && set.isSubsetOf(a.set);
}

Term::Relation Term::relation(const Term& a) const
{
    if (satisfiedBy(a))
        return Relation::Satisfied;
    bool disjoint = false;
    if (a.positive)
        disjoint = positive ? !a.set.intersects(set) : a.set.isSubsetOf(set);
    else
        disjoint = positive && set.isSubsetOf(a.set);
    return disjoint ? Relation::Contradicted : Relation::Inconclusive;
}

} // namespace ms
