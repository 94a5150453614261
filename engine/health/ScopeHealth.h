#pragma once

#include "health/HealthState.h"
#include "health/ProbeStatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>

namespace ms {

/// The health of a site (with its modules' probes) or of one module, from its probes:
///
///   down       a liveness probe fails
///   starting   a startup probe has not passed yet (the others wait for it)
///   not ready  a readiness probe fails
///   unknown    no probe has a result yet
///   up         otherwise
struct ScopeHealth
{
    Q_DECLARE_TR_FUNCTIONS(ScopeHealth)

public:
    QString site;
    QString module; ///< empty for the site as a whole
    ScopeState state = ScopeState::Unknown;
    QDateTime since; ///< when state began; invalid while unknown
    QString reason; ///< the probe that decides it and why, for people; empty when up
    int probes = 0;
    int passing = 0;
    int failing = 0;

    /// "site" or "site/module".
    QString scope() const { return module.isEmpty() ? site : site + u'/' + module; }

    /// The state of @p site (or of @p module of it) from @p probes — those of the scope only
    /// (for a site: its own and its modules'). since is left unset.
    static ScopeHealth evaluate(const QString& site, const QString& module, const QList<ProbeStatus>& probes);
};

} // namespace ms

Q_DECLARE_METATYPE(ms::ScopeHealth)
