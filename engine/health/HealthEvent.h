#pragma once

#include "store/HealthRecords.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace ms {

/// A transition: a site or module changing state, or a target's circuit breaker opening or
/// closing. Every one is stored; those worth telling someone (notify) also go to the audit
/// log and become the console's notifications.
struct HealthEvent
{
    Q_DECLARE_TR_FUNCTIONS(HealthEvent)

public:
    enum class Subject {
        Site, ///< a site's ScopeState changed
        Module, ///< a module's ScopeState changed
        Breaker, ///< a breaker opened (closed → open) or closed again
    };

    Subject subject = Subject::Site;
    QString site;
    QString module; ///< for Subject::Module
    QString target; ///< the breaker's target, for Subject::Breaker
    QString from; ///< HealthNames::scopeState() or breakerState() words
    QString to;
    QDateTime at;
    QString detail; ///< the probe that caused it and its failure
    /// Worth telling someone: a change from a known state, or into down / not ready. Going
    /// from unknown to up at start-up is recorded, not announced.
    bool notify = false;

    /// One line for people: "intellitrade: up → down (liveness probe live: connection refused)".
    QString describe() const;
    /// The audit log's action: "health.site.down", "health.module.up", "health.breaker.open".
    QString auditAction() const;
    static QString subjectName(Subject subject);

    HealthEventRecord toRecord() const;
    static HealthEvent fromRecord(const HealthEventRecord& record);
};

} // namespace ms

Q_DECLARE_METATYPE(ms::HealthEvent)
