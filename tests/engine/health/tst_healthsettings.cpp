#include "SqliteBackend.h"
#include "StoreSuite.h"
#include "health/HealthSettings.h"
#include "store/SettingsRepository.h"

#include <QTest>

using namespace ms;

/// The monitor's knobs from the settings table.
class TestHealthSettings : public StoreSuite
{
    Q_OBJECT

public:
    TestHealthSettings()
        : StoreSuite(std::make_shared<SqliteBackend>())
    {
    }

private Q_SLOTS:
    void defaults()
    {
        const auto s = HealthSettings::load(SettingsRepository(db()));
        QVERIFY(s);
        QCOMPARE(*s, HealthSettings {});
        QCOMPARE(s->retention.rawMs, 24LL * 3600 * 1000);
        QCOMPARE(s->retention.rollupMs, 30LL * 24 * 3600 * 1000);
    }

    void overrides()
    {
        SettingsRepository settings(db());
        QVERIFY(settings.setValue(QStringLiteral("health.raw_retention_hours"), QStringLiteral("48")));
        QVERIFY(settings.setValue(QStringLiteral("health.rollup_retention_days"), QStringLiteral("90")));
        QVERIFY(settings.setValue(QStringLiteral("health.max_concurrent"), QStringLiteral(" 8 ")));
        QVERIFY(settings.setValue(QStringLiteral("health.breaker_failures"), QStringLiteral("10")));
        QVERIFY(settings.setValue(QStringLiteral("health.breaker_recovery_s"), QStringLiteral("120")));
        const auto s = HealthSettings::load(settings);
        QVERIFY(s);
        QCOMPARE(s->retention.rawMs, 48LL * 3600 * 1000);
        QCOMPARE(s->retention.rollupMs, 90LL * 24 * 3600 * 1000);
        QCOMPARE(s->maxConcurrent, 8);
        QCOMPARE(s->breaker.failureThreshold, 10);
        QCOMPARE(s->breaker.recoveryMs, 120000);
    }

    void badValueNamesItsKey()
    {
        SettingsRepository settings(db());
        QVERIFY(settings.setValue(QStringLiteral("health.max_concurrent"), QStringLiteral("lots")));
        const auto s = HealthSettings::load(settings);
        QVERIFY(!s);
        QCOMPARE(s.error().code(), ErrorCode::Validation);
        QCOMPARE(s.error().subject(), QStringLiteral("health.max_concurrent"));
        QVERIFY(settings.setValue(QStringLiteral("health.max_concurrent"), QStringLiteral("0")));
        QVERIFY(!HealthSettings::load(settings));
    }
};

QTEST_GUILESS_MAIN(TestHealthSettings)
#include "tst_healthsettings.moc"
