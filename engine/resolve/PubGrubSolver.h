#pragma once

#include "resolve/Incompatibility.h"
#include "resolve/PackageUniverse.h"
#include "resolve/PartialSolution.h"

#include <QHash>
#include <vector>

namespace ms {

/// Version solving with PubGrub (Natalie Weizenbaum's algorithm behind Dart pub, also in
/// pubgrub-rs and uv): unit propagation over incompatibilities, one decision at a time,
/// and conflict-driven learning with backjumping when a decision leads nowhere. The
/// incompatibilities it learns form the derivation that FailureExplainer turns into words.
///
/// Heuristics: the undecided module with the fewest usable versions is decided first (a
/// conflict, if any, shows up early; ties go to the module met first); an installed module that was not
/// requested tries its installed version first, anything else its newest usable version. A version's
/// dependencies are added for the whole run of neighbouring versions that declare the same
/// one, which keeps both the search and the explanation short ("farm_manager >=1.8.0
/// depends on inventory ^2.1.0").
class PubGrubSolver
{
public:
    enum class Outcome {
        Solved, ///< selection() holds a version for every module needed
        Unsatisfiable, ///< failure() is the incompatibility that proves it
        StepLimit, ///< gave up after the step limit
    };

    PubGrubSolver(PackageUniverse& universe, int stepLimit);

    Outcome solve();

    /// Package id → version index for every selected module (the root excluded).
    QHash<int, int> selection() const;
    /// After Unsatisfiable: the incompatibility {root} (or {}) that ends the derivation.
    int failure() const { return m_failure; }
    const std::vector<Incompatibility>& incompatibilities() const { return m_incompatibilities; }
    /// Decisions plus conflict-resolution rounds taken so far.
    int steps() const { return m_steps; }

private:
    struct Key
    {
        Incompatibility::Kind kind;
        int package, lo, hi, other;
        bool operator==(const Key&) const = default;
    };
    friend size_t qHash(const Key& k, size_t seed)
    {
        return qHashMulti(seed, int(k.kind), k.package, k.lo, k.hi, k.other);
    }

    enum class Propagation { None, Conflict, Derived };

    int store(Incompatibility incompatibility);
    void watch(int id);
    int add(Incompatibility incompatibility);
    int derived(QVarLengthArray<Term, 4> terms, int cause1, int cause2);
    bool isFailure(const Incompatibility& incompatibility) const;

    bool propagate(int package);
    Propagation propagateOne(int id, int* derivedPackage);
    int resolveConflict(int id);
    int choosePackageVersion();
    std::vector<int> incompatibilitiesFor(int package, int version);
    void addRootIncompatibilities(std::vector<int>& out);
    void addDependency(const Term& depender, int target, const VersionRange& range,
                       Incompatibility::Kind kind, const QString& requestText, std::vector<int>& out);
    /// The run of versions around @p version of @p package for which @p same holds: its first
    /// and last index; the pre-releases between them are not part of it.
    template<typename Same> std::pair<int, int> run(int package, int version, Same same) const;
    bool stepTaken();

    PackageUniverse& m_universe;
    PartialSolution m_solution;
    std::vector<Incompatibility> m_incompatibilities;
    std::vector<std::vector<int>> m_watch; ///< package → incompatibilities mentioning it
    QHash<Key, int> m_added; ///< dependencies already added, by version run
    /// package → (PartialSolution::stamp, usable versions then): choosing re-counts only
    /// the packages whose terms changed since the last choice.
    std::vector<std::pair<quint64, int>> m_usableCount;
    int m_stepLimit;
    int m_steps = 0;
    int m_failure = -1;
    bool m_outOfSteps = false;
};

} // namespace ms
