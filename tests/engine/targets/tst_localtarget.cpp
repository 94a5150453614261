// LocalTarget on real folders: staging and activation (rename, `current` and `previous`
// links, the lock), rollback, retention, uninstall order and refusals, and the primitives
// recovery puts a site back with.
#include "TestRegistry.h"
#include "TestSupport.h"
#include "targets/LocalTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using ms::ErrorCode;
using ms::LocalTarget;
using ms::ModulesLock;
using ms::Version;

namespace {

Version v(const char* text)
{
    return *Version::parse(QString::fromLatin1(text));
}

QString readLink(const QString& path)
{
    char buffer[256];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buffer, sizeof buffer);
    return n < 0 ? QString() : QString::fromUtf8(buffer, n);
}

} // namespace

class TestLocalTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void layoutAndDefaults();
    void activateMovesLinksAndLocks();
    void activateAgainKeepsPreviousAndRefusesTheActiveVersion();
    void activateReplacesAnOlderCopy();
    void rollbackSwapsCurrentAndPrevious();
    void retentionKeepsCurrentPreviousAndNewest_data();
    void retentionKeepsCurrentPreviousAndNewest();
    void enableDisableTouchOnlyTheLock();
    void uninstallOrderRefusesOrCascades();
    void removalsAndLeftovers();
    void linkPrimitivesAreIdempotent();
    void brokenLinksAreReported();
    void stagingFailureLeavesNothing();

private:
    /// Unpacks the fixture package @p folder (tests/fixtures/lifecycle/packages) into a fresh staging folder.
    QString stage(const QString& folder, const QString& tag);
    void activate(const QString& module, const char* version, const QString& folder);

    QTemporaryDir m_packages;
    std::unique_ptr<QTemporaryDir> m_site;
    std::unique_ptr<LocalTarget> t;
};

void TestLocalTarget::initTestCase()
{
    QVERIFY(m_packages.isValid());
    for (const char* folder : {"inventory-2.0.0", "inventory-2.1.0", "farm_manager-1.8.0",
                               "farm_manager-1.9.0", "reports-1.0.0"}) {
        QString error;
        QVERIFY2(
            TestRegistry::packFolder(TestSupport::fixturePath(QStringLiteral("lifecycle/packages/") + folder),
                                     m_packages.filePath(QString::fromLatin1(folder) + ".tar.gz"), &error),
            qPrintable(error));
    }
}

void TestLocalTarget::init()
{
    m_site = std::make_unique<QTemporaryDir>();
    t = std::make_unique<LocalTarget>(m_site->path());
}

QString TestLocalTarget::stage(const QString& folder, const QString& tag)
{
    const QString staging = t->stagingPath(tag);
    auto summary = t->stage(m_packages.filePath(folder + ".tar.gz"), staging);
    if (!summary)
        qWarning("%s", qPrintable(summary.error().toString()));
    return staging;
}

void TestLocalTarget::activate(const QString& module, const char* version, const QString& folder)
{
    const QString staging = stage(folder, module + u'-' + QString::fromLatin1(version));
    const auto activated = t->activate(module, v(version), staging, t->trashPath(module + "-old"), true);
    QVERIFY2(activated, qPrintable(activated.error().toString()));
}

void TestLocalTarget::layoutAndDefaults()
{
    QCOMPARE(t->modulesDir(), m_site->path() + "/modules");
    QCOMPARE(t->lockPath(), m_site->path() + "/modules.lock.json");
    QCOMPARE(t->versionDir("inventory", v("2.1.0")), m_site->path() + "/modules/inventory/2.1.0");
    QCOMPARE(t->linkPath("inventory", LocalTarget::Link::Current),
             m_site->path() + "/modules/inventory/current");
    QCOMPARE(t->stagingPath("7-inventory"), m_site->path() + "/modules/.mothership-staging-7-inventory");
    const LocalTarget custom(m_site->path(), "lib/plugins");
    QCOMPARE(custom.modulesDir(), m_site->path() + "/lib/plugins");
    const LocalTarget absolute(m_site->path(), "/opt/plugins");
    QCOMPARE(absolute.modulesDir(), QStringLiteral("/opt/plugins"));
    // Nothing installed: an empty lock, no links, no versions.
    QVERIFY(t->readLock()->entries().isEmpty());
    QVERIFY(!*t->linkedVersion("inventory", LocalTarget::Link::Current));
    QVERIFY(t->versionsOnDisk("inventory")->isEmpty());
    QVERIFY(t->leftovers().isEmpty());
}

void TestLocalTarget::activateMovesLinksAndLocks()
{
    QStringList steps;
    const QString staging = stage("inventory-2.1.0", "1-inventory");
    QVERIFY(QFileInfo(staging + "/manifest.json").isFile());
    QCOMPARE(t->leftovers(), QStringList {staging});
    QVERIFY(t->activate("inventory", v("2.1.0"), staging, t->trashPath("1-inventory-old"), false,
                        [&](const char* step) { steps << QString::fromLatin1(step); })
                .ok());
    QCOMPARE(steps, (QStringList {"moved", "switched", "locked"}));
    QVERIFY(!QFileInfo::exists(staging));
    QVERIFY(QFileInfo(t->versionDir("inventory", v("2.1.0")) + "/lib/stock.js").isFile());
    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(t->versionDir("inventory", v("2.1.0"))).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0755)); // staging was private; the version is for the runtime to read
    QCOMPARE(readLink(t->linkPath("inventory", LocalTarget::Link::Current)),
             QStringLiteral("2.1.0")); // relative
    QCOMPARE(QFileInfo(t->linkPath("inventory", LocalTarget::Link::Current) + "/index.js").isFile(), true);
    QVERIFY(!QFileInfo::exists(t->linkPath("inventory", LocalTarget::Link::Previous)));
    QCOMPARE(**t->linkedVersion("inventory", LocalTarget::Link::Current), v("2.1.0"));
    QCOMPARE(
        *t->manifest("inventory", v("2.1.0")),
        *ms::Manifest::load(TestSupport::fixturePath("lifecycle/packages/inventory-2.1.0/manifest.json")));

    const QByteArray lock = TestSupport::readFile(t->lockPath());
    QCOMPARE(
        QJsonDocument::fromJson(lock).toJson(QJsonDocument::Compact),
        QByteArray(
            R"({"modules":[{"enabled":false,"module_name":"inventory","version":"2.1.0"}],"schema":1})"));
    QVERIFY(t->leftovers().isEmpty());
    // The modules directory holds only the module; the site only the lock and the modules.
    QCOMPARE(QDir(t->modulesDir()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList {"inventory"});
    QCOMPARE(QDir(t->moduleDir("inventory"))
                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System),
             (QStringList {"2.1.0", "current"}));
}

void TestLocalTarget::activateAgainKeepsPreviousAndRefusesTheActiveVersion()
{
    activate("farm_manager", "1.8.0", "farm_manager-1.8.0");
    activate("farm_manager", "1.9.0", "farm_manager-1.9.0");
    QCOMPARE(readLink(t->linkPath("farm_manager", LocalTarget::Link::Current)), QStringLiteral("1.9.0"));
    QCOMPARE(readLink(t->linkPath("farm_manager", LocalTarget::Link::Previous)), QStringLiteral("1.8.0"));
    QCOMPARE(*t->versionsOnDisk("farm_manager"), (QList<Version> {v("1.8.0"), v("1.9.0")}));
    QCOMPARE(t->readLock()->find("farm_manager")->version, v("1.9.0"));

    const QString staging = stage("farm_manager-1.9.0", "again");
    const auto refused = t->activate("farm_manager", v("1.9.0"), staging, t->trashPath("again-old"), true);
    QCOMPARE(refused.error().code(), ErrorCode::Conflict);
    QVERIFY(QFileInfo::exists(staging)); // refused before anything moved
    QCOMPARE(readLink(t->linkPath("farm_manager", LocalTarget::Link::Current)), QStringLiteral("1.9.0"));
}

void TestLocalTarget::activateReplacesAnOlderCopy()
{
    activate("inventory", "2.1.0", "inventory-2.1.0");
    activate("inventory", "2.0.0", "inventory-2.0.0");
    QVERIFY(QFile(t->versionDir("inventory", v("2.1.0")) + "/stale").open(QIODevice::WriteOnly));
    const QString staging = stage("inventory-2.1.0", "back");
    QVERIFY(t->activate("inventory", v("2.1.0"), staging, t->trashPath("back-old"), true).ok());
    QVERIFY(!QFileInfo::exists(t->versionDir("inventory", v("2.1.0")) + "/stale"));
    QVERIFY(QFileInfo::exists(t->trashPath("back-old") + "/stale")); // the caller removes it once committed
    QCOMPARE(readLink(t->linkPath("inventory", LocalTarget::Link::Previous)), QStringLiteral("2.0.0"));
}

void TestLocalTarget::rollbackSwapsCurrentAndPrevious()
{
    activate("farm_manager", "1.8.0", "farm_manager-1.8.0");
    QCOMPARE(t->rollback("farm_manager").error().code(), ErrorCode::NotFound); // nothing before it
    activate("farm_manager", "1.9.0", "farm_manager-1.9.0");
    QVERIFY(t->setEnabled({"farm_manager"}, false).ok());
    auto back = t->rollback("farm_manager");
    QVERIFY(back);
    QCOMPARE(*back, v("1.8.0"));
    QCOMPARE(readLink(t->linkPath("farm_manager", LocalTarget::Link::Current)), QStringLiteral("1.8.0"));
    QCOMPARE(readLink(t->linkPath("farm_manager", LocalTarget::Link::Previous)), QStringLiteral("1.9.0"));
    const ModulesLock::Entry entry = *t->readLock()->find("farm_manager");
    QCOMPARE(entry.version, v("1.8.0"));
    QCOMPARE(entry.enabled, false); // rollback changes the version, not whether it is loaded
    // And forward again.
    QCOMPARE(*t->rollback("farm_manager"), v("1.9.0"));
    QCOMPARE(t->rollback("reports").error().code(), ErrorCode::NotFound);
}

void TestLocalTarget::retentionKeepsCurrentPreviousAndNewest_data()
{
    QTest::addColumn<int>("keep");
    QTest::addColumn<QStringList>("left");
    // On disk 1.0.0 … 1.4.0; previous 1.0.0 (an old version rolled forward from), current 1.2.0.
    QTest::newRow("keep 1") << 1 << QStringList {"1.0.0", "1.2.0"};
    QTest::newRow("keep 2") << 2 << QStringList {"1.0.0", "1.2.0"};
    QTest::newRow("keep 3") << 3 << QStringList {"1.0.0", "1.2.0", "1.4.0"};
    QTest::newRow("keep 4") << 4 << QStringList {"1.0.0", "1.2.0", "1.3.0", "1.4.0"};
    QTest::newRow("keep 9") << 9 << QStringList {"1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0"};
}

void TestLocalTarget::retentionKeepsCurrentPreviousAndNewest()
{
    QFETCH(int, keep);
    QFETCH(QStringList, left);
    for (const char* version : {"1.0.0", "1.1.0", "1.2.0", "1.3.0", "1.4.0"})
        QVERIFY(QDir().mkpath(t->versionDir("reports", v(version))));
    QVERIFY(t->pointLink("reports", LocalTarget::Link::Current, v("1.2.0")).ok());
    QVERIFY(t->pointLink("reports", LocalTarget::Link::Previous, v("1.0.0")).ok());
    auto removed = t->applyRetention("reports", keep, "9");
    QVERIFY2(removed, qPrintable(removed.error().toString()));
    QStringList remaining;
    const auto onDisk = t->versionsOnDisk("reports");
    for (const Version& version : *onDisk)
        remaining << version.toFullString();
    QCOMPARE(remaining, left);
    QCOMPARE(removed->size(), 5 - left.size());
    QVERIFY(t->leftovers().isEmpty()); // each went through trash, and the trash is gone
    QCOMPARE(t->applyRetention("reports", -1, "9").error().code(), ErrorCode::InvalidArgument);
}

void TestLocalTarget::enableDisableTouchOnlyTheLock()
{
    activate("inventory", "2.1.0", "inventory-2.1.0");
    activate("farm_manager", "1.9.0", "farm_manager-1.9.0");
    const QStringList files = QDir(t->moduleDir("inventory")).entryList();
    QVERIFY(t->setEnabled({"inventory", "farm_manager"}, false).ok());
    QCOMPARE(t->readLock()->find("inventory")->enabled, false);
    QCOMPARE(t->readLock()->find("farm_manager")->enabled, false);
    QCOMPARE(QDir(t->moduleDir("inventory")).entryList(), files);
    QCOMPARE(t->setEnabled({"reports"}, true).error().code(), ErrorCode::NotFound);
    QCOMPARE(t->readLock()->find("inventory")->enabled, false); // a refused call changes nothing
}

void TestLocalTarget::uninstallOrderRefusesOrCascades()
{
    activate("inventory", "2.1.0", "inventory-2.1.0");
    activate("farm_manager", "1.9.0", "farm_manager-1.9.0");
    activate("reports", "1.0.0", "reports-1.0.0");
    QCOMPARE(*t->dependents("inventory"), (QStringList {"reports", "farm_manager"}));
    QCOMPARE(*t->dependents("reports"), QStringList {});

    const auto refused = t->uninstallOrder("inventory", false);
    QCOMPARE(refused.error().code(), ErrorCode::Conflict);
    QCOMPARE(refused.error().message(),
             QStringLiteral("inventory is needed by enabled modules: reports, farm_manager; uninstall them "
                            "first, or cascade"));
    QCOMPARE(*t->uninstallOrder("inventory", true), (QStringList {"reports", "farm_manager", "inventory"}));
    QCOMPARE(*t->uninstallOrder("reports", false), QStringList {"reports"});
    // Disabled dependents do not block an uninstall.
    QVERIFY(t->setEnabled({"reports", "farm_manager"}, false).ok());
    QCOMPARE(*t->uninstallOrder("inventory", false), QStringList {"inventory"});
    QCOMPARE(t->uninstallOrder("weather", false).error().code(), ErrorCode::NotFound);
}

void TestLocalTarget::removalsAndLeftovers()
{
    activate("inventory", "2.1.0", "inventory-2.1.0");
    activate("reports", "1.0.0", "reports-1.0.0");
    QVERIFY(t->removeFromLock({"reports"}, false).ok());
    QVERIFY(!t->readLock()->find("reports"));
    QVERIFY(t->removeModuleFiles("reports", t->trashPath("3-reports-files")).ok());
    QVERIFY(!QFileInfo::exists(t->moduleDir("reports")));
    QVERIFY(t->removeModuleFiles("reports", t->trashPath("3-reports-files")).ok()); // again: nothing to do
    QVERIFY(t->removeFromLock({"inventory"}, true).ok());
    QVERIFY(!QFileInfo::exists(t->lockPath())); // the last entry gone and asked to: no lock file

    // What a crash leaves: staging, trash, a half-made link.
    QVERIFY(QDir().mkpath(t->stagingPath("5-x") + "/deep/er"));
    QVERIFY(QDir().mkpath(t->trashPath("5-y")));
    QVERIFY(QFile::link("2.1.0", t->moduleDir("inventory") + "/.current.new"));
    QCOMPARE(t->leftovers().size(), 3);
    QVERIFY(t->removeLeftovers().ok());
    QVERIFY(t->leftovers().isEmpty());
    QVERIFY(QFileInfo(t->versionDir("inventory", v("2.1.0"))).isDir());
    QVERIFY(t->removeDirectoryIfEmpty(t->moduleDir("inventory")).ok());
    QVERIFY(QFileInfo::exists(t->moduleDir("inventory"))); // not empty: kept
}

void TestLocalTarget::linkPrimitivesAreIdempotent()
{
    QVERIFY(QDir().mkpath(t->versionDir("inventory", v("2.0.0"))));
    QVERIFY(t->pointLink("inventory", LocalTarget::Link::Current, v("2.0.0")).ok());
    QVERIFY(t->pointLink("inventory", LocalTarget::Link::Current, v("2.0.0")).ok());
    QCOMPARE(readLink(t->linkPath("inventory", LocalTarget::Link::Current)), QStringLiteral("2.0.0"));
    QVERIFY(t->pointLink("inventory", LocalTarget::Link::Current, std::nullopt).ok());
    QVERIFY(t->pointLink("inventory", LocalTarget::Link::Current, std::nullopt).ok());
    QVERIFY(!QFileInfo::exists(t->linkPath("inventory", LocalTarget::Link::Current)));

    const ModulesLock::Entry entry {"inventory", v("2.0.0"), true};
    QVERIFY(t->setLockEntry("inventory", entry, true).ok());
    const QByteArray once = TestSupport::readFile(t->lockPath());
    QVERIFY(t->setLockEntry("inventory", entry, true).ok());
    QCOMPARE(TestSupport::readFile(t->lockPath()), once);
    QVERIFY(t->setLockEntry("inventory", std::nullopt, true).ok());
    QVERIFY(!QFileInfo::exists(t->lockPath()));
    QVERIFY(t->setLockEntry("inventory", std::nullopt, false).ok());
    QVERIFY(QFileInfo::exists(t->lockPath())); // kept, empty, when the caller wants a lock file
    QVERIFY(t->readLock()->entries().isEmpty());
}

void TestLocalTarget::brokenLinksAreReported()
{
    QVERIFY(QDir().mkpath(t->moduleDir("inventory")));
    QVERIFY(QFile::link("9.9.9", t->linkPath("inventory", LocalTarget::Link::Current)));
    QCOMPARE(t->linkedVersion("inventory", LocalTarget::Link::Current).error().code(), ErrorCode::Validation);
    QVERIFY(QFile::remove(t->linkPath("inventory", LocalTarget::Link::Current)));
    QVERIFY(QFile::link("../../elsewhere", t->linkPath("inventory", LocalTarget::Link::Current)));
    QCOMPARE(t->linkedVersion("inventory", LocalTarget::Link::Current).error().code(), ErrorCode::Validation);
    QVERIFY(QFile::remove(t->linkPath("inventory", LocalTarget::Link::Current)));
    QVERIFY(QDir().mkpath(t->linkPath("inventory", LocalTarget::Link::Current))); // a folder, not a link
    QCOMPARE(t->linkedVersion("inventory", LocalTarget::Link::Current).error().code(), ErrorCode::Validation);
}

void TestLocalTarget::stagingFailureLeavesNothing()
{
    const QString bogus = m_packages.filePath("bogus.tar.gz");
    QVERIFY(TestSupport::writeFile(bogus, QByteArray(4096, 'x')));
    const auto staged = t->stage(bogus, t->stagingPath("4-bogus"));
    QVERIFY(!staged);
    QVERIFY(!QFileInfo::exists(t->stagingPath("4-bogus")));
    QVERIFY(t->leftovers().isEmpty());
}

QTEST_GUILESS_MAIN(TestLocalTarget)
#include "tst_localtarget.moc"
