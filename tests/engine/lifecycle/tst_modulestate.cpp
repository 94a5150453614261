// The module state machine (DESIGN.md "Module states") and StateRecorder, which checks every
// transition against it, stores it with time and operation, and audits it.
#include "audit/AuditLog.h"
#include "lifecycle/ModuleState.h"
#include "lifecycle/StateRecorder.h"
#include "store/Database.h"
#include "store/ModuleStateRepository.h"

#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using ms::ModuleState;
using ms::ModuleStateMachine;
using ms::StateRecorder;

Q_DECLARE_METATYPE(ms::ModuleState)

namespace {

// The table as DESIGN.md draws it, typed in again here (not read from the code under test),
// plus the additions docs/lifecycle.md documents.
const QList<QPair<QString, QString>> kExpected = {
    {"available", "downloading"},
    {"downloading", "verifying"},
    {"verifying", "installing"},
    {"installing", "installed"},
    {"installed", "configuring"},
    {"configuring", "starting"},
    {"starting", "running"},
    {"running", "updating"},
    {"updating", "running"},
    {"updating", "rolling_back"},
    {"rolling_back", "running"},
    {"running", "stopping"},
    {"stopping", "installed"},
    {"installed", "uninstalling"},
    {"uninstalling", "gone"},
    {"running", "maintenance"},
    {"maintenance", "running"},
    // documented additions
    {"running", "rolling_back"},
    {"rolling_back", "installed"},
    {"error", "downloading"},
    {"error", "updating"},
    {"error", "rolling_back"},
    {"error", "uninstalling"},
};

} // namespace

class TestModuleState : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyPairFollowsTheTable_data();
    void everyPairFollowsTheTable();
    void namesRoundTrip();
    void pathsAvoidErrorWhenTheyCan();

    void moveRecordsRowHistoryAndAudit();
    void refusedMoveWritesNothing();
    void goneDeletesTheRowButKeepsHistory();
    void moveAlongWalksTheTable();
    void adoptAndRestore();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ms::Database> m_db;
    std::unique_ptr<ms::AuditLog> m_audit;
    int m_run = 0;
};

void TestModuleState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestModuleState::init()
{
    auto db = ms::Database::open(m_dir.filePath(QStringLiteral("state-%1.db").arg(++m_run)));
    QVERIFY2(db, qPrintable(db.error().toString()));
    m_db = std::move(*db);
    m_audit = std::make_unique<ms::AuditLog>(*m_db);
}

void TestModuleState::cleanup()
{
    m_audit.reset();
    m_db.reset();
}

void TestModuleState::everyPairFollowsTheTable_data()
{
    QTest::addColumn<ModuleState>("from");
    QTest::addColumn<ModuleState>("to");
    QTest::addColumn<bool>("allowed");
    for (ModuleState from : ModuleStateMachine::all()) {
        for (ModuleState to : ModuleStateMachine::all()) {
            const QString f = ModuleStateMachine::name(from);
            const QString t = ModuleStateMachine::name(to);
            const bool expected = kExpected.contains({f, t})
                || (to == ModuleState::Error && from != ModuleState::Error && from != ModuleState::Gone);
            QTest::addRow("%s -> %s", qPrintable(f), qPrintable(t)) << from << to << expected;
        }
    }
}

void TestModuleState::everyPairFollowsTheTable()
{
    QFETCH(ModuleState, from);
    QFETCH(ModuleState, to);
    QFETCH(bool, allowed);
    QCOMPARE(ModuleStateMachine::allowed(from, to), allowed);
}

void TestModuleState::namesRoundTrip()
{
    QSet<QString> names;
    for (ModuleState s : ModuleStateMachine::all()) {
        const QString name = ModuleStateMachine::name(s);
        QVERIFY(!name.isEmpty());
        QCOMPARE(ModuleStateMachine::fromName(name), std::optional<ModuleState>(s));
        names.insert(name);
    }
    QCOMPARE(names.size(), 15);
    QVERIFY(!ModuleStateMachine::fromName(u"runnning").has_value());
}

void TestModuleState::pathsAvoidErrorWhenTheyCan()
{
    using S = ModuleState;
    QCOMPARE(StateRecorder::path(S::Stopping, S::Uninstalling), (QList<S> {S::Installed, S::Uninstalling}));
    QCOMPARE(StateRecorder::path(S::Installed, S::Running),
             (QList<S> {S::Configuring, S::Starting, S::Running}));
    QCOMPARE(StateRecorder::path(S::Updating, S::Running), (QList<S> {S::Running}));
    // Error is a last resort: a download reaches gone through the table's own steps.
    QCOMPARE(StateRecorder::path(S::Downloading, S::Gone),
             (QList<S> {S::Verifying, S::Installing, S::Installed, S::Uninstalling, S::Gone}));
    QCOMPARE(StateRecorder::path(S::Starting, S::Error), QList<S> {S::Error});
    // Ties go to the state declared first: updating before rolling_back.
    QCOMPARE(StateRecorder::path(S::Error, S::Running), (QList<S> {S::Updating, S::Running}));
    QVERIFY(StateRecorder::path(S::Gone, S::Running).isEmpty());
}

void TestModuleState::moveRecordsRowHistoryAndAudit()
{
    StateRecorder recorder(*m_db, m_audit.get());
    QCOMPARE(*recorder.state("clinic", "inventory"), ModuleState::Available);
    QVERIFY(recorder.move("clinic", "inventory", ModuleState::Downloading, {"2.1.0", "2.1.0", {}, 7}).ok());
    QVERIFY(recorder.move("clinic", "inventory", ModuleState::Verifying, {"2.1.0", "2.1.0", {}, 7}).ok());

    auto row = recorder.row("clinic", "inventory");
    QVERIFY(row && *row);
    QCOMPARE((*row)->state, QStringLiteral("verifying"));
    QCOMPARE((*row)->version, QStringLiteral("2.1.0"));
    QCOMPARE((*row)->targetVersion, QStringLiteral("2.1.0"));
    QCOMPARE((*row)->operationId, 7);
    QVERIFY((*row)->updatedAt.isValid());

    auto history = ms::ModuleStateRepository(*m_db).history("clinic", "inventory");
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).fromState, QStringLiteral("available"));
    QCOMPARE(history->at(0).toState, QStringLiteral("downloading"));
    QCOMPARE(history->at(1).fromState, QStringLiteral("downloading"));
    QCOMPARE(history->at(1).operationId, 7);
    QVERIFY(history->at(1).at.isValid());

    ms::AuditFilter filter;
    filter.action = QStringLiteral("module.state");
    auto audited = m_audit->entries(filter);
    QVERIFY(audited);
    QCOMPARE(audited->size(), 2);
    QCOMPARE(audited->first().message, QStringLiteral("downloading → verifying"));
    QCOMPARE(audited->first().operationId, 7);
    QVERIFY(m_audit->verify()->intact);
}

void TestModuleState::refusedMoveWritesNothing()
{
    StateRecorder recorder(*m_db, m_audit.get());
    const auto refused = recorder.move("clinic", "inventory", ModuleState::Running, {"2.1.0", {}, {}, 1});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ms::ErrorCode::Conflict);
    QCOMPARE(refused.error().message(), QStringLiteral("a module cannot go from available to running"));
    QCOMPARE(refused.error().subject(), QStringLiteral("clinic/inventory"));
    QVERIFY(!*recorder.row("clinic", "inventory"));
    QVERIFY(ms::ModuleStateRepository(*m_db).history("clinic")->isEmpty());
    QVERIFY(m_audit->entries()->isEmpty());
}

void TestModuleState::goneDeletesTheRowButKeepsHistory()
{
    StateRecorder recorder(*m_db, m_audit.get());
    QVERIFY(
        recorder.adopt("clinic", "reports", ModuleState::Installed, {"1.0.0", {}, "found on disk", 0}).ok());
    QVERIFY(recorder.move("clinic", "reports", ModuleState::Uninstalling, {"1.0.0", {}, {}, 3}).ok());
    QVERIFY(recorder.move("clinic", "reports", ModuleState::Gone, {"1.0.0", {}, {}, 3}).ok());
    QVERIFY(!*recorder.row("clinic", "reports"));
    QCOMPARE(*recorder.state("clinic", "reports"), ModuleState::Available);
    auto history = ms::ModuleStateRepository(*m_db).history("clinic", "reports");
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).fromState, QString()); // adopted
    QCOMPARE(history->last().toState, QStringLiteral("gone"));
    // A module can be installed again after it is gone.
    QVERIFY(recorder.move("clinic", "reports", ModuleState::Downloading, {"1.0.0", "1.0.0", {}, 4}).ok());
}

void TestModuleState::moveAlongWalksTheTable()
{
    StateRecorder recorder(*m_db, m_audit.get());
    QVERIFY(recorder.adopt("clinic", "inventory", ModuleState::Installed, {"2.1.0", {}, {}, 0}).ok());
    QVERIFY(recorder.moveAlong("clinic", "inventory", ModuleState::Running, {"2.1.0", {}, {}, 9}).ok());
    auto history = ms::ModuleStateRepository(*m_db).history("clinic", "inventory");
    QStringList states;
    for (const ms::ModuleStateChange& c : *history)
        states << c.toState;
    QCOMPARE(states, (QStringList {"installed", "configuring", "starting", "running"}));
    // Already there: nothing recorded.
    QVERIFY(recorder.moveAlong("clinic", "inventory", ModuleState::Running, {"2.1.0", {}, {}, 9}).ok());
    QCOMPARE(ms::ModuleStateRepository(*m_db).history("clinic", "inventory")->size(), 4);
    QVERIFY(!recorder.adopt("clinic", "inventory", ModuleState::Running, {}).ok());
}

void TestModuleState::adoptAndRestore()
{
    StateRecorder recorder(*m_db, m_audit.get());
    QVERIFY(recorder.adopt("clinic", "inventory", ModuleState::Running, {"2.0.0", {}, {}, 0}).ok());
    const auto before = *recorder.row("clinic", "inventory");
    QVERIFY(recorder.move("clinic", "inventory", ModuleState::Updating, {"2.0.0", "2.1.0", {}, 5}).ok());
    QVERIFY(recorder.move("clinic", "inventory", ModuleState::Error, {"2.0.0", {}, "boom", 5}).ok());
    QCOMPARE((*recorder.row("clinic", "inventory"))->reason, QStringLiteral("boom"));
    QVERIFY(recorder.restore("clinic", "inventory", before).ok());
    QCOMPARE(*recorder.row("clinic", "inventory"), before);
    QVERIFY(recorder.restore("clinic", "inventory", std::nullopt).ok());
    QVERIFY(!*recorder.row("clinic", "inventory"));
}

QTEST_GUILESS_MAIN(TestModuleState)
#include "tst_modulestate.moc"
