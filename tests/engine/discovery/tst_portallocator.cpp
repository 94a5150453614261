#include "TestSupport.h"
#include "discovery/PortAllocator.h"
#include "discovery/SiteScanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using ms::ConflictKind;
using ms::ListeningPorts;
using ms::PortAllocator;
using ms::PortConflict;
using ms::PortPlan;
using ms::PortSource;
using ms::Site;

Q_DECLARE_METATYPE(ConflictKind)

namespace {

Site site(const QString& name, int port = 0, PortSource source = PortSource::None)
{
    Site s;
    s.name = name;
    s.path = "/apps/" + name;
    s.port = port;
    s.portSource = port ? (source == PortSource::None ? PortSource::EnvFile : source) : PortSource::None;
    s.portKey = s.portSource == PortSource::SiteJson ? "port" : port ? "PORT" : "";
    return s;
}

int portOf(const QList<Site>& sites, const QString& name)
{
    for (const Site& s : sites) {
        if (s.name == name)
            return s.port;
    }
    return -1;
}

QStringList describe(const QList<PortConflict>& conflicts)
{
    QStringList out;
    for (const PortConflict& c : conflicts) {
        out << QString("%1 %2 %3")
                   .arg(int(c.kind))
                   .arg(c.kind == ConflictKind::SharedDomain ? c.domain : QString::number(c.port))
                   .arg(c.sites.join(','));
    }
    return out;
}

// A /proc/net/tcp table in which @p ports listen on 0.0.0.0 (owner unknown).
QByteArray procTable(const QList<int>& ports)
{
    QByteArray table = "  sl  local_address rem_address   st tx_queue rx_queue tr tm->when retrnsmt   uid  "
                       "timeout inode\n";
    int n = 0;
    for (const int port : ports) {
        ++n;
        table += QByteArray("   ") + QByteArray::number(n)
            + ": 00000000:" + QByteArray::number(port, 16).toUpper().rightJustified(4, '0')
            + " 00000000:0000 0A 00000000:00000000 00:00000000 00000000  1000        0 "
            + QByteArray::number(90000 + n) + " 1 0000000000000000 100 0 0 10 0\n";
    }
    return table;
}

ListeningPorts systemPorts(const QSet<int>& resolve)
{
    auto ports = ListeningPorts::readSystem();
    if (!ports)
        return {};
    ports->resolveOwners(resolve);
    return *ports;
}

} // namespace

class TestPortAllocator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hashedPortIsStable_data();
    void hashedPortIsStable();
    void derivedPortsAvoidTakenOnesWhateverTheOrder();
    void derivationWrapsAtTheTop();
    void precedence_data();
    void precedence();
    void findsConflictsInTheFixture();
    void planMovesTheLaterSites_data();
    void planMovesTheLaterSites();
    void planChangesNothing();
    void applyRewritesOnlyThePortWithBackups();
    void applyRefusesAStalePlan();
    void listeningServerIsDetectedAndMovedAway();
    void derivedPortTakenIsWrittenToEnv();
    void siteRunningOnItsOwnPortIsInUseNotMoved();
    void unseenOwnerIsInUseNotMoved();

private:
    QString m_conflicts;
};

void TestPortAllocator::initTestCase()
{
    m_conflicts = TestSupport::fixturePath("discovery/apps-conflicts");
}

void TestPortAllocator::hashedPortIsStable_data()
{
    // FNV-1a 32 of the UTF-8 name, mod 7000, + 3000 — computed independently of the code under test.
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("port");
    QTest::newRow("a") << "a" << 8220; // fnv1a("a") = 0xe40c292c
    QTest::newRow("shop") << "shop" << 3857; // 0xa847e0a9
    QTest::newRow("delta") << "delta" << 7425;
    QTest::newRow("farm-north") << "farm-north" << 3303;
    QTest::newRow("utf-8") << QString::fromUtf8("café") << 7889;
    QTest::newRow("top of range") << "site-1360" << 9999;
}

void TestPortAllocator::hashedPortIsStable()
{
    QFETCH(QString, name);
    QFETCH(int, port);
    QCOMPARE(PortAllocator::hashedPort(name), port);
}

void TestPortAllocator::derivedPortsAvoidTakenOnesWhateverTheOrder()
{
    QList<Site> sites {site("shop"), site("x", 3857), site("y", 3858), site("delta"), site("a")};
    QList<Site> reversed(sites.crbegin(), sites.crend());
    PortAllocator::assignDerivedPorts(sites);
    PortAllocator::assignDerivedPorts(reversed);
    QCOMPARE(portOf(sites, "shop"), 3859); // 3857 and 3858 are declared
    QCOMPARE(portOf(sites, "delta"), 7425);
    QCOMPARE(portOf(sites, "a"), 8220);
    for (const Site& s : sites) {
        QCOMPARE(portOf(reversed, s.name), s.port);
        if (s.name == "shop" || s.name == "delta" || s.name == "a") {
            QCOMPARE(s.portSource, PortSource::Derived);
            QVERIFY(s.portKey.isEmpty());
        }
    }
}

void TestPortAllocator::derivationWrapsAtTheTop()
{
    QList<Site> sites {site("site-1360"), site("holder", 9999), site("low", 3000)};
    PortAllocator::assignDerivedPorts(sites);
    QCOMPARE(portOf(sites, "site-1360"), 3001);
}

void TestPortAllocator::precedence_data()
{
    QTest::addColumn<bool>("aDeclared");
    QTest::addColumn<QString>("a");
    QTest::addColumn<bool>("bDeclared");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("aFirst");
    QTest::newRow("declared before derived") << true << "zeta" << false << "alpha" << true;
    QTest::newRow("derived after declared") << false << "alpha" << true << "zeta" << false;
    QTest::newRow("then by name") << true << "alpha" << true << "beta" << true;
    QTest::newRow("then by name, derived") << false << "beta" << false << "alpha" << false;
}

void TestPortAllocator::precedence()
{
    QFETCH(bool, aDeclared);
    QFETCH(QString, a);
    QFETCH(bool, bDeclared);
    QFETCH(QString, b);
    QFETCH(bool, aFirst);
    Site x = site(a, 4000, aDeclared ? PortSource::EnvFile : PortSource::None);
    Site y = site(b, 4000, bDeclared ? PortSource::SiteJson : PortSource::None);
    if (!aDeclared)
        x.portSource = PortSource::Derived;
    if (!bDeclared)
        y.portSource = PortSource::Derived;
    QCOMPARE(PortAllocator::precedes(x, y), aFirst);
    QCOMPARE(PortAllocator::precedes(y, x), !aFirst);
}

void TestPortAllocator::findsConflictsInTheFixture()
{
    const ms::ScanResult scan = ms::SiteScanner::scan({m_conflicts});
    const QList<PortConflict> conflicts = PortAllocator::conflicts(scan.sites, ListeningPorts());
    QCOMPARE(describe(conflicts),
             QStringList({QString("%1 4100 alpha,beta,gamma").arg(int(ConflictKind::SharedPort)),
                          QString("%1 shared.example.org alpha,beta").arg(int(ConflictKind::SharedDomain))}));
    for (const PortConflict& c : conflicts)
        QVERIFY(!c.message.isEmpty());
}

void TestPortAllocator::planMovesTheLaterSites_data()
{
    QTest::addColumn<QList<int>>("listening");
    QTest::addColumn<QStringList>("moves");
    QTest::newRow("nothing listens") << QList<int> {}
                                     << QStringList {"beta 4100>4101 site.json port",
                                                     "gamma 4100>4102 .env SERVER_PORT"};
    QTest::newRow("4101 taken on the machine")
        << QList<int> {4101}
        << QStringList {"beta 4100>4102 site.json port", "gamma 4100>4103 .env SERVER_PORT"};
}

void TestPortAllocator::planMovesTheLaterSites()
{
    QFETCH(QList<int>, listening);
    QFETCH(QStringList, moves);
    const ms::ScanResult scan = ms::SiteScanner::scan({m_conflicts});
    const PortPlan plan
        = PortAllocator::plan(scan.sites, ListeningPorts::fromProcNet(procTable(listening), {}));
    QStringList got;
    for (const ms::PortMove& m : plan.moves) {
        got << QString("%1 %2>%3 %4 %5")
                   .arg(m.site)
                   .arg(m.from)
                   .arg(m.to)
                   .arg(QFileInfo(m.file).fileName(), m.key);
        QCOMPARE(m.reason, ConflictKind::SharedPort);
        QCOMPARE(m.sitePath, m_conflicts + '/' + m.site);
    }
    QCOMPARE(got, moves);
    // The shared domain needs a person: reported, not "fixed".
    QCOMPARE(plan.unresolved.size(), 1);
    QCOMPARE(plan.unresolved.constFirst().kind, ConflictKind::SharedDomain);
}

void TestPortAllocator::planChangesNothing()
{
    QTemporaryDir tmp;
    QVERIFY(TestSupport::copyTree(m_conflicts, tmp.path()));
    const QStringList before = QDir(tmp.path() + "/gamma").entryList(QDir::Files | QDir::Hidden);
    const QByteArray env = TestSupport::readFile(tmp.filePath("gamma/.env"));
    const PortPlan plan = PortAllocator::plan(ms::SiteScanner::scan({tmp.path()}).sites, ListeningPorts());
    QVERIFY(!plan.isEmpty());
    QCOMPARE(QDir(tmp.path() + "/gamma").entryList(QDir::Files | QDir::Hidden), before);
    QCOMPARE(TestSupport::readFile(tmp.filePath("gamma/.env")), env);
}

void TestPortAllocator::applyRewritesOnlyThePortWithBackups()
{
    QTemporaryDir tmp;
    QVERIFY(TestSupport::copyTree(m_conflicts, tmp.path()));
    const QByteArray betaBefore = TestSupport::readFile(tmp.filePath("beta/site.json"));
    const QByteArray gammaBefore = TestSupport::readFile(tmp.filePath("gamma/.env"));
    const QByteArray alphaBefore = TestSupport::readFile(tmp.filePath("alpha/.env"));

    const PortPlan plan = PortAllocator::plan(ms::SiteScanner::scan({tmp.path()}).sites, ListeningPorts());
    const ms::ManualClock clock(QDateTime(QDate(2026, 5, 6), QTime(7, 8, 9), Qt::UTC));
    const ms::PortApplyReport report = PortAllocator::apply(plan, clock);
    QVERIFY(report.ok());
    QCOMPARE(report.changes.size(), 2);
    QCOMPARE(report.changes.at(0).path, tmp.filePath("beta/site.json"));
    QCOMPARE(report.changes.at(0).key, QString("port"));
    QCOMPARE(report.changes.at(0).backupPath, tmp.filePath("beta/site.json.20260506T070809Z.bak"));
    QCOMPARE(report.changes.at(1).path, tmp.filePath("gamma/.env"));
    QCOMPARE(report.changes.at(1).key, QString("SERVER_PORT"));
    QCOMPARE(report.changes.at(1).backupPath, tmp.filePath("gamma/.env.20260506T070809Z.bak"));

    QByteArray betaAfter = betaBefore;
    betaAfter.replace("\"port\": 4100", "\"port\": 4101");
    QCOMPARE(TestSupport::readFile(tmp.filePath("beta/site.json")), betaAfter);
    QByteArray gammaAfter = gammaBefore;
    gammaAfter.replace("SERVER_PORT=4100 # moved", "SERVER_PORT=4102 # moved");
    QCOMPARE(TestSupport::readFile(tmp.filePath("gamma/.env")), gammaAfter);
    QCOMPARE(TestSupport::readFile(report.changes.at(0).backupPath), betaBefore);
    QCOMPARE(TestSupport::readFile(report.changes.at(1).backupPath), gammaBefore);
    QCOMPARE(TestSupport::readFile(tmp.filePath("alpha/.env")), alphaBefore);
    QCOMPARE(QDir(tmp.filePath("alpha")).entryList(QDir::Files | QDir::Hidden), QStringList {".env"});

    // Scanned again, only the domain is left for a person.
    const QList<PortConflict> left
        = PortAllocator::conflicts(ms::SiteScanner::scan({tmp.path()}).sites, ListeningPorts());
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.constFirst().kind, ConflictKind::SharedDomain);
}

void TestPortAllocator::applyRefusesAStalePlan()
{
    QTemporaryDir tmp;
    QVERIFY(TestSupport::copyTree(m_conflicts, tmp.path()));
    const PortPlan plan = PortAllocator::plan(ms::SiteScanner::scan({tmp.path()}).sites, ListeningPorts());
    QVERIFY(TestSupport::writeFile(tmp.filePath("gamma/.env"),
                                   "SERVER_PORT=4200\n")); // an administrator was faster
    const ms::PortApplyReport report = PortAllocator::apply(plan);
    QVERIFY(!report.ok());
    QCOMPARE(report.errors.size(), 1);
    QCOMPARE(report.errors.constFirst().code(), ms::ErrorCode::Conflict);
    QCOMPARE(report.errors.constFirst().subject(), tmp.filePath("gamma/.env"));
    QCOMPARE(report.changes.size(), 1); // beta still moved
    QCOMPARE(TestSupport::readFile(tmp.filePath("gamma/.env")), QByteArray("SERVER_PORT=4200\n"));
    QCOMPARE(QDir(tmp.filePath("gamma")).entryList(QDir::Files | QDir::Hidden), QStringList {".env"});
}

void TestPortAllocator::listeningServerIsDetectedAndMovedAway()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::Any, 0));
    const int port = server.serverPort();
    QTemporaryDir tmp;
    QVERIFY(TestSupport::writeFile(
        tmp.filePath("busy/.env"),
        "# a site someone else's server squats on\nPORT=" + QByteArray::number(port) + "\n"));
    const QList<Site> sites = ms::SiteScanner::scan({tmp.path()}).sites;
    const ListeningPorts listening = systemPorts({port});

    const QList<PortConflict> conflicts = PortAllocator::conflicts(sites, listening);
    QCOMPARE(conflicts.size(), 1);
    const PortConflict& c = conflicts.constFirst();
    QCOMPARE(c.kind, ConflictKind::PortTaken);
    QCOMPARE(c.port, port);
    QCOMPARE(c.sites, QStringList {"busy"});
    QVERIFY(!c.listeners.isEmpty());
    QCOMPARE(c.listeners.constFirst().pid, QCoreApplication::applicationPid());
    QVERIFY(c.message.contains(QString::number(QCoreApplication::applicationPid())));

    const PortPlan plan = PortAllocator::plan(sites, listening);
    QCOMPARE(plan.moves.size(), 1);
    const ms::PortMove& move = plan.moves.constFirst();
    QCOMPARE(move.reason, ConflictKind::PortTaken);
    QVERIFY(move.to >= PortAllocator::FirstPort && move.to <= PortAllocator::LastPort);
    QVERIFY(!listening.isListening(move.to));
    const ms::PortApplyReport report = PortAllocator::apply(plan);
    QVERIFY(report.ok());
    QCOMPARE(report.changes.size(), 1);
    QVERIFY(QFile::exists(report.changes.constFirst().backupPath));
    QCOMPARE(ms::SiteScanner::scan({tmp.path()}).sites.constFirst().port, move.to);
}

void TestPortAllocator::derivedPortTakenIsWrittenToEnv()
{
    // A name whose derived port we can occupy here.
    QTcpServer server;
    QString name;
    for (int i = 0; i < 100 && name.isEmpty(); ++i) {
        const QString candidate = QString("tenant-%1").arg(i);
        if (server.listen(QHostAddress::AnyIPv4, quint16(PortAllocator::hashedPort(candidate))))
            name = candidate;
    }
    QVERIFY(!name.isEmpty());
    QTemporaryDir tmp;
    QVERIFY(TestSupport::writeFile(tmp.filePath(name + "/package.json"), R"({"name": "x"})"));
    const QList<Site> sites = ms::SiteScanner::scan({tmp.path()}).sites;
    QCOMPARE(sites.constFirst().portSource, PortSource::Derived);
    QCOMPARE(sites.constFirst().port, int(server.serverPort()));

    const PortPlan plan = PortAllocator::plan(sites, systemPorts({server.serverPort()}));
    QCOMPARE(plan.moves.size(), 1);
    QCOMPARE(plan.moves.constFirst().file, tmp.filePath(name + "/.env"));
    QCOMPARE(plan.moves.constFirst().key, QString("PORT"));
    const ms::PortApplyReport report = PortAllocator::apply(plan);
    QVERIFY(report.ok());
    QCOMPARE(report.changes.size(), 1);
    QVERIFY(report.changes.constFirst().backupPath.isEmpty()); // there was no .env to back up
    QCOMPARE(TestSupport::readFile(tmp.filePath(name + "/.env")),
             "PORT=" + QByteArray::number(plan.moves.constFirst().to) + "\n");
    const Site after = ms::SiteScanner::scan({tmp.path()}).sites.constFirst();
    QCOMPARE(after.portSource, PortSource::EnvFile);
    QCOMPARE(after.port, plan.moves.constFirst().to);
}

void TestPortAllocator::siteRunningOnItsOwnPortIsInUseNotMoved()
{
    const QString python = QStandardPaths::findExecutable("python3");
    QVERIFY2(!python.isEmpty(), "python3 is needed (scripts/bootstrap installs it)");
    QTcpServer probe; // find a free port, then hand it to the site
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const int port = probe.serverPort();
    probe.close();

    QTemporaryDir tmp;
    QVERIFY(TestSupport::writeFile(tmp.filePath("running/.env"), "PORT=" + QByteArray::number(port) + "\n"));
    QProcess server;
    server.setWorkingDirectory(tmp.filePath("running")); // the site's own server runs from its folder
    server.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server.start(python, {"-m", "http.server", "--bind", "127.0.0.1", QString::number(port)});
    QVERIFY(server.waitForStarted());
    auto stop = qScopeGuard([&] {
        server.kill();
        server.waitForFinished();
    });
    QTRY_VERIFY_WITH_TIMEOUT(systemPorts({}).isListening(port), 10000);

    const QList<Site> sites = ms::SiteScanner::scan({tmp.path()}).sites;
    const ListeningPorts listening = systemPorts({port});
    const QList<PortConflict> conflicts = PortAllocator::conflicts(sites, listening);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().kind, ConflictKind::InUseOnMachine);
    QCOMPARE(conflicts.constFirst().listeners.constFirst().pid, server.processId());
    QVERIFY(conflicts.constFirst().message.contains("in use on this machine"));
    const PortPlan plan = PortAllocator::plan(sites, listening);
    QVERIFY(plan.moves.isEmpty());
    QCOMPARE(plan.unresolved.size(), 1);
    QCOMPARE(plan.unresolved.constFirst().kind, ConflictKind::InUseOnMachine);
}

void TestPortAllocator::unseenOwnerIsInUseNotMoved()
{
    const QList<Site> sites {site("www", 8080)};
    const ListeningPorts listening = ListeningPorts::fromProcNet(procTable({8080}), {});
    const QList<PortConflict> conflicts = PortAllocator::conflicts(sites, listening);
    QCOMPARE(conflicts.size(), 1);
    QCOMPARE(conflicts.constFirst().kind, ConflictKind::InUseOnMachine);
    QVERIFY(conflicts.constFirst().message.contains("owner not visible"));
    QVERIFY(PortAllocator::plan(sites, listening).moves.isEmpty());
}

QTEST_GUILESS_MAIN(TestPortAllocator)
#include "tst_portallocator.moc"
