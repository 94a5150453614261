#pragma once

#include "core/Result.h"
#include "core/VersionRange.h"
#include "resolve/PackageUniverse.h"
#include "resolve/Resolution.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

namespace ms {

/// Turns a solved selection into the plan an administrator reads: which modules it touches
/// (the requested and changed ones, and what they depend on), in install order, each with
/// its action and reason. Refuses a dependency cycle among them, which has no install order.
class PlanBuilder
{
    Q_DECLARE_TR_FUNCTIONS(PlanBuilder)

public:
    /// @p selection: package id → version index, as PubGrubSolver::selection() gives it.
    PlanBuilder(const PackageUniverse& universe, const QHash<int, int>& selection);

    /// The plan, or Unsatisfiable for a cycle; then cycleExplanation() says which.
    [[nodiscard]] Result<QList<PlanStep>> build();
    const QStringList& cycleExplanation() const { return m_cycleExplanation; }

private:
    struct Edge
    {
        int target;
        VersionRange range;
    };

    QString label(int package) const;
    bool isChanged(int package) const;
    QString reason(int package) const;
    QString whyNotInstalled(int package) const;
    QList<int> findCycle() const;

    const PackageUniverse& m_universe;
    QHash<int, int> m_selection;
    QHash<int, QList<Edge>> m_edges; ///< dependent → dependencies (selected, not core)
    QHash<int, QList<int>> m_dependents;
    QList<int> m_scope; ///< ids in the plan, by name
    QSet<int> m_inScope;
    QStringList m_cycleExplanation;
};

} // namespace ms
