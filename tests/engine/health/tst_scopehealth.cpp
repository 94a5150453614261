#include "health/ScopeHealth.h"

#include <QTest>

using namespace ms;

Q_DECLARE_METATYPE(ms::ScopeState)

namespace {

ProbeStatus probe(const QString& name, HealthProbe::Type kind, ProbeState state, const QString& module = {})
{
    ProbeStatus s;
    s.key = QStringLiteral("site/") + name;
    s.site = QStringLiteral("site");
    s.module = module;
    s.name = name;
    s.kind = kind;
    s.state = state;
    if (state == ProbeState::Failing)
        s.lastError = QStringLiteral("connection refused");
    return s;
}

} // namespace

/// down if a liveness probe fails; starting while a startup probe has not passed; not ready
/// if a readiness probe fails; unknown before any result; up otherwise.
class TestScopeHealth : public QObject
{
    Q_OBJECT

    using T = HealthProbe::Type;
    using P = ProbeState;

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QList<ProbeStatus>>("probes");
        QTest::addColumn<ScopeState>("expected");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no probes") << QList<ProbeStatus> {} << ScopeState::Unknown << QString();
        QTest::newRow("nothing known")
            << QList<ProbeStatus> {probe("r", T::Readiness, P::Unknown), probe("l", T::Liveness, P::Unknown)}
            << ScopeState::Unknown << QString();
        QTest::newRow("one passes, one unknown")
            << QList<ProbeStatus> {probe("r", T::Readiness, P::Unknown), probe("l", T::Liveness, P::Passing)}
            << ScopeState::Up << QString();
        QTest::newRow("all pass") << QList<ProbeStatus> {probe("s", T::Startup, P::Passing),
                                                         probe("r", T::Readiness, P::Passing),
                                                         probe("l", T::Liveness, P::Passing)}
                                  << ScopeState::Up << QString();
        QTest::newRow("readiness fails")
            << QList<ProbeStatus> {probe("r", T::Readiness, P::Failing), probe("l", T::Liveness, P::Passing)}
            << ScopeState::NotReady << "readiness probe r: connection refused";
        QTest::newRow("liveness fails")
            << QList<ProbeStatus> {probe("r", T::Readiness, P::Passing), probe("l", T::Liveness, P::Failing)}
            << ScopeState::Down << "liveness probe l: connection refused";
        QTest::newRow("liveness beats readiness")
            << QList<ProbeStatus> {probe("r", T::Readiness, P::Failing), probe("l", T::Liveness, P::Failing)}
            << ScopeState::Down << "liveness probe l: connection refused";
        QTest::newRow("startup pending")
            << QList<ProbeStatus> {probe("s", T::Startup, P::Unknown), probe("r", T::Readiness, P::Unknown)}
            << ScopeState::Starting << "startup probe s";
        QTest::newRow("startup failing is still starting")
            << QList<ProbeStatus> {probe("s", T::Startup, P::Failing)} << ScopeState::Starting
            << "startup probe s: connection refused";
        QTest::newRow("a module's liveness takes the site down")
            << QList<ProbeStatus> {probe("r", T::Readiness, P::Passing),
                                   probe("l", T::Liveness, P::Failing, "farm")}
            << ScopeState::Down << "liveness probe l of farm: connection refused";
    }
    void rules()
    {
        QFETCH(QList<ProbeStatus>, probes);
        QFETCH(ScopeState, expected);
        QFETCH(QString, reason);
        const ScopeHealth h = ScopeHealth::evaluate(QStringLiteral("site"), {}, probes);
        QCOMPARE(h.state, expected);
        QCOMPARE(h.reason, reason);
        QCOMPARE(h.probes, int(probes.size()));
        QCOMPARE(h.scope(), QStringLiteral("site"));
    }

    void countsAndScope()
    {
        const ScopeHealth h = ScopeHealth::evaluate(QStringLiteral("site"), QStringLiteral("farm"),
                                                    {probe("a", T::Readiness, P::Passing, "farm"),
                                                     probe("b", T::Readiness, P::Failing, "farm"),
                                                     probe("c", T::Liveness, P::Unknown, "farm")});
        QCOMPARE(h.passing, 1);
        QCOMPARE(h.failing, 1);
        QCOMPARE(h.scope(), QStringLiteral("site/farm"));
    }
};

QTEST_GUILESS_MAIN(TestScopeHealth)
#include "tst_scopehealth.moc"
