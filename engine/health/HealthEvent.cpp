#include "health/HealthEvent.h"

#include "health/HealthState.h"

namespace ms {

namespace {

// The words for people, from the stored words.
QString stateText(HealthEvent::Subject subject, const QString& name)
{
    if (subject == HealthEvent::Subject::Breaker) {
        if (const auto s = HealthNames::breakerStateFromName(name))
            return HealthNames::describe(*s);
    } else if (const auto s = HealthNames::scopeStateFromName(name)) {
        return HealthNames::describe(*s);
    }
    return name;
}

} // namespace

QString HealthEvent::subjectName(Subject subject)
{
    switch (subject) {
    case Subject::Site:
        return QStringLiteral("site");
    case Subject::Module:
        return QStringLiteral("module");
    case Subject::Breaker:
        return QStringLiteral("breaker");
    }
    return {};
}

QString HealthEvent::describe() const
{
    QString who;
    switch (subject) {
    case Subject::Site:
        who = site;
        break;
    case Subject::Module:
        who = tr("%1 of %2").arg(module, site);
        break;
    case Subject::Breaker:
        who = tr("circuit breaker for %1").arg(target);
        break;
    }
    QString line = tr("%1: %2 → %3").arg(who, stateText(subject, from), stateText(subject, to));
    if (!detail.isEmpty())
        line += QStringLiteral(" (") + detail + u')';
    return line;
}

QString HealthEvent::auditAction() const
{
    return QStringLiteral("health.") + subjectName(subject) + u'.' + to;
}

HealthEventRecord HealthEvent::toRecord() const
{
    HealthEventRecord r;
    r.at = at;
    r.subject = subjectName(subject);
    r.site = site;
    r.module = module;
    r.target = target;
    r.fromState = from;
    r.toState = to;
    r.detail = detail;
    return r;
}

HealthEvent HealthEvent::fromRecord(const HealthEventRecord& r)
{
    HealthEvent e;
    e.subject = r.subject == u"module" ? Subject::Module
        : r.subject == u"breaker"      ? Subject::Breaker
                                       : Subject::Site;
    e.site = r.site;
    e.module = r.module;
    e.target = r.target;
    e.from = r.fromState;
    e.to = r.toState;
    e.at = r.at;
    e.detail = r.detail;
    return e;
}

} // namespace ms
