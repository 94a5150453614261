#include "TestSupport.h"
#include "resolve/DependencyResolver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using ms::Catalog;
using ms::DependencyResolver;
using ms::ErrorCode;
using ms::PlanStep;
using ms::Resolution;
using ms::Version;

namespace {

// A scenario fixture: { "core", "installed": { name: version }, "catalog": { catalog.json } }.
DependencyResolver scenario(const QString& name)
{
    const QJsonObject root
        = TestSupport::readJson(TestSupport::fixturePath("catalogs/resolve/" + name + ".json")).object();
    const auto catalog = Catalog::fromJson(root.value("catalog").toObject());
    if (!catalog.ok())
        qFatal("%s: %s", qPrintable(name), qPrintable(catalog.error().detail()));
    DependencyResolver resolver(*catalog, *Version::parse(root.value("core").toString()));
    const QJsonObject installed = root.value("installed").toObject();
    for (auto it = installed.constBegin(); it != installed.constEnd(); ++it)
        resolver.addInstalled(it.key(), *Version::parse(it.value().toString()));
    return resolver;
}

// "units 1.2.0 install", in plan order.
QStringList summary(const Resolution& r)
{
    QStringList out;
    for (const PlanStep& s : r.plan())
        out << QStringLiteral("%1 %2 %3")
                   .arg(s.moduleName, s.version.toString(), PlanStep::actionName(s.action));
    return out;
}

QString dump(const Resolution& r)
{
    if (r.ok())
        return summary(r).join('\n');
    return r.error().toString() + '\n' + r.explanation().join('\n');
}

} // namespace

class TestDependencyResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plans_data();
    void plans();
    void reasons_data();
    void reasons();
    void failures_data();
    void failures();
    void explanationMatchesAdministratorsWording();
    void dependencyCycle();
    void installedDependencyConstraintsHold();
    void stepLimitEndsWithAClearError();
    void hardUnsatisfiableStillExplained();
    void installedManifestOutranksCatalog();
    void planAsJson();
    void failureAsJson();
    void badRequests_data();
    void badRequests();
    void mergedCatalogRemembersRegistry();
};

void TestDependencyResolver::plans_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("requests");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("chain: newest that fit, dependencies first")
        << "chain" << QStringList {"farm_manager"}
        << QStringList {"units 1.2.0 install", "inventory 2.3.0 install", "farm_manager 1.8.0 install"};
    QTest::newRow("chain: a pin lower down holds the middle back")
        << "chain" << QStringList {"farm_manager@1.7.0", "units@1.0.0"}
        << QStringList {"units 1.0.0 install", "inventory 2.1.0 install", "farm_manager 1.7.0 install"};
    QTest::newRow("diamond: both ranges met, ties by name")
        << "diamond" << QStringList {"orders", "shipping"}
        << QStringList {"ledger 1.5.0 install", "orders 1.1.0 install", "shipping 1.1.0 install"};
    QTest::newRow("diamond: one side alone takes the newest")
        << "diamond" << QStringList {"orders"}
        << QStringList {"ledger 2.0.0 install", "orders 2.0.0 install"};
    QTest::newRow("conflicts: the newest conflicting version is passed over")
        << "conflicts" << QStringList {"farm_manager"} << QStringList {"farm_manager 1.7.0 install"};
    QTest::newRow("conflicts: an installed module's declared conflict holds too")
        << "conflicts" << QStringList {"weather"} << QStringList {"weather 1.5.0 install"};
    QTest::newRow("conflicts: reached through a dependency")
        << "conflicts" << QStringList {"maps"} << QStringList {"weather 1.5.0 install", "maps 0.9.0 install"};
    QTest::newRow("yanked: skipped") << "yanked" << QStringList {"inventory"}
                                     << QStringList {"inventory 2.1.0 install"};
    QTest::newRow("yanked: pinned exactly")
        << "yanked" << QStringList {"inventory@2.3.0"} << QStringList {"inventory 2.3.0 install"};
    QTest::newRow("yanked: pinned with =")
        << "yanked" << QStringList {"inventory@=2.3.0"} << QStringList {"inventory 2.3.0 install"};
    QTest::newRow("yanked: a pin lets a dependent have it")
        << "yanked" << QStringList {"report", "inventory@=2.3.0"}
        << QStringList {"inventory 2.3.0 install", "report 1.0.0 install"};
    QTest::newRow("core: the newest the core allows")
        << "core_too_old" << QStringList {"farm_manager"} << QStringList {"farm_manager 1.7.0 install"};
    QTest::newRow("installed: upgraded when a request needs it, otherwise kept")
        << "upgrade_installed" << QStringList {"farm_manager"}
        << QStringList {"inventory 2.3.0 upgrade", "units 1.0.0 keep", "farm_manager 1.8.0 install"};
    QTest::newRow("installed: a bare request for the newest keeps it")
        << "upgrade_installed" << QStringList {"weather"} << QStringList {"weather 1.1.0 keep"};
    QTest::newRow("installed: a bare request upgrades to the newest")
        << "upgrade_installed" << QStringList {"units"} << QStringList {"units 1.1.0 upgrade"};
    QTest::newRow("installed: downgraded only when asked")
        << "upgrade_installed" << QStringList {"weather@1.0.0"} << QStringList {"weather 1.0.0 downgrade"};
    QTest::newRow("installed: a dependent is upgraded to fit")
        << "installed_dependent_upgrade" << QStringList {"farm_manager"}
        << QStringList {"inventory 2.3.0 upgrade", "farm_manager 1.8.0 install", "reports 2.0.0 upgrade"};
    QTest::newRow("pre-release: not unless the range admits it")
        << "prereleases" << QStringList {"farm_manager"}
        << QStringList {"inventory 2.1.0 install", "farm_manager 1.8.0 install"};
    QTest::newRow("pre-release: pinned, with a pre-release dependency")
        << "prereleases" << QStringList {"farm_manager@1.9.0-beta.1"}
        << QStringList {"inventory 2.2.0-rc.2 install", "farm_manager 1.9.0-beta.1 install"};
    QTest::newRow("pre-release: a range naming one admits its siblings only")
        << "prereleases" << QStringList {"inventory@>=2.2.0-rc.1"}
        << QStringList {"inventory 2.2.0-rc.2 install"};
    QTest::newRow("several requests at once")
        << "chain" << QStringList {"units", "inventory@~2.1"}
        << QStringList {"units 1.2.0 install", "inventory 2.1.0 install"};
    QTest::newRow("nothing requested, nothing to do")
        << "upgrade_installed" << QStringList {} << QStringList {};
}

void TestDependencyResolver::plans()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, requests);
    QFETCH(QStringList, expected);
    const Resolution r = scenario(fixture).resolve(requests);
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    QCOMPARE(summary(r), expected);
    QVERIFY(r.explanation().isEmpty());
}

void TestDependencyResolver::reasons_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("requests");
    QTest::addColumn<QString>("module");
    QTest::addColumn<QString>("reason");

    QTest::newRow("requested") << "chain" << QStringList {"farm_manager@^1.8"} << "farm_manager"
                               << "requested (farm_manager@^1.8)";
    QTest::newRow("required by") << "chain" << QStringList {"farm_manager@^1.8"} << "inventory"
                                 << "required by farm_manager 1.8.0 (inventory ^2.1.0)";
    QTest::newRow("required by two")
        << "diamond" << QStringList {"orders", "shipping"} << "ledger"
        << "required by orders 1.1.0 (ledger ^1.2.0) and shipping 1.1.0 (ledger >=1.4 <2)";
    QTest::newRow("kept") << "upgrade_installed" << QStringList {"farm_manager"} << "units"
                          << "already installed at 1.0.0, which satisfies farm_manager 1.8.0 (units ^1.0.0)";
    QTest::newRow("upgraded for a dependent")
        << "upgrade_installed" << QStringList {"farm_manager"} << "inventory"
        << "required by farm_manager 1.8.0 (inventory ^2.1.0), which the installed 2.0.0 does not satisfy";
    QTest::newRow("requested and kept")
        << "upgrade_installed" << QStringList {"weather@^1.1"} << "weather"
        << "requested (weather@^1.1); already installed at 1.1.0, which satisfies it";
    QTest::newRow("upgraded because its own dependency moved")
        << "installed_dependent_upgrade" << QStringList {"farm_manager"} << "reports"
        << "the installed 1.2.0 requires inventory ^1.0.0, which does not hold with inventory 2.3.0";
    QTest::newRow("requested twice") << "chain" << QStringList {"units@^1", "units@<1.2"} << "units"
                                     << "requested (units@^1, units@<1.2)";
}

void TestDependencyResolver::reasons()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, requests);
    QFETCH(QString, module);
    QFETCH(QString, reason);
    const Resolution r = scenario(fixture).resolve(requests);
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    const PlanStep* step = r.step(module);
    QVERIFY2(step, qPrintable(dump(r)));
    QCOMPARE(step->reason, reason);
}

void TestDependencyResolver::failures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QStringList>("requests");
    QTest::addColumn<QStringList>("mentions");
    QTest::addColumn<QString>("last");

    QTest::newRow("unsatisfiable diamond")
        << "diamond" << QStringList {"orders@^2", "shipping"}
        << QStringList {"orders ^2 depends on ledger ^2.0.0",
                        "every version of shipping depends on ledger >=1.4 <2"}
        << "So, because you asked for orders ^2 and you asked for shipping, version solving failed.";
    QTest::newRow("conflict with an installed module")
        << "conflicts" << QStringList {"farm_manager@^1.8"}
        << QStringList {"Because you asked for farm_manager ^1.8 and farm_manager ^1.8 conflicts with "
                        "legacy_farm, "
                        "legacy_farm 0.9.0 (installed) cannot be used."}
        << "So, because legacy_farm 0.9.0 is installed, version solving failed.";
    QTest::newRow("conflict declared by the installed module")
        << "conflicts" << QStringList {"weather@^2"}
        << QStringList {"Because you asked for weather ^2 and legacy_farm 0.9.0 (installed) conflicts with "
                        "weather >=2.0.0, legacy_farm 0.9.0 (installed) cannot be used."}
        << "So, because legacy_farm 0.9.0 is installed, version solving failed.";
    // weather (pinned, met first) is decided before legacy_farm adds its conflict.
    QTest::newRow("conflict declared by the module decided last")
        << "conflicts" << QStringList {"weather@2.1.0"}
        << QStringList {"legacy_farm 0.9.0 (installed) conflicts with weather >=2.0.0"}
        << "So, because legacy_farm 0.9.0 is installed, version solving failed.";
    QTest::newRow("yanked, not pinned") << "yanked" << QStringList {"inventory@^2.3"}
                                        << QStringList {"no usable versions of inventory match ^2.3 (yanked: "
                                                        "2.3.0; pin one exactly to use it)"}
                                        << "Because you asked for inventory ^2.3 and no usable versions of "
                                           "inventory match ^2.3 (yanked: 2.3.0; pin "
                                           "one exactly to use it), version solving failed.";
    QTest::newRow("yanked through a dependency")
        << "yanked" << QStringList {"report"}
        << QStringList {"every version of report depends on inventory =2.3.0",
                        "no usable versions of inventory match =2.3.0 (yanked: 2.3.0; pin one exactly to use "
                        "it)"}
        << "So, because you asked for report, version solving failed.";
    QTest::newRow("core too old")
        << "core_too_old" << QStringList {"farm_manager@^1.8"}
        << QStringList {"farm_manager ^1.8 requires core >=1.3.0 (the platform core is 1.2.0)"}
        << "Because you asked for farm_manager ^1.8 and farm_manager ^1.8 requires core >=1.3.0 (the "
           "platform core "
           "is 1.2.0), version solving failed.";
    QTest::newRow("core too old for every version")
        << "core_too_old" << QStringList {"dashboard"} << QStringList {}
        << "Because you asked for dashboard and every version of dashboard requires core ^2.0.0 (the "
           "platform core "
           "is 1.2.0), version solving failed.";
    QTest::newRow("installed dependent blocks the upgrade")
        << "installed_blocks" << QStringList {"farm_manager"}
        << QStringList {"every version of farm_manager requires inventory ^2.0.0",
                        "reports 1.2.0 (installed) depends on inventory ^1.0.0",
                        "reports 1.2.0 (installed) is incompatible with farm_manager"}
        << "So, because you asked for farm_manager and reports 1.2.0 is installed, version solving failed.";
    QTest::newRow("missing module")
        << "missing" << QStringList {"weather"} << QStringList {}
        << "Because you asked for weather and weather is not in any registry, version solving failed.";
    QTest::newRow("missing dependency") << "missing" << QStringList {"forecast"}
                                        << QStringList {"Because every version of forecast depends on ghost "
                                                        "^1.0.0 and ghost is not in any registry, "
                                                        "no version of forecast can be used."}
                                        << "So, because you asked for forecast, version solving failed.";
    QTest::newRow("no version in range") << "missing" << QStringList {"inventory@^9"} << QStringList {}
                                         << "Because you asked for inventory ^9 and no versions of inventory "
                                            "match ^9, version solving failed.";
    QTest::newRow("pre-release not admitted")
        << "prereleases" << QStringList {"inventory@^2.3"} << QStringList {}
        << "Because you asked for inventory ^2.3 and no versions of inventory match ^2.3, version solving "
           "failed.";
    // A release candidate between two releases neither joins nor splits their run.
    QTest::newRow("pre-release inside a run")
        << "prerelease_run" << QStringList {"portal@<2"}
        << QStringList {"Because portal <2 depends on auth ^1.0.0 and no versions of auth match ^1.0.0, "
                        "portal <2 "
                        "cannot be used."}
        << "So, because you asked for portal <2, version solving failed.";
}

void TestDependencyResolver::failures()
{
    QFETCH(QString, fixture);
    QFETCH(QStringList, requests);
    QFETCH(QStringList, mentions);
    QFETCH(QString, last);
    const Resolution r = scenario(fixture).resolve(requests);
    QVERIFY2(!r.ok(), qPrintable(dump(r)));
    QCOMPARE(r.error().code(), ErrorCode::Unsatisfiable);
    QVERIFY(r.plan().isEmpty());
    QVERIFY(!r.error().message().contains('\n'));
    QCOMPARE(r.error().subject(), requests.join(", "));
    QCOMPARE(r.error().detail(), r.explanation().join('\n'));
    const QString text = r.explanation().join('\n');
    for (const QString& m : mentions)
        QVERIFY2(text.contains(m), qPrintable("missing \"" + m + "\" in:\n" + text));
    QVERIFY2(r.explanation().last() == last, qPrintable(text));
}

void TestDependencyResolver::explanationMatchesAdministratorsWording()
{
    // The brief's example: an installed module pins a shared dependency below what the
    // request needs.
    const Resolution r = scenario("installed_blocks").resolve(QStringList {"farm_manager@^1.8"});
    QVERIFY(!r.ok());
    QCOMPARE(
        r.explanation(),
        QStringList({
            "Because farm_manager ^1.8 depends on inventory ^2.1.0 and reports 1.2.0 (installed) depends on "
            "inventory ^1.0.0, farm_manager ^1.8 is incompatible with reports 1.2.0 (installed).",
            "So, because you asked for farm_manager ^1.8 and reports 1.2.0 is installed, version solving "
            "failed.",
        }));
    QCOMPARE(r.error().message(),
             QString("no set of versions satisfies farm_manager@^1.8 together with the installed modules"));
}

void TestDependencyResolver::dependencyCycle()
{
    const Resolution r = scenario("cycle").resolve(QStringList {"gamma"});
    QVERIFY2(!r.ok(), qPrintable(dump(r)));
    QCOMPARE(r.error().code(), ErrorCode::Unsatisfiable);
    QCOMPARE(r.error().message(), QString("dependency cycle: alpha 1.0.0 → beta 2.0.0 → alpha 1.0.0"));
    QCOMPARE(
        r.explanation(),
        QStringList({"alpha 1.0.0 depends on beta ^2.0.0.", "beta 2.0.0 depends on alpha ^1.0.0.",
                     "So none of them can be installed before the others: alpha 1.0.0 → beta 2.0.0 → alpha "
                     "1.0.0 is a dependency cycle."}));
}

void TestDependencyResolver::installedDependencyConstraintsHold()
{
    // reports 1.2.0 (installed) needs inventory ^1; asking for inventory 2 must not break it.
    DependencyResolver resolver = scenario("installed_blocks");
    const Resolution r = resolver.resolve(QStringList {"inventory@^2"});
    QVERIFY2(!r.ok(), qPrintable(dump(r)));
    const QString text = r.explanation().join('\n');
    QVERIFY2(text.contains("reports 1.2.0 (installed) depends on inventory ^1.0.0"), qPrintable(text));

    // Without reports installed, the same request is fine.
    DependencyResolver alone = scenario("installed_blocks");
    alone.setInstalled({{"inventory", *Version::parse(u"1.4.0")}});
    const Resolution ok = alone.resolve(QStringList {"inventory@^2"});
    QVERIFY2(ok.ok(), qPrintable(dump(ok)));
    QCOMPARE(summary(ok), QStringList {"inventory 2.3.0 upgrade"});
}

void TestDependencyResolver::stepLimitEndsWithAClearError()
{
    DependencyResolver resolver = scenario("backtracking");
    resolver.setStepLimit(5);
    const Resolution r = resolver.resolve(QStringList {"xray"});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::Timeout);
    QCOMPARE(r.error().message(),
             QString("gave up after 5 steps: the constraints are too tangled to settle"));
    QVERIFY(r.steps() > 5);
    QCOMPARE(r.explanation().size(), 1);
}

void TestDependencyResolver::hardUnsatisfiableStillExplained()
{
    const Resolution r = scenario("backtracking").resolve(QStringList {"xray"});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::Unsatisfiable);
    QVERIFY(r.steps() < DependencyResolver::DefaultStepLimit);
    const QString text = r.explanation().join('\n');
    QVERIFY2(text.contains("no versions of zulu match"), qPrintable(text));
    QCOMPARE(r.explanation().last(), QString("So, because you asked for xray, version solving failed."));
}

void TestDependencyResolver::installedManifestOutranksCatalog()
{
    // billing is in no registry; its manifest says it needs inventory ^2.0.0.
    const auto manifest
        = ms::Manifest::fromJson(QJsonObject {{"module_name", "billing"},
                                              {"display_name", "Billing"},
                                              {"version", "0.3.0"},
                                              {"kind", "business"},
                                              {"dependencies", QJsonObject {{"inventory", "^2.0.0"}}}});
    QVERIFY2(manifest.ok(), qPrintable(manifest.error().detail()));

    DependencyResolver withManifest = scenario("custom_installed");
    withManifest.addInstalled(*manifest);
    const Resolution held = withManifest.resolve(QStringList {"inventory"});
    QVERIFY2(held.ok(), qPrintable(dump(held)));
    QCOMPARE(summary(held), QStringList {"inventory 2.1.0 upgrade"});

    // Knowing only its version, nothing holds inventory back.
    const Resolution free = scenario("custom_installed").resolve(QStringList {"inventory"});
    QVERIFY2(free.ok(), qPrintable(dump(free)));
    QCOMPARE(summary(free), QStringList {"inventory 3.0.0 upgrade"});
}

void TestDependencyResolver::planAsJson()
{
    const Resolution r = scenario("upgrade_installed").resolve(QStringList {"farm_manager"});
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value("ok"), QJsonValue(true));
    const QJsonArray plan = json.value("plan").toArray();
    QCOMPARE(plan.size(), 3);
    const QJsonObject inventory = plan.at(0).toObject();
    QCOMPARE(inventory.value("module_name").toString(), QString("inventory"));
    QCOMPARE(inventory.value("version").toString(), QString("2.3.0"));
    QCOMPARE(inventory.value("from_version").toString(), QString("2.0.0"));
    QCOMPARE(inventory.value("action").toString(), QString("upgrade"));
    QCOMPARE(inventory.value("registry").toString(), QString("test"));
    QVERIFY(inventory.value("reason").toString().startsWith("required by farm_manager 1.8.0"));
    const QJsonObject farm = plan.at(2).toObject();
    QCOMPARE(farm.value("action").toString(), QString("install"));
    QVERIFY(farm.value("from_version").isNull());
    QCOMPARE(farm.value("license_required"), QJsonValue(false));
}

void TestDependencyResolver::failureAsJson()
{
    const Resolution r = scenario("missing").resolve(QStringList {"weather"});
    const QJsonObject json = r.toJson();
    QCOMPARE(json.value("ok"), QJsonValue(false));
    QCOMPARE(json.value("error").toObject().value("code").toString(), QString("unsatisfiable"));
    QCOMPARE(json.value("error").toObject().value("explanation").toArray().size(), r.explanation().size());
    QVERIFY(!json.contains("plan"));
}

void TestDependencyResolver::badRequests_data()
{
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad name") << "Farm@^1"
                              << "\"Farm@^1\": \"Farm\" is not a module name (^[a-z][a-z0-9_]{1,63}$)";
    QTest::newRow("bad range") << "farm_manager@latest"
                               << "\"farm_manager@latest\": \"latest\" is not a valid range";
    QTest::newRow("empty range") << "farm_manager@"
                                 << "\"farm_manager@\": a version range must follow \"@\"";
    QTest::newRow("core") << "core@^2"
                          << "\"core@^2\": the platform core is not a module; it cannot be requested";
}

void TestDependencyResolver::badRequests()
{
    QFETCH(QString, request);
    QFETCH(QString, message);
    const Resolution r = scenario("chain").resolve(QStringList {"units", request});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(r.error().message(), message);
    QCOMPARE(r.error().subject(), request);
}

void TestDependencyResolver::mergedCatalogRemembersRegistry()
{
    const auto main = Catalog::parse(TestSupport::readFile(TestSupport::fixturePath("catalogs/main.json")));
    const auto mirror
        = Catalog::parse(TestSupport::readFile(TestSupport::fixturePath("catalogs/mirror.json")));
    QVERIFY(main.ok() && mirror.ok());
    DependencyResolver resolver(Catalog::merge({*main, *mirror}), *Version::parse(u"1.4.0"));
    const Resolution r = resolver.resolve(QStringList {"farm_manager", "weather"});
    QVERIFY2(r.ok(), qPrintable(dump(r)));
    // main's farm_manager (1.8.0; 1.8.1 is yanked, 1.9.0-beta.1 a pre-release) — not the mirror's 2.0.0.
    QCOMPARE(summary(r),
             QStringList({"inventory 2.3.0 install", "farm_manager 1.8.0 install", "weather 1.0.0 install"}));
    QCOMPARE(r.step("farm_manager")->registry, QString("a64-main"));
    QVERIFY(r.step("farm_manager")->licenseRequired);
    QCOMPARE(r.step("weather")->registry, QString("a64-mirror"));
}

QTEST_GUILESS_MAIN(TestDependencyResolver)
#include "tst_dependencyresolver.moc"
