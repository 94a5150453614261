#include "SettingsRepositorySuite.h"

#include "store/SettingsRepository.h"

#include <QTest>

using ms::SettingsRepository;

void SettingsRepositorySuite::setReplaceAndRead()
{
    SettingsRepository settings(db());
    QVERIFY(settings.setValue(QStringLiteral("registry.default"), QStringLiteral("demo")).ok());
    QVERIFY(settings.setValue(QStringLiteral("scan.depth"), QStringLiteral("1")).ok());
    QVERIFY(settings.setValue(QStringLiteral("scan.depth"), QStringLiteral("3")).ok());
    QCOMPARE(*settings.value(QStringLiteral("scan.depth")), QStringLiteral("3"));
    const QMap<QString, QString> expected = {
        {QStringLiteral("registry.default"), QStringLiteral("demo")},
        {QStringLiteral("scan.depth"), QStringLiteral("3")},
    };
    QCOMPARE(*settings.all(), expected);
}

void SettingsRepositorySuite::fallbackOnlyForAbsentKeys()
{
    SettingsRepository settings(db());
    QCOMPARE(*settings.value(QStringLiteral("ui.theme"), QStringLiteral("system")), QStringLiteral("system"));
    QVERIFY(settings.setValue(QStringLiteral("ui.theme"), QString()).ok());
    const auto stored = settings.value(QStringLiteral("ui.theme"), QStringLiteral("system"));
    QVERIFY(stored);
    QVERIFY(stored->isEmpty());
}

void SettingsRepositorySuite::removeIsIdempotent()
{
    SettingsRepository settings(db());
    QVERIFY(settings.setValue(QStringLiteral("a"), QStringLiteral("1")).ok());
    QVERIFY(settings.remove(QStringLiteral("a")).ok());
    QVERIFY(settings.remove(QStringLiteral("a")).ok());
    QCOMPARE(*settings.value(QStringLiteral("a"), QStringLiteral("gone")), QStringLiteral("gone"));
    QVERIFY(settings.all()->isEmpty());
}

void SettingsRepositorySuite::emptyKeyIsRefused()
{
    SettingsRepository settings(db());
    const ms::Status refused = settings.setValue(QString(), QStringLiteral("x"));
    QCOMPARE(refused.error().code(), ms::ErrorCode::InvalidArgument);
    QCOMPARE(refused.error().subject(), QStringLiteral("key"));
}
