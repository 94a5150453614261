#pragma once

#include "resolve/Term.h"

#include <vector>

namespace ms {

/// PubGrub's partial solution: the ordered list of decisions (a module at one version) and
/// derivations (terms implied by an incompatibility), with decision levels for backjumping.
/// For each module it keeps the intersection of its terms after every assignment, so that
/// relation checks are one set operation and the satisfier of a term is found by walking
/// that module's assignments only.
class PartialSolution
{
public:
    struct Assignment
    {
        Term term;
        Term accumulated; ///< every term of this package up to and including this one
        int level = 0;
        int cause = -1; ///< incompatibility that derived it; -1 for a decision
        quint64 serial = 0; ///< unique across the solve, even after backtracking
        bool isDecision() const { return cause < 0; }
    };

    /// Makes room for packages with ids below @p count.
    void reserve(int count);

    /// The current decision level: how many decisions are in force.
    int level() const { return m_level; }
    void decide(int package, int version);
    void derive(const Term& term, int cause);
    /// Drops every assignment made above decision level @p level.
    void backtrack(int level);

    /// Everything known about @p package, or nullptr when nothing is.
    const Term* accumulated(int package) const;
    /// The version decided for @p package, or -1.
    int decision(int package) const { return package < int(m_decisions.size()) ? m_decisions[package] : -1; }
    Term::Relation relation(const Term& term) const;
    bool satisfies(const Term& term) const { return relation(term) == Term::Relation::Satisfied; }
    /// Index of the earliest assignment after which @p term is satisfied.
    int satisfier(const Term& term) const;
    const Assignment& assignment(int index) const { return m_assignments[std::size_t(index)]; }

    /// Changes whenever what is known about @p package changes (0: nothing known), so that
    /// a caller can cache what it computes from accumulated().
    quint64 stamp(int package) const;

    /// Packages that must be selected (a positive term) but have no decision yet.
    std::vector<int> undecided() const;

private:
    void assign(const Term& term, int cause);

    std::vector<Assignment> m_assignments;
    std::vector<std::vector<int>> m_byPackage;
    std::vector<int> m_decisions;
    std::vector<int> m_touched; ///< packages that have ever had an assignment, in that order
    std::vector<bool> m_isTouched;
    int m_level = 0;
    quint64 m_serial = 0;
};

} // namespace ms
