#pragma once

#include "core/Error.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

/// One module in a resolution plan: where it goes, from where, and why.
struct PlanStep
{
    Q_DECLARE_TR_FUNCTIONS(PlanStep)

public:
    enum class Action {
        Install, ///< not on the site yet
        Upgrade, ///< installed at an older version (fromVersion)
        Downgrade, ///< installed at a newer version; only when a request asks for it
        Keep, ///< installed at this version already; listed because the plan relies on it
    };

    QString moduleName;
    Version version;
    Version fromVersion; ///< the installed version; null when the module is not installed
    Action action = Action::Install;
    QString reason; ///< one translated sentence: "required by farm_manager 1.8.0 (inventory ^2.1.0)"
    QString registry; ///< where the package comes from; empty when no registry lists the module
    bool licenseRequired = false;

    /// { module_name, version, from_version (null when not installed), action, reason,
    ///   registry, license_required }
    QJsonObject toJson() const;
    /// "install", "upgrade", "downgrade", "keep".
    static QString actionName(Action action);
};

/// What DependencyResolver::resolve() found: a plan in install order, or an error with the
/// explanation of why there is none.
class [[nodiscard]] Resolution
{
public:
    bool ok() const { return !m_error.isError(); }
    explicit operator bool() const { return ok(); }

    /// Dependencies before their dependents; among modules that may go in either order, by name.
    const QList<PlanStep>& plan() const { return m_plan; }
    /// The step for @p moduleName, or nullptr.
    const PlanStep* step(const QString& moduleName) const;
    /// Unsatisfiable (no versions fit, or a dependency cycle), Timeout (the step limit was
    /// reached) or InvalidArgument (a malformed request). Its detail is explanation() joined.
    const Error& error() const { return m_error; }
    /// Why it failed, one sentence per line, each building on the ones before.
    const QStringList& explanation() const { return m_explanation; }
    /// How much work the solver did (decisions and conflict-resolution rounds).
    int steps() const { return m_steps; }

    QJsonArray planJson() const;
    /// { "ok": true, "plan": [...] } or { "ok": false, "error": { code, message, subject,
    /// explanation: [...] } }.
    QJsonObject toJson() const;

private:
    friend class DependencyResolver;

    QList<PlanStep> m_plan;
    Error m_error;
    QStringList m_explanation;
    int m_steps = 0;
};

} // namespace ms
