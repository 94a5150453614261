#include "resolve/PartialSolution.h"

namespace ms {

void PartialSolution::reserve(int count)
{
    if (int(m_byPackage.size()) < count) {
        m_byPackage.resize(std::size_t(count));
        m_decisions.resize(std::size_t(count), -1);
        m_isTouched.resize(std::size_t(count), false);
    }
}

void PartialSolution::decide(int package, int version)
{
    reserve(package + 1);
    const Term* known = accumulated(package);
    Q_ASSERT(known && known->positive);
    ++m_level;
    m_decisions[std::size_t(package)] = version;
    assign(Term {package, true, VersionSet::single(known->set.size(), version)}, -1);
}

void PartialSolution::derive(const Term& term, int cause)
{
    reserve(term.package + 1);
    assign(term, cause);
}

void PartialSolution::assign(const Term& term, int cause)
{
    std::vector<int>& mine = m_byPackage[std::size_t(term.package)];
    if (!m_isTouched[std::size_t(term.package)]) {
        m_isTouched[std::size_t(term.package)] = true;
        m_touched.push_back(term.package);
    }
    Term accumulated
        = mine.empty() ? term : m_assignments[std::size_t(mine.back())].accumulated.intersect(term);
    mine.push_back(int(m_assignments.size()));
    m_assignments.push_back(Assignment {term, std::move(accumulated), m_level, cause, ++m_serial});
}

void PartialSolution::backtrack(int level)
{
    while (!m_assignments.empty() && m_assignments.back().level > level) {
        const Assignment& a = m_assignments.back();
        const auto package = std::size_t(a.term.package);
        m_byPackage[package].pop_back();
        if (a.isDecision())
            m_decisions[package] = -1;
        m_assignments.pop_back();
    }
    m_level = level;
}

const Term* PartialSolution::accumulated(int package) const
{
    if (package >= int(m_byPackage.size()) || m_byPackage[std::size_t(package)].empty())
        return nullptr;
    return &m_assignments[std::size_t(m_byPackage[std::size_t(package)].back())].accumulated;
}

quint64 PartialSolution::stamp(int package) const
{
    if (package >= int(m_byPackage.size()) || m_byPackage[std::size_t(package)].empty())
        return 0;
    return m_assignments[std::size_t(m_byPackage[std::size_t(package)].back())].serial;
}

Term::Relation PartialSolution::relation(const Term& term) const
{
    if (const Term* a = accumulated(term.package))
        return term.relation(*a);
    // Nothing known: the package may be anything, or absent.
    if (term.isEmpty())
        return Term::Relation::Contradicted;
    if (!term.positive && term.set.isEmpty())
        return Term::Relation::Satisfied;
    return Term::Relation::Inconclusive;
}

int PartialSolution::satisfier(const Term& term) const
{
    for (int index : m_byPackage[std::size_t(term.package)]) {
        if (term.satisfiedBy(m_assignments[std::size_t(index)].accumulated))
            return index;
    }
    Q_ASSERT_X(false, "PartialSolution::satisfier", "the term is not satisfied");
    return -1;
}

std::vector<int> PartialSolution::undecided() const
{
    std::vector<int> out;
    for (int package : m_touched) {
        const Term* a = accumulated(package);
        if (a && a->positive && m_decisions[std::size_t(package)] < 0)
            out.push_back(package);
    }
    return out;
}

} // namespace ms
