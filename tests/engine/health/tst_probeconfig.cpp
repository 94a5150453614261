#include "TestSupport.h"
#include "discovery/SiteJson.h"
#include "health/ProbeConfig.h"

#include <QDir>
#include <QTest>

using namespace ms;

namespace {

Site siteAt(const QString& folder, const QString& name, int port, const QString& agent = {})
{
    Site s;
    s.name = name;
    s.path = TestSupport::fixturePath(QStringLiteral("health/sites/") + folder);
    s.port = port;
    s.agent = agent;
    s.modulesDir = QDir(s.path).filePath(QStringLiteral("modules"));
    return s;
}

QStringList keys(const QList<ProbeSpec>& probes)
{
    QStringList out;
    for (const ProbeSpec& p : probes)
        out << p.key();
    return out;
}

QStringList messages(const ProbeConfig& config)
{
    QStringList out;
    for (const ProbeConfig::Problem& p : config.problems)
        out << QFileInfo(p.file).fileName() + QStringLiteral(": ") + p.message
                + (p.error ? QString() : QStringLiteral(" [warning]"));
    return out;
}

} // namespace

/// Probes from site.json, from the enabled modules' manifests, and the default one; what is
/// wrong in those files, with the file and field path.
class TestProbeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteJsonAndEnabledModules()
    {
        const ProbeConfig config
            = ProbeConfig::forSite(siteAt(QStringLiteral("shop"), QStringLiteral("shop"), 3201));
        QVERIFY2(config.problems.isEmpty(), qPrintable(messages(config).join(u'\n')));
        // The site's own in file order, then the enabled module's; inventory is disabled.
        QCOMPARE(keys(config.probes),
                 (QStringList {"shop/boot", "shop/live", "shop/front", "shop/farm_manager/ready",
                               "shop/farm_manager/selftest"}));
        const ProbeSpec& boot = config.probes.at(0);
        QCOMPARE(boot.kind, ProbeSpec::Kind::Startup);
        QCOMPARE(boot.method, ProbeSpec::Method::Tcp);
        QCOMPARE(boot.host, QStringLiteral("127.0.0.1"));
        QCOMPARE(boot.port, 3201);
        QCOMPARE(boot.failureThreshold, 30);
        const ProbeSpec& live = config.probes.at(1);
        QCOMPARE(live.url.toString(), QStringLiteral("http://127.0.0.1:3201/live"));
        QCOMPARE(live.expectStatus, (QList<int> {200, 204}));
        QVERIFY(live.source.endsWith(QStringLiteral("shop/site.json")));
        // site.json may give a full URL without a path.
        const ProbeSpec& front = config.probes.at(2);
        QCOMPARE(front.url.toString(), QStringLiteral("https://shop.example.org/status?full=1"));
        QCOMPARE(front.bodyContains, QStringLiteral("ok"));
        QCOMPARE(front.maxRedirects, 2);
        const ProbeSpec& ready = config.probes.at(3);
        QCOMPARE(ready.module, QStringLiteral("farm_manager"));
        QCOMPARE(ready.url.toString(), QStringLiteral("http://127.0.0.1:3201/api/v1/farm/health"));
        QCOMPARE(ready.jsonPointer->text(), QStringLiteral("/status"));
        QCOMPARE(*ready.jsonEquals, QJsonValue(QStringLiteral("ok")));
        QVERIFY(!ready.tlsVerify);
        const ProbeSpec& selftest = config.probes.at(4);
        QCOMPARE(selftest.argv, (QStringList {"bin/selftest", "--quick"}));
        QVERIFY(selftest.workingDir.endsWith(QStringLiteral("modules/farm_manager/1.8.0")));
        QVERIFY(selftest.source.endsWith(QStringLiteral("farm_manager/1.8.0/manifest.json")));
    }

    void siteWithoutProbesGetsTheDefault()
    {
        const ProbeConfig config
            = ProbeConfig::forSite(siteAt(QStringLiteral("plain"), QStringLiteral("plain"), 3202));
        QVERIFY(config.problems.isEmpty());
        QCOMPARE(keys(config.probes), QStringList {"plain/default"});
        QCOMPARE(config.probes.first().url.toString(), QStringLiteral("http://127.0.0.1:3202/health"));
        QCOMPARE(config.probes.first().kind, ProbeSpec::Kind::Readiness);
    }

    void siteWithoutPortOrProbesIsReported()
    {
        const ProbeConfig config
            = ProbeConfig::forSite(siteAt(QStringLiteral("quiet"), QStringLiteral("quiet"), 0));
        QVERIFY(config.probes.isEmpty());
        QCOMPARE(config.problems.size(), 1);
        QVERIFY(!config.problems.first().error);
    }

    void remoteSiteIsProbedOnTheAgentsHost()
    {
        const ProbeConfig config
            = ProbeConfig::forSite(siteAt(QStringLiteral("remote"), QStringLiteral("remote"), 8080,
                                          QStringLiteral("https://host-b.internal:7400")));
        QCOMPARE(keys(config.probes), QStringList {"remote/db"});
        QCOMPARE(config.probes.first().host, QStringLiteral("db.internal")); // its own host wins
        QCOMPARE(ProbeConfig::hostOf(siteAt(QStringLiteral("remote"), QStringLiteral("remote"), 8080,
                                            QStringLiteral("https://host-b.internal:7400"))),
                 QStringLiteral("host-b.internal"));
    }

    void brokenFilesAreReportedAndTheRestKept()
    {
        const ProbeConfig config
            = ProbeConfig::forSite(siteAt(QStringLiteral("broken"), QStringLiteral("broken"), 3203));
        // health[0] is kept (with a warning for its typo); [1] has a bad type, [2] a bad
        // pointer, [3] reuses a name. The ghost module's manifest names another module and
        // "missing" has no manifest at all.
        QCOMPARE(keys(config.probes), QStringList {"broken/good"});
        const QStringList lines = messages(config);
        auto has = [&](const QString& part) {
            return std::any_of(lines.cbegin(), lines.cend(),
                               [&](const QString& l) { return l.contains(part); });
        };
        QVERIFY2(has(QStringLiteral("site.json: health[0].http.body_contain:")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("site.json: health[1].type:")), qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("site.json: health[2].http.json_pointer:")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("site.json: health[3].name:")), qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("manifest.json: the manifest is for module phantom, not ghost")),
                 qPrintable(lines.join(u'\n')));
        QVERIFY2(has(QStringLiteral("the probes of module missing cannot be read")),
                 qPrintable(lines.join(u'\n')));
    }

    void forSitesSkipsMissingSites()
    {
        Site gone = siteAt(QStringLiteral("plain"), QStringLiteral("gone"), 3299);
        gone.status = SiteStatus::Missing;
        const ProbeConfig config
            = ProbeConfig::forSites({siteAt(QStringLiteral("plain"), QStringLiteral("plain"), 3202), gone});
        QCOMPARE(keys(config.probes), QStringList {"plain/default"});
        QCOMPARE(config.probesOf(QStringLiteral("plain")).size(), 1);
        QVERIFY(config.probesOf(QStringLiteral("gone")).isEmpty());
    }

    // SiteJson reads "health" like a manifest's, at scan time.
    void siteJsonReadsHealth()
    {
        const auto parsed = SiteJson::parse("{\"name\":\"x\",\"health\":[{\"name\":\"a\",\"type\":"
                                            "\"readiness\",\"http\":{\"url\":\"http://x.org/h\"}},\n"
                                            "                                     "
                                            "{\"name\":\"b\",\"type\":\"liveness\",\"tcp\":{\"port\":22}}]}",
                                            QStringLiteral("site.json"));
        QVERIFY2(parsed, qPrintable(parsed.error().toString()));
        QVERIFY(parsed->health);
        QCOMPARE(parsed->health->size(), 2);
        QCOMPARE(parsed->health->at(0).http.path, QStringLiteral("/h"));
        QVERIFY(parsed->problems().isEmpty()); // "url" is the monitor's to judge, not a typo
        QVERIFY(SiteJson::knownFields().contains(QStringLiteral("health")));
    }

    void siteJsonHealthErrorsNameTheFieldAndLine()
    {
        const QByteArray json
            = "{\n  \"name\": \"x\",\n  \"health\": [ { \"name\": \"a\", \"type\": \"sometimes\", "
              "\"tcp\": { \"port\": 22 } } ]\n}\n";
        const auto strict = SiteJson::parse(json, QStringLiteral("site.json"));
        QVERIFY(!strict);
        QCOMPARE(strict.error().subject(), QStringLiteral("site.json:3"));
        QVERIFY(strict.error().message().contains(QStringLiteral("health[0].type")));
        const SiteJson lenient = SiteJson::parseLenient(json, QStringLiteral("site.json"));
        QVERIFY(lenient.hasErrors());
        QCOMPARE(lenient.name, QStringLiteral("x")); // the rest of the file still counts
        const auto notArray = SiteJson::parse("{\"health\":{}}", QStringLiteral("site.json"));
        QVERIFY(!notArray);
    }
};

QTEST_GUILESS_MAIN(TestProbeConfig)
#include "tst_probeconfig.moc"
