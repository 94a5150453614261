#include "resolve/DependencyResolver.h"

#include "resolve/FailureExplainer.h"
#include "resolve/PlanBuilder.h"
#include "resolve/PubGrubSolver.h"

#include <utility>

namespace ms {

DependencyResolver::DependencyResolver(Catalog catalog, Version core)
    : m_catalog(std::move(catalog))
    , m_core(std::move(core))
{
}

void DependencyResolver::setInstalled(const QMap<QString, Version>& installed)
{
    m_installed.clear();
    for (auto it = installed.constBegin(); it != installed.constEnd(); ++it)
        addInstalled(it.key(), it.value());
}

void DependencyResolver::addInstalled(const QString& moduleName, const Version& version)
{
    m_installed.insert(moduleName, InstalledModule {version, std::nullopt, std::nullopt});
}

void DependencyResolver::addInstalled(const Manifest& manifest)
{
    m_installed.insert(manifest.moduleName(),
                       InstalledModule {manifest.version(), manifest.dependencies(), manifest.conflicts()});
}

Resolution DependencyResolver::resolve(const QStringList& requests) const
{
    QList<ModuleRequest> parsed;
    for (const QString& text : requests) {
        Result<ModuleRequest> r = ModuleRequest::parse(text);
        if (!r) {
            Resolution failed;
            failed.m_error = r.error();
            return failed;
        }
        parsed << *r;
    }
    return resolve(parsed);
}

Resolution DependencyResolver::resolve(const QList<ModuleRequest>& requests) const
{
    Resolution out;
    QStringList asked;
    for (const ModuleRequest& r : requests)
        asked << r.text;
    const QString subject = asked.join(QStringLiteral(", "));
    if (m_core.isNull()) {
        out.m_error
            = Error(ErrorCode::InvalidArgument, tr("the platform core version is not known"), subject);
        return out;
    }

    PackageUniverse universe(m_catalog, m_core, m_installed, requests);
    PubGrubSolver solver(universe, m_stepLimit);
    const PubGrubSolver::Outcome outcome = solver.solve();
    out.m_steps = solver.steps();

    switch (outcome) {
    case PubGrubSolver::Outcome::StepLimit:
        out.m_explanation << tr("The resolver stopped after %1 steps without settling on a set of versions. "
                                "Pinning some modules to exact versions narrows the search.")
                                 .arg(m_stepLimit);
        out.m_error
            = Error(ErrorCode::Timeout,
                    tr("gave up after %1 steps: the constraints are too tangled to settle").arg(m_stepLimit),
                    subject, out.m_explanation.join(u'\n'));
        return out;
    case PubGrubSolver::Outcome::Unsatisfiable: {
        FailureExplainer explainer(solver.incompatibilities(), universe);
        out.m_explanation = explainer.explain(solver.failure());
        const QString message = requests.isEmpty()
            ? tr("the installed modules' requirements cannot all hold")
            : tr("no set of versions satisfies %1 together with the installed modules").arg(subject);
        out.m_error = Error(ErrorCode::Unsatisfiable, message, subject, out.m_explanation.join(u'\n'));
        return out;
    }
    case PubGrubSolver::Outcome::Solved:
        break;
    }

    PlanBuilder builder(universe, solver.selection());
    Result<QList<PlanStep>> plan = builder.build();
    if (!plan) {
        out.m_explanation = builder.cycleExplanation();
        out.m_error
            = Error(plan.error().code(), plan.error().message(), subject, out.m_explanation.join(u'\n'));
        return out;
    }
    out.m_plan = *plan;
    return out;
}

} // namespace ms
