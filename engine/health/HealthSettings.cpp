#include "health/HealthSettings.h"

#include "store/SettingsRepository.h"

namespace ms {

namespace {

const QString kRawHours = QStringLiteral("health.raw_retention_hours");
const QString kRollupDays = QStringLiteral("health.rollup_retention_days");
const QString kConcurrent = QStringLiteral("health.max_concurrent");
const QString kBreakerFailures = QStringLiteral("health.breaker_failures");
const QString kBreakerRecovery = QStringLiteral("health.breaker_recovery_s");

} // namespace

QStringList HealthSettings::keys()
{
    return {kRawHours, kRollupDays, kConcurrent, kBreakerFailures, kBreakerRecovery};
}

Result<HealthSettings> HealthSettings::load(const SettingsRepository& settings)
{
    HealthSettings s;
    struct Knob
    {
        const QString& key;
        qint64 min;
        qint64 max;
        std::function<void(qint64)> apply;
    };
    const Knob knobs[] = {
        {kRawHours, 1, 24 * 366,
         [&](qint64 v) {
             s.retention.rawMs = v * 3600 * 1000;
         }},
        {kRollupDays, 1, 3660,
         [&](qint64 v) {
             s.retention.rollupMs = v * 24 * 3600 * 1000;
         }},
        {kConcurrent, 1, 1024,
         [&](qint64 v) {
             s.maxConcurrent = int(v);
         }},
        {kBreakerFailures, 1, 1000,
         [&](qint64 v) {
             s.breaker.failureThreshold = int(v);
         }},
        {kBreakerRecovery, 1, 86400,
         [&](qint64 v) {
             s.breaker.recoveryMs = v * 1000;
         }},
    };
    for (const Knob& knob : knobs) {
        const Result<QString> value = settings.value(knob.key);
        if (!value)
            return value.error();
        if (value->isEmpty())
            continue;
        bool ok = false;
        const qint64 n = value->trimmed().toLongLong(&ok);
        if (!ok || n < knob.min || n > knob.max)
            return Error(
                ErrorCode::Validation,
                tr("\"%1\" is not a whole number from %2 to %3").arg(*value).arg(knob.min).arg(knob.max),
                knob.key);
        knob.apply(n);
    }
    return s;
}

} // namespace ms
