#include "resolve/PlanBuilder.h"

#include <QMap>
#include <QSet>
#include <algorithm>
#include <functional>

namespace ms {

PlanBuilder::PlanBuilder(const PackageUniverse& universe, const QHash<int, int>& selection)
    : m_universe(universe)
    , m_selection(selection)
{
    auto byName = [&](int a, int b) {
        return m_universe.name(a) < m_universe.name(b);
    };
    for (auto it = m_selection.constBegin(); it != m_selection.constEnd(); ++it) {
        const auto& entry = m_universe.package(it.key()).versions.at(it.value());
        for (auto dep = entry.dependencies.constBegin(); dep != entry.dependencies.constEnd(); ++dep) {
            const int target = m_universe.find(dep.key());
            if (target < 0 || !m_selection.contains(target))
                continue; // "core", which is not a module
            m_edges[it.key()].append(Edge {target, dep.value()});
            m_dependents[target].append(it.key());
        }
    }
    for (auto& edges : m_edges)
        std::sort(edges.begin(), edges.end(),
                  [&](const Edge& a, const Edge& b) { return byName(a.target, b.target); });
    for (auto& dependents : m_dependents)
        std::sort(dependents.begin(), dependents.end(), byName);
}

QString PlanBuilder::label(int package) const
{
    return m_universe.name(package) + u' '
        + m_universe.version(package, m_selection.value(package)).toString();
}

bool PlanBuilder::isChanged(int package) const
{
    return m_universe.package(package).installed != m_selection.value(package);
}

Result<QList<PlanStep>> PlanBuilder::build()
{
    // The plan covers what was asked for and what changes, with everything they rely on.
    QSet<int> inScope;
    QList<int> queue;
    for (auto it = m_selection.constBegin(); it != m_selection.constEnd(); ++it) {
        if (m_universe.package(it.key()).requested || isChanged(it.key())) {
            inScope.insert(it.key());
            queue << it.key();
        }
    }
    while (!queue.isEmpty()) {
        const int p = queue.takeLast();
        for (const Edge& e : m_edges.value(p)) {
            if (!inScope.contains(e.target)) {
                inScope.insert(e.target);
                queue << e.target;
            }
        }
    }
    m_inScope = inScope;
    m_scope = QList<int>(inScope.begin(), inScope.end());
    std::sort(m_scope.begin(), m_scope.end(),
              [&](int a, int b) { return m_universe.name(a) < m_universe.name(b); });

    if (const QList<int> cycle = findCycle(); !cycle.isEmpty()) {
        QStringList chain;
        for (qsizetype i = 0; i < cycle.size(); ++i) {
            chain << label(cycle[i]);
            if (i + 1 < cycle.size()) {
                for (const Edge& e : m_edges.value(cycle[i])) {
                    if (e.target == cycle[i + 1])
                        m_cycleExplanation
                            << tr("%1 depends on %2 %3.")
                                   .arg(label(cycle[i]), m_universe.name(e.target), e.range.text());
                }
            }
        }
        const QString path = chain.join(QStringLiteral(" → "));
        m_cycleExplanation
            << tr("So none of them can be installed before the others: %1 is a dependency cycle.").arg(path);
        return Error(ErrorCode::Unsatisfiable, tr("dependency cycle: %1").arg(path));
    }

    // Kahn's algorithm; among the modules whose dependencies are all placed, the first by name.
    QHash<int, int> pending;
    QMap<QString, int> ready;
    for (int p : std::as_const(m_scope)) {
        pending.insert(p, int(m_edges.value(p).size()));
        if (pending.value(p) == 0)
            ready.insert(m_universe.name(p), p);
    }
    QList<PlanStep> plan;
    while (!ready.isEmpty()) {
        const int p = ready.take(ready.firstKey());
        const auto& package = m_universe.package(p);
        const auto& entry = package.versions.at(m_selection.value(p));
        PlanStep step;
        step.moduleName = package.name;
        step.version = entry.version;
        if (package.installed >= 0)
            step.fromVersion = package.versions.at(package.installed).version;
        if (package.installed < 0)
            step.action = PlanStep::Action::Install;
        else if (!isChanged(p))
            step.action = PlanStep::Action::Keep;
        else
            step.action
                = entry.version > step.fromVersion ? PlanStep::Action::Upgrade : PlanStep::Action::Downgrade;
        step.reason = reason(p);
        step.registry = package.registry;
        step.licenseRequired = entry.licenseRequired;
        plan << step;
        for (int d : m_dependents.value(p)) {
            if (inScope.contains(d) && --pending[d] == 0)
                ready.insert(m_universe.name(d), d);
        }
    }
    Q_ASSERT(plan.size() == m_scope.size());
    return plan;
}

QList<int> PlanBuilder::findCycle() const
{
    enum Colour { White, Grey, Black };
    QHash<int, Colour> colour;
    QList<int> stack;
    QList<int> cycle;
    std::function<bool(int)> visit = [&](int p) {
        colour[p] = Grey;
        stack << p;
        for (const Edge& e : m_edges.value(p)) {
            const Colour c = colour.value(e.target, White);
            if (c == Grey) {
                cycle = stack.mid(stack.indexOf(e.target));
                cycle << e.target;
                return true;
            }
            if (c == White && visit(e.target))
                return true;
        }
        stack.removeLast();
        colour[p] = Black;
        return false;
    };
    for (int p : m_scope) {
        if (colour.value(p, White) == White && visit(p))
            return cycle;
    }
    return {};
}

QString PlanBuilder::reason(int package) const
{
    const auto& p = m_universe.package(package);
    const Version& chosen = m_universe.version(package, m_selection.value(package));

    QStringList requirers;
    bool installedFails = false;
    for (int d : m_dependents.value(package)) {
        if (!m_inScope.contains(d))
            continue;
        for (const Edge& e : m_edges.value(d)) {
            if (e.target != package)
                continue;
            requirers << tr("%1 (%2 %3)").arg(label(d), p.name, e.range.text());
            if (p.installed >= 0)
                installedFails = installedFails || !e.range.contains(p.versions.at(p.installed).version);
        }
    }
    auto joined = [&](const QStringList& items) -> QString {
        if (items.size() <= 1)
            return items.value(0);
        return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + tr(" and ")
            + items.last();
    };

    if (p.requested) {
        QStringList asked;
        for (const ModuleRequest& r : m_universe.requests()) {
            if (r.moduleName == p.name)
                asked << r.text;
        }
        const QString requested = tr("requested (%1)").arg(asked.join(QStringLiteral(", ")));
        if (p.installed >= 0 && !isChanged(package))
            return tr("%1; already installed at %2, which satisfies it").arg(requested, chosen.toString());
        return requested;
    }
    if (p.installed < 0)
        return tr("required by %1").arg(joined(requirers));
    if (!isChanged(package))
        return tr("already installed at %1, which satisfies %2").arg(chosen.toString(), joined(requirers));
    if (installedFails)
        return tr("required by %1, which the installed %2 does not satisfy")
            .arg(joined(requirers), p.versions.at(p.installed).version.toString());
    return whyNotInstalled(package);
}

// An installed module moved although nothing that depends on it asked for more: its installed
// version itself cannot stay beside the rest of the plan. Say what stops it.
QString PlanBuilder::whyNotInstalled(int package) const
{
    const auto& p = m_universe.package(package);
    const auto& was = p.versions.at(p.installed);
    const QString at = was.version.toString();
    for (auto it = was.dependencies.constBegin(); it != was.dependencies.constEnd(); ++it) {
        if (it.key() == Manifest::coreName()) {
            if (!it.value().contains(m_universe.core(), true))
                return tr("the installed %1 requires core %2 (the platform core is %3)")
                    .arg(at, it.value().text(), m_universe.core().toString());
            continue;
        }
        const int target = m_universe.find(it.key());
        if (target >= 0 && m_selection.contains(target)
            && !it.value().contains(m_universe.version(target, m_selection.value(target))))
            return tr("the installed %1 requires %2 %3, which does not hold with %4")
                .arg(at, it.key(), it.value().text(), label(target));
    }
    for (auto it = was.conflicts.constBegin(); it != was.conflicts.constEnd(); ++it) {
        const int target = m_universe.find(it.key());
        if (target >= 0 && m_selection.contains(target)
            && it.value().contains(m_universe.version(target, m_selection.value(target))))
            return tr("the installed %1 conflicts with %2").arg(at, label(target));
    }
    QList<int> selected = m_selection.keys();
    std::sort(selected.begin(), selected.end(),
              [&](int a, int b) { return m_universe.name(a) < m_universe.name(b); });
    for (int other : std::as_const(selected)) {
        const auto& entry = m_universe.package(other).versions.at(m_selection.value(other));
        const auto c = entry.conflicts.constFind(p.name);
        if (c != entry.conflicts.constEnd() && c->contains(was.version))
            return tr("%1 conflicts with the installed %2").arg(label(other), at);
    }
    return tr("upgraded from %1 so that every constraint holds").arg(at);
}

} // namespace ms
