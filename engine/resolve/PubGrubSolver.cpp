#include "resolve/PubGrubSolver.h"

#include <algorithm>
#include <optional>

namespace ms {

using Kind = Incompatibility::Kind;
constexpr int Root = PackageUniverse::Root;

PubGrubSolver::PubGrubSolver(PackageUniverse& universe, int stepLimit)
    : m_universe(universe)
    , m_stepLimit(stepLimit)
{
}

int PubGrubSolver::store(Incompatibility incompatibility)
{
    m_incompatibilities.push_back(std::move(incompatibility));
    return int(m_incompatibilities.size() - 1);
}

void PubGrubSolver::watch(int id)
{
    for (const Term& t : m_incompatibilities[std::size_t(id)].terms) {
        if (int(m_watch.size()) <= t.package)
            m_watch.resize(std::size_t(t.package) + 1);
        m_watch[std::size_t(t.package)].push_back(id);
    }
}

int PubGrubSolver::add(Incompatibility incompatibility)
{
    const int id = store(std::move(incompatibility));
    watch(id);
    return id;
}

// A learned incompatibility: terms about one package are merged, and a positive root term
// is dropped when anything else is left — the root is always selected, so saying so adds
// nothing, and explanations read better without it (as in pub).
int PubGrubSolver::derived(QVarLengthArray<Term, 4> terms, int cause1, int cause2)
{
    Incompatibility inc;
    inc.kind = Kind::Derived;
    inc.cause1 = cause1;
    inc.cause2 = cause2;
    for (const Term& t : terms) {
        auto same = std::find_if(inc.terms.begin(), inc.terms.end(),
                                 [&](const Term& existing) { return existing.package == t.package; });
        if (same == inc.terms.end())
            inc.terms.append(t);
        else
            *same = same->intersect(t);
    }
    if (inc.terms.size() > 1) {
        inc.terms.erase(std::remove_if(inc.terms.begin(), inc.terms.end(),
                                       [](const Term& t) { return t.package == Root && t.positive; }),
                        inc.terms.end());
    }
    return store(std::move(inc));
}

bool PubGrubSolver::isFailure(const Incompatibility& inc) const
{
    return inc.terms.isEmpty()
        || (inc.terms.size() == 1 && inc.terms[0].package == Root && inc.terms[0].positive);
}

bool PubGrubSolver::stepTaken()
{
    if (++m_steps > m_stepLimit)
        m_outOfSteps = true;
    return !m_outOfSteps;
}

PubGrubSolver::Outcome PubGrubSolver::solve()
{
    Incompatibility root;
    root.kind = Kind::Root;
    root.terms.append(Term {Root, false, VersionSet::all(1)});
    add(root);

    int next = Root;
    while (next >= 0) {
        if (!propagate(next))
            return m_outOfSteps ? Outcome::StepLimit : Outcome::Unsatisfiable;
        next = choosePackageVersion();
        if (m_outOfSteps)
            return Outcome::StepLimit;
    }
    return Outcome::Solved;
}

bool PubGrubSolver::propagate(int package)
{
    std::vector<int> changed {package};
    std::vector<bool> queued(std::size_t(m_universe.count()), false);
    std::size_t head = 0;
    auto enqueue = [&](int p) {
        if (int(queued.size()) <= p)
            queued.resize(std::size_t(m_universe.count()), false);
        if (!queued[std::size_t(p)]) {
            queued[std::size_t(p)] = true;
            changed.push_back(p);
        }
    };
    queued[std::size_t(package)] = true;
    while (head < changed.size()) {
        const int current = changed[head++];
        queued[std::size_t(current)] = false;
        if (current >= int(m_watch.size()))
            continue;
        // Newest first: learned incompatibilities are the most general, and find conflicts soonest.
        for (qsizetype i = qsizetype(m_watch[std::size_t(current)].size()) - 1; i >= 0; --i) {
            const int id = m_watch[std::size_t(current)][std::size_t(i)];
            int derivedPackage = -1;
            const Propagation result = propagateOne(id, &derivedPackage);
            if (result == Propagation::Derived) {
                enqueue(derivedPackage);
            } else if (result == Propagation::Conflict) {
                const int cause = resolveConflict(id);
                if (cause < 0)
                    return false;
                // Backjumping erased what the abandoned levels derived; go on from what the
                // learned incompatibility now forces.
                changed.clear();
                head = 0;
                std::fill(queued.begin(), queued.end(), false);
                [[maybe_unused]] const Propagation forced = propagateOne(cause, &derivedPackage);
                Q_ASSERT(forced == Propagation::Derived);
                enqueue(derivedPackage);
                break;
            }
        }
    }
    return true;
}

PubGrubSolver::Propagation PubGrubSolver::propagateOne(int id, int* derivedPackage)
{
    const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
    int unsatisfied = -1;
    for (qsizetype i = 0; i < inc.terms.size(); ++i) {
        switch (m_solution.relation(inc.terms[i])) {
        case Term::Relation::Contradicted:
            return Propagation::None;
        case Term::Relation::Inconclusive:
            if (unsatisfied >= 0)
                return Propagation::None;
            unsatisfied = int(i);
            break;
        case Term::Relation::Satisfied:
            break;
        }
    }
    if (unsatisfied < 0)
        return Propagation::Conflict;
    const Term& term = inc.terms[unsatisfied];
    m_solution.derive(term.negated(), id);
    *derivedPackage = term.package;
    return Propagation::Derived;
}

int PubGrubSolver::resolveConflict(int id)
{
    int current = id;
    bool learned = false;
    while (!isFailure(m_incompatibilities[std::size_t(current)])) {
        if (!stepTaken())
            return -1;
        const Incompatibility& inc = m_incompatibilities[std::size_t(current)];
        int mostRecentTerm = -1;
        int mostRecentSatisfier = -1;
        std::optional<Term> difference;
        // Level 1 is where the root was decided; stopping there keeps the root's facts near
        // the conclusion of an explanation.
        int previousSatisfierLevel = 1;
        for (qsizetype i = 0; i < inc.terms.size(); ++i) {
            const Term& term = inc.terms[i];
            const int satisfier = m_solution.satisfier(term);
            if (mostRecentSatisfier < 0) {
                mostRecentTerm = int(i);
                mostRecentSatisfier = satisfier;
            } else if (mostRecentSatisfier < satisfier) {
                previousSatisfierLevel
                    = std::max(previousSatisfierLevel, m_solution.assignment(mostRecentSatisfier).level);
                mostRecentTerm = int(i);
                mostRecentSatisfier = satisfier;
                difference.reset();
            } else {
                previousSatisfierLevel
                    = std::max(previousSatisfierLevel, m_solution.assignment(satisfier).level);
            }
            if (mostRecentTerm == int(i)) {
                // The satisfier may only satisfy the term together with earlier assignments;
                // then those earlier ones bound how far back we may jump.
                const Term rest = m_solution.assignment(mostRecentSatisfier).term.difference(term);
                if (rest.isEmpty()) {
                    difference.reset();
                } else {
                    difference = rest;
                    const int earlier = m_solution.satisfier(rest.negated());
                    previousSatisfierLevel
                        = std::max(previousSatisfierLevel, m_solution.assignment(earlier).level);
                }
            }
        }

        const PartialSolution::Assignment& satisfier = m_solution.assignment(mostRecentSatisfier);
        if (previousSatisfierLevel < satisfier.level || satisfier.isDecision()) {
            m_solution.backtrack(previousSatisfierLevel);
            if (learned)
                watch(current);
            return current;
        }

        // Resolve with the satisfier's cause: the result is still an incompatibility, and
        // closer to the root cause.
        QVarLengthArray<Term, 4> terms;
        for (qsizetype i = 0; i < inc.terms.size(); ++i) {
            if (i != mostRecentTerm)
                terms.append(inc.terms[i]);
        }
        const int satisfierPackage = satisfier.term.package;
        for (const Term& t : m_incompatibilities[std::size_t(satisfier.cause)].terms) {
            if (t.package != satisfierPackage)
                terms.append(t);
        }
        if (difference)
            terms.append(difference->negated());
        current = derived(terms, current, satisfier.cause);
        learned = true;
    }
    m_failure = current;
    return -1;
}

int PubGrubSolver::choosePackageVersion()
{
    const std::vector<int> undecided = m_solution.undecided();
    if (undecided.empty())
        return -1;

    int package = -1;
    int fewest = 0;
    if (m_usableCount.size() < std::size_t(m_universe.count()))
        m_usableCount.resize(std::size_t(m_universe.count()), {0, 0});
    for (int candidate : undecided) {
        auto& [stamp, n] = m_usableCount[std::size_t(candidate)];
        if (stamp != m_solution.stamp(candidate)) {
            stamp = m_solution.stamp(candidate);
            n = (m_solution.accumulated(candidate)->set & m_universe.package(candidate).selectable).count();
        }
        // Ties go to the module met first (its id), which follows the order of the requests
        // and dependencies — deterministic, and far cheaper than comparing names.
        if (package < 0 || n < fewest || (n == fewest && candidate < package)) {
            package = candidate;
            fewest = n;
        }
    }
    if (!stepTaken())
        return -1;

    const PackageUniverse::Package& p = m_universe.package(package);
    const VersionSet& allowed = m_solution.accumulated(package)->set;
    const VersionSet usable = allowed & p.selectable;
    if (usable.isEmpty()) {
        Incompatibility none;
        none.kind = Kind::NoVersions;
        none.terms.append(Term {package, true, allowed});
        add(none);
        return package;
    }
    int version = usable.last();
    if (p.installed >= 0 && !p.requested && usable.contains(p.installed))
        version = p.installed;

    bool conflict = false;
    for (int id : incompatibilitiesFor(package, version)) {
        // Selecting this version would break an incompatibility at once: leave it to
        // propagation to rule the version out, and choose again.
        const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
        conflict = conflict || std::all_of(inc.terms.begin(), inc.terms.end(), [&](const Term& t) {
                       return t.package == package || m_solution.satisfies(t);
                   });
    }
    if (!conflict) {
        m_solution.reserve(m_universe.count());
        m_solution.decide(package, version);
    }
    return package;
}

// Pre-releases neither join nor break a run of releases: they are rarely candidates, and
// leaving them out keeps the printed ranges plain (">=2.0.0 <3.0.0", not "... || 2.1.0-rc.1").
// A pre-release decided on its own gets a run of itself.
template<typename Same> std::pair<int, int> PubGrubSolver::run(int package, int version, Same same) const
{
    const auto& versions = m_universe.package(package).versions;
    if (versions.at(version).version.isPrerelease())
        return {version, version};
    int lo = version;
    int hi = version;
    for (int i = version - 1; i >= 0; --i) {
        if (versions.at(i).version.isPrerelease())
            continue;
        if (!same(versions.at(i)))
            break;
        lo = i;
    }
    for (int i = version + 1; i < versions.size(); ++i) {
        if (versions.at(i).version.isPrerelease())
            continue;
        if (!same(versions.at(i)))
            break;
        hi = i;
    }
    return {lo, hi};
}

std::vector<int> PubGrubSolver::incompatibilitiesFor(int package, int version)
{
    std::vector<int> out;
    if (package == Root) {
        addRootIncompatibilities(out);
        return out;
    }
    // Copies: loading a dependency may add packages to the universe.
    const PackageUniverse::PackageVersion entry = m_universe.package(package).versions.at(version);
    const int size = int(m_universe.package(package).versions.size());
    const auto& versions = m_universe.package(package).versions;
    auto runTerm = [&](std::pair<int, int> r) {
        VersionSet set = VersionSet::none(size);
        for (int i = r.first; i <= r.second; ++i) {
            if (i == r.first || !versions.at(i).version.isPrerelease())
                set.insert(i);
        }
        return Term {package, true, set};
    };

    for (auto it = entry.dependencies.constBegin(); it != entry.dependencies.constEnd(); ++it) {
        const QString& target = it.key();
        const QString text = it.value().text();
        auto same = [&](const PackageUniverse::PackageVersion& v) {
            const auto d = v.dependencies.constFind(target);
            return d != v.dependencies.constEnd() && d->text() == text;
        };
        if (target == Manifest::coreName()) {
            // The platform core is not chosen, it is what the site runs: a version that needs
            // another core is simply out. Pre-release cores count as their version.
            if (it.value().contains(m_universe.core(), true))
                continue;
            const auto r = run(package, version, same);
            const Key key {Kind::Core, package, r.first, r.second, -1};
            if (m_added.contains(key)) {
                out.push_back(m_added.value(key));
                continue;
            }
            Incompatibility core;
            core.kind = Kind::Core;
            core.terms.append(runTerm(r));
            core.rangeText = text;
            const int id = add(core);
            m_added.insert(key, id);
            out.push_back(id);
            continue;
        }
        const auto r = run(package, version, same);
        const int targetId = m_universe.id(target);
        const Key key {Kind::Dependency, package, r.first, r.second, targetId};
        if (m_added.contains(key)) {
            out.push_back(m_added.value(key));
            continue;
        }
        std::vector<int> added;
        addDependency(runTerm(r), targetId, it.value(), Kind::Dependency, {}, added);
        m_added.insert(key, added.front());
        out.insert(out.end(), added.begin(), added.end());
    }

    for (auto it = entry.conflicts.constBegin(); it != entry.conflicts.constEnd(); ++it) {
        const QString& target = it.key();
        const QString text = it.value().text();
        const int targetId = m_universe.id(target);
        const VersionSet targetSet = m_universe.setFor(targetId, it.value());
        if (targetSet.isEmpty())
            continue; // no known version of the other module is affected
        const auto r = run(package, version, [&](const PackageUniverse::PackageVersion& v) {
            const auto c = v.conflicts.constFind(target);
            return c != v.conflicts.constEnd() && c->text() == text;
        });
        const Key key {Kind::Conflict, package, r.first, r.second, targetId};
        if (m_added.contains(key)) {
            out.push_back(m_added.value(key));
            continue;
        }
        Incompatibility conflict;
        conflict.kind = Kind::Conflict;
        conflict.terms.append(runTerm(r));
        conflict.terms.append(Term {targetId, true, targetSet});
        conflict.rangeText = text;
        const int id = add(conflict);
        m_added.insert(key, id);
        out.push_back(id);
    }
    return out;
}

void PubGrubSolver::addRootIncompatibilities(std::vector<int>& out)
{
    const Term root {Root, true, VersionSet::all(1)};
    for (const ModuleRequest& request : m_universe.requests())
        addDependency(root, m_universe.id(request.moduleName), request.range, Kind::Request, request.text,
                      out);

    const QMap<QString, InstalledModule>& installed = m_universe.installed();
    for (auto it = installed.constBegin(); it != installed.constEnd(); ++it) {
        const int id = m_universe.id(it.key());
        if (m_universe.package(id).requested)
            continue; // a request says where it goes, downgrade included
        Incompatibility inc;
        inc.kind = Kind::Installed;
        inc.terms.append(root);
        inc.terms.append(Term {id, false, m_universe.installedFloor(id)});
        out.push_back(add(inc));
    }
}

// {depender, not target range}. When the range matches no known version the dependency can
// never hold, so the depender is ruled out directly — with the two facts that prove it kept
// for the explanation ("... depends on x ^9.0.0 and no versions of x match ^9.0.0").
void PubGrubSolver::addDependency(const Term& depender, int target, const VersionRange& range, Kind kind,
                                  const QString& requestText, std::vector<int>& out)
{
    const VersionSet set = m_universe.setFor(target, range);
    Incompatibility dep;
    dep.kind = kind;
    dep.terms.append(depender);
    dep.terms.append(Term {target, false, set});
    dep.rangeText = range.text();
    dep.requestText = requestText;
    if (!set.isEmpty()) {
        out.push_back(add(dep));
        return;
    }
    const int because = store(dep);
    Incompatibility missing;
    missing.kind = m_universe.package(target).versions.isEmpty() ? Kind::UnknownModule : Kind::NoVersions;
    missing.terms.append(Term {target, true, set});
    missing.rangeText = range.text();
    const int alsoBecause = store(missing);
    const int id = derived({depender}, because, alsoBecause);
    watch(id);
    out.push_back(id);
}

QHash<int, int> PubGrubSolver::selection() const
{
    QHash<int, int> out;
    for (int p = 1; p < m_universe.count(); ++p) {
        const int v = m_solution.decision(p);
        if (v >= 0)
            out.insert(p, v);
    }
    return out;
}

} // namespace ms
