#include "health/ProbeSpec.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace ms;

namespace {

ProbeSpec::Context siteContext(int port = 3004)
{
    ProbeSpec::Context c;
    c.site = QStringLiteral("intellitrade");
    c.port = port;
    c.workingDir = QStringLiteral("/srv/apps/intellitrade");
    c.source = QStringLiteral("site.json");
    return c;
}

HealthProbe declared(const char* json)
{
    ValidationReport report;
    const auto p
        = HealthProbe::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("health[0]"), report);
    if (!p)
        qFatal("fixture probe does not parse: %s", qPrintable(report.lines().join(u'\n')));
    return *p;
}

} // namespace

/// A declared probe resolved against its site: URLs, targets, the HTTP checks beyond
/// HealthProbe's own fields, and what is wrong with them.
class TestProbeSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void httpPathResolvesAgainstTheSitesPort()
    {
        ValidationReport report;
        const auto spec = ProbeSpec::resolve(
            declared("{\"name\":\"live\",\"type\":\"liveness\",\"http\":{\"path\":\"/"
                     "live?deep=1\",\"headers\":{\"X-Probe\":\"yes\"}},\n"
                     "                         \"period_s\":5,\"timeout_s\":2,\"failure_threshold\":4}"),
            siteContext(), QStringLiteral("health[0]"), report);
        QVERIFY2(spec, qPrintable(report.lines().join(u'\n')));
        QCOMPARE(spec->url.toString(), QStringLiteral("http://127.0.0.1:3004/live?deep=1"));
        QCOMPARE(spec->key(), QStringLiteral("intellitrade/live"));
        QCOMPARE(spec->scope(), QStringLiteral("intellitrade"));
        QCOMPARE(spec->breakerTarget(), QStringLiteral("http://127.0.0.1:3004"));
        QCOMPARE(spec->kind, ProbeSpec::Kind::Liveness);
        QCOMPARE(spec->periodS, 5);
        QCOMPARE(spec->timeoutS, 2);
        QCOMPARE(spec->failureThreshold, 4);
        QCOMPARE(spec->headers.size(), 1);
        QCOMPARE(spec->headers.first().first, QByteArray("X-Probe"));
        QVERIFY(spec->tlsVerify);
        QCOMPARE(spec->maxRedirects, ProbeSpec::DefaultMaxRedirects);
        QCOMPARE(spec->maxBodyBytes, ProbeSpec::DefaultMaxBodyBytes);
        QVERIFY(report.warnings().isEmpty());
    }

    void probePortOverridesTheSites()
    {
        ValidationReport report;
        const auto spec = ProbeSpec::resolve(
            declared("{\"name\":\"m\",\"type\":\"readiness\",\"http\":{\"path\":\"/m\",\"port\":9100}}"),
            siteContext(), QStringLiteral("health[0]"), report);
        QVERIFY(spec);
        QCOMPARE(spec->url.toString(), QStringLiteral("http://127.0.0.1:9100/m"));
    }

    void extraHttpFields()
    {
        ValidationReport report;
        const auto spec = ProbeSpec::resolve(
            declared("{\"name\":\"front\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"url\":\"https://"
                     "shop.example.org/status\",\n"
                     "                         "
                     "\"json_pointer\":\"/checks/db\",\"json_equals\":{\"ok\":true},\"tls_verify\":false,\n"
                     "                         \"max_redirects\":0,\"max_body_bytes\":1024}}"),
            siteContext(), QStringLiteral("health[0]"), report);
        QVERIFY2(spec, qPrintable(report.lines().join(u'\n')));
        QCOMPARE(spec->url.toString(), QStringLiteral("https://shop.example.org/status"));
        QCOMPARE(spec->breakerTarget(), QStringLiteral("https://shop.example.org"));
        QVERIFY(spec->jsonPointer);
        QCOMPARE(spec->jsonPointer->text(), QStringLiteral("/checks/db"));
        QCOMPARE(*spec->jsonEquals, QJsonValue(QJsonObject {{"ok", true}}));
        QVERIFY(!spec->tlsVerify);
        QCOMPARE(spec->maxRedirects, 0);
        QCOMPARE(spec->maxBodyBytes, 1024);
        QVERIFY(report.warnings().isEmpty());
    }

    void badExtraFields_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::newRow("url with ftp") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"url\":\"ftp://x/\"}}")
                                      << "health[0].http.url";
        QTest::newRow("url with a user") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"url\":\"https://me:pw@x/\"}}")
                                         << "health[0].http.url";
        QTest::newRow("pointer without slash") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"json_pointer\":\"status\"}}")
                                               << "health[0].http.json_pointer";
        QTest::newRow("equals without pointer") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"json_equals\":1}}")
                                                << "health[0].http.json_equals";
        QTest::newRow("body and pointer")
            << QByteArray("{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/"
                          "\",\"body_contains\":\"ok\",\"json_pointer\":\"/s\"}}")
            << "health[0].http.body_contains";
        QTest::newRow("tls_verify a string") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"tls_verify\":\"no\"}}")
                                             << "health[0].http.tls_verify";
        QTest::newRow("too many redirects") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"max_redirects\":50}}")
                                            << "health[0].http.max_redirects";
        QTest::newRow("huge body cap") << QByteArray(
            "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"max_body_bytes\":1e9}}")
                                       << "health[0].http.max_body_bytes";
        QTest::newRow("tcp host with a path")
            << QByteArray("{\"name\":\"a\",\"type\":\"readiness\",\"tcp\":{\"port\":1,\"host\":\"db/x\"}}")
            << "health[0].tcp.host";
        QTest::newRow("tcp host not IPv6")
            << QByteArray("{\"name\":\"a\",\"type\":\"readiness\",\"tcp\":{\"port\":1,\"host\":\"db:5432\"}}")
            << "health[0].tcp.host";
    }
    void badExtraFields()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        ValidationReport report;
        QVERIFY(!ProbeSpec::resolve(declared(json.constData()), siteContext(), QStringLiteral("health[0]"),
                                    report));
        QVERIFY2(report.errorAt(path), qPrintable(report.lines().join(u'\n')));
    }

    void unknownExtraFieldIsAWarning()
    {
        ValidationReport report;
        const auto spec = ProbeSpec::resolve(
            declared(
                "{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\",\"body_contain\":\"ok\"}}"),
            siteContext(), QStringLiteral("health[0]"), report);
        QVERIFY(spec);
        QCOMPARE(report.warnings().size(), 1);
        QCOMPARE(report.warnings().first().path, QStringLiteral("health[0].http.body_contain"));
    }

    void httpWithoutAnyPortIsAnError()
    {
        ValidationReport report;
        QVERIFY(
            !ProbeSpec::resolve(declared("{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/\"}}"),
                                siteContext(0), QStringLiteral("health[0]"), report));
        QVERIFY(report.errorAt(QStringLiteral("health[0].http")));
        // A full URL needs no port.
        ValidationReport ok;
        QVERIFY(ProbeSpec::resolve(declared("{\"name\":\"a\",\"type\":\"readiness\",\"http\":{\"path\":\"/"
                                            "\",\"url\":\"http://x.org/\"}}"),
                                   siteContext(0), QStringLiteral("health[0]"), ok));
    }

    void tcpAndCommandTargets()
    {
        ValidationReport report;
        ProbeSpec::Context c = siteContext();
        c.module = QStringLiteral("farm_manager");
        c.workingDir = QStringLiteral("/srv/apps/intellitrade/modules/farm_manager/1.8.0");
        const auto tcp = ProbeSpec::resolve(
            declared("{\"name\":\"db\",\"type\":\"readiness\",\"tcp\":{\"port\":5432,\"host\":\"::1\"}}"), c,
            QStringLiteral("health[0]"), report);
        QVERIFY(tcp);
        QCOMPARE(tcp->host, QStringLiteral("::1"));
        QCOMPARE(tcp->breakerTarget(), QStringLiteral("tcp://::1:5432"));
        QCOMPARE(tcp->key(), QStringLiteral("intellitrade/farm_manager/db"));
        QCOMPARE(tcp->scope(), QStringLiteral("intellitrade/farm_manager"));
        const auto cmd = ProbeSpec::resolve(
            declared(
                "{\"name\":\"self\",\"type\":\"liveness\",\"command\":{\"argv\":[\"bin/selftest\",\"-q\"]}}"),
            c, QStringLiteral("health[1]"), report);
        QVERIFY(cmd);
        QCOMPARE(cmd->workingDir, c.workingDir);
        QCOMPARE(cmd->breakerTarget(), QStringLiteral("command:intellitrade/farm_manager/self"));
        QCOMPARE(cmd->targetDisplay(), QStringLiteral("bin/selftest -q"));
    }

    void defaultProbeIsReadinessOnHealth()
    {
        const auto spec = ProbeSpec::defaultProbe(siteContext(3005));
        QVERIFY(spec);
        QCOMPARE(spec->name, QStringLiteral("default"));
        QCOMPARE(spec->kind, ProbeSpec::Kind::Readiness);
        QCOMPARE(spec->url.toString(), QStringLiteral("http://127.0.0.1:3005/health"));
        QCOMPARE(spec->source, QStringLiteral("default"));
        QVERIFY(!ProbeSpec::defaultProbe(siteContext(0)));
    }

    void statusAcceptance()
    {
        ProbeSpec s;
        QVERIFY(s.acceptsStatus(200));
        QVERIFY(s.acceptsStatus(302));
        QVERIFY(!s.acceptsStatus(404));
        QVERIFY(!s.acceptsStatus(500));
        s.expectStatus = {204, 503};
        QVERIFY(s.acceptsStatus(503));
        QVERIFY(!s.acceptsStatus(200));
    }
};

QTEST_GUILESS_MAIN(TestProbeSpec)
#include "tst_probespec.moc"
