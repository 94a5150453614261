// SecretStore against the real keychain: gnome-keyring on a private D-Bus session
// (tests/scripts/with-keyring, which ctest uses for this suite). The no-keychain cases run
// this same binary again as a child with a broken D-Bus address, because QtKeychain and
// GDBus keep their connection for the life of a process.
#include "TestSupport.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QMutex>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <sys/stat.h>

using ms::ErrorCode;
using ms::SecretJob;
using ms::SecretStore;

namespace {

// What the child stores; the parent checks it never shows in the child's output.
const QByteArray ChildSecret = "child-secret-Zq8vN3wT5rYp";

QString codeOrOk(const ms::Error& error)
{
    return error.isError() ? ms::Error::codeName(error.code()) : QStringLiteral("ok");
}

// Child mode: probe, try to store and read back one secret, report in one line each.
int childMain()
{
    SecretStore::Options options;
    options.watchdogMs = qEnvironmentVariableIntValue("MS_CHILD_WATCHDOG_MS");
    options.fallbackPath = qEnvironmentVariable("MS_CHILD_FALLBACK");
    options.allowUnencryptedFallback = !options.fallbackPath.isEmpty();
    SecretStore store(options);
    QTextStream out(stdout);

    const ms::Status probe = store.probeBlocking();
    out << "probe\t" << codeOrOk(probe.error()) << '\t' << probe.error().message() << '\n';
    out << "backend\t" << QVariant::fromValue(store.backend()).toString() << '\n';
    const ms::Status write
        = store.writeBlocking(SecretStore::licenseKey("demo", "farm_manager"), ChildSecret);
    out << "write\t" << codeOrOk(write.error()) << '\t' << write.error().message() << '\n';
    const auto read = store.readBlocking(SecretStore::licenseKey("demo", "farm_manager"));
    out << "read\t" << (read ? (*read == ChildSecret ? "match" : "mismatch") : codeOrOk(read.error()))
        << '\n';
    out.flush();
    return 0;
}

QStringList g_messages;
QMutex g_messagesMutex;

void captureMessage(QtMsgType, const QMessageLogContext& context, const QString& message)
{
    QMutexLocker lock(&g_messagesMutex);
    g_messages.append(QString::fromLatin1(context.category ? context.category : "") + u": " + message);
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void keyNames();
    void probeFindsTheKeychain();
    void roundTripThroughGnomeKeyring();
    void asynchronousJobs();
    void refusesBadKeysWithoutTouchingAnything();
    void secretNeverReachesTheLog();

    void deadBusMeansNoKeychainAndNothingStored();
    void silentBusIsCutOffByTheWatchdog();
    void fallbackOnlyWhenOptedIn();

private:
    struct Child
    {
        QMap<QString, QStringList> lines; ///< first field → the other fields
        QByteArray output;
        int exitCode = -1;
    };
    // Runs this binary in child mode with D-Bus pointing at @p busAddress.
    Child runChild(const QString& busAddress, int watchdogMs, const QString& fallback = {});
    static QStringList filesUnder(const QString& dir);

    QTemporaryDir m_childHome;
};

void TestSecretStore::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // The in-process tests write to the session's keychain: make sure it is the throwaway one.
    QVERIFY2(
        qEnvironmentVariableIsSet("MOTHERSHIP_WITH_KEYRING_INSIDE"),
        "run this suite through tests/scripts/with-keyring (ctest does), never against your own keychain");
    QVERIFY(m_childHome.isValid());
}

void TestSecretStore::keyNames()
{
    QCOMPARE(SecretStore::licenseKey("salarium", "farm_manager"), "license/salarium/farm_manager");
    QCOMPARE(SecretStore::registryCredentialsKey("acme"), "registry/acme/credentials");
    QCOMPARE(SecretStore::agentTokenKey("latinos"), "agent/latinos/token");
    QVERIFY(SecretStore::defaultFallbackPath().endsWith("/secrets.unencrypted.json"));
}

void TestSecretStore::probeFindsTheKeychain()
{
    SecretStore store;
    QSignalSpy changed(&store, &SecretStore::backendChanged);
    QCOMPARE(store.backend(), SecretStore::Backend::Unknown);
    const ms::Status probe = store.probeBlocking();
    QVERIFY2(probe.ok(), qPrintable(probe.error().toString()));
    QCOMPARE(store.backend(), SecretStore::Backend::Keychain);
    QVERIFY(!store.keychainError().isError());
    QCOMPARE(changed.count(), 1);
    // The probe cleans up after itself.
    QByteArray out;
    QCOMPARE(TestSupport::run("secret-tool", {"search", "--all", "server", "mothership"}, &out), 0);
    QVERIFY2(!out.contains("probe/"), out.constData());
}

void TestSecretStore::roundTripThroughGnomeKeyring()
{
    SecretStore store;
    const QString key = SecretStore::licenseKey("salarium", "farm_manager");
    QCOMPARE(store.readBlocking(key).error().code(), ErrorCode::NotFound);

    QVERIFY(store.writeBlocking(key, "eyJhbGciOiJFZERTQSJ9.first.sig").ok());
    QCOMPARE(*store.readBlocking(key), QByteArray("eyJhbGciOiJFZERTQSJ9.first.sig"));
    // It is really in gnome-keyring, under QtKeychain's attributes.
    QByteArray found;
    QCOMPARE(TestSupport::run("secret-tool", {"lookup", "server", "mothership", "user", key}, &found), 0);
    QVERIFY(!found.isEmpty());

    QVERIFY(store.writeBlocking(key, "eyJhbGciOiJFZERTQSJ9.second.sig").ok());
    QCOMPARE(*store.readBlocking(key), QByteArray("eyJhbGciOiJFZERTQSJ9.second.sig"));

    const QByteArray binary("\x00\x01\xfe\xff credentials \n", 17);
    QVERIFY(store.writeBlocking(SecretStore::registryCredentialsKey("acme"), binary).ok());
    QCOMPARE(*store.readBlocking(SecretStore::registryCredentialsKey("acme")), binary);

    QVERIFY(store.removeBlocking(key).ok());
    QCOMPARE(store.readBlocking(key).error().code(), ErrorCode::NotFound);
    QVERIFY(store.removeBlocking(key).ok()); // already gone: still fine
    QVERIFY(TestSupport::run("secret-tool", {"lookup", "server", "mothership", "user", key}) != 0);
    QCOMPARE(*store.readBlocking(SecretStore::registryCredentialsKey("acme")), binary);
    QVERIFY(store.removeBlocking(SecretStore::registryCredentialsKey("acme")).ok());
}

void TestSecretStore::asynchronousJobs()
{
    SecretStore store;
    const QString key = SecretStore::agentTokenKey("latinos");

    // Jobs started together (the first triggers the probe) finish in order.
    SecretJob* write = store.write(key, "agent-token-1");
    SecretJob* read = store.read(key);
    QByteArray readValue;
    QList<SecretJob::Operation> order;
    connect(write, &SecretJob::finished, this, [&, write] { order.append(write->operation()); });
    connect(read, &SecretJob::finished, this, [&, read] {
        order.append(read->operation());
        readValue = read->value();
    });
    QPointer<SecretJob> writeGuard(write);
    QPointer<SecretJob> readGuard(read);
    write->start();
    read->start();
    QTRY_COMPARE(order.size(), 2);
    QCOMPARE(order, (QList<SecretJob::Operation> {SecretJob::Operation::Write, SecretJob::Operation::Read}));
    QCOMPARE(readValue, QByteArray("agent-token-1"));
    // Jobs delete themselves after finishing by default.
    QTRY_VERIFY(writeGuard.isNull() && readGuard.isNull());

    // A cancelled job finishes at once with Cancelled.
    SecretJob* cancelled = store.read(key);
    cancelled->setAutoDelete(false);
    QSignalSpy spy(cancelled, &SecretJob::finished);
    cancelled->start();
    cancelled->cancel();
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(cancelled->error().code(), ErrorCode::Cancelled);
    delete cancelled;
    // The store still works after a cancelled call.
    QVERIFY(store.removeBlocking(key).ok());
}

void TestSecretStore::refusesBadKeysWithoutTouchingAnything()
{
    SecretStore store;
    QCOMPARE(store.writeBlocking(QString(), "x").error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(store.writeBlocking(QString(300, u'k'), "x").error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(store.readBlocking(QStringLiteral("license/a\nb")).error().code(), ErrorCode::InvalidArgument);
    // Refused before the probe: the keychain was not even asked.
    QCOMPARE(store.backend(), SecretStore::Backend::Unknown);
}

void TestSecretStore::secretNeverReachesTheLog()
{
    const QByteArray secret = "eyJhbGciOiJFZERTQSJ9.log-canary-7u2m9.sig";
    {
        QMutexLocker lock(&g_messagesMutex);
        g_messages.clear();
    }
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true"));
    const QtMessageHandler previous = qInstallMessageHandler(captureMessage);

    SecretStore store;
    const QString key = SecretStore::licenseKey("intellitrade", "reports");
    const bool wrote = store.writeBlocking(key, secret).ok();
    const auto readBack = store.readBlocking(key);
    const bool overwrote = store.writeBlocking(key, secret + "-2").ok();
    const bool removed = store.removeBlocking(key).ok();
    const auto missing = store.readBlocking(key);

    qInstallMessageHandler(previous);
    QLoggingCategory::setFilterRules(QString());
    QVERIFY(wrote && readBack.ok() && *readBack == secret && overwrote && removed);
    QCOMPARE(missing.error().code(), ErrorCode::NotFound);

    QMutexLocker lock(&g_messagesMutex);
    // The handler saw the store's own debug lines, so it was listening...
    QVERIFY2(std::any_of(g_messages.cbegin(), g_messages.cend(),
                         [](const QString& m) { return m.startsWith("mothership.secrets:"); }),
             qPrintable(g_messages.join('\n')));
    // ...and no line carries the secret in any common spelling.
    for (const QByteArray& form :
         {secret, secret.toBase64(), secret.toHex(), QByteArray("log-canary-7u2m9")}) {
        for (const QString& message : std::as_const(g_messages))
            QVERIFY2(!message.contains(QString::fromLatin1(form)), "a secret reached the log");
    }
    QVERIFY(!missing.error().toString().contains("log-canary"));
}

TestSecretStore::Child TestSecretStore::runChild(const QString& busAddress, int watchdogMs,
                                                 const QString& fallback)
{
    const QString home
        = m_childHome.filePath(QStringLiteral("home-%1").arg(QRandomGenerator::global()->generate()));
    QDir().mkpath(home + "/run");
    ::chmod(QFile::encodeName(home + "/run").constData(), 0700);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("MS_SECRETSTORE_CHILD", "1");
    env.insert("MS_CHILD_WATCHDOG_MS", QString::number(watchdogMs));
    env.insert("MS_CHILD_FALLBACK", fallback);
    env.insert("DBUS_SESSION_BUS_ADDRESS", busAddress);
    env.insert("HOME", home);
    env.insert("XDG_DATA_HOME", home + "/data");
    env.insert("XDG_CONFIG_HOME", home + "/config");
    env.insert("XDG_CACHE_HOME", home + "/cache");
    env.insert("XDG_RUNTIME_DIR", home + "/run");
    env.remove("GNOME_KEYRING_CONTROL");
    env.remove("XDG_CURRENT_DESKTOP");
    env.remove("KDE_FULL_SESSION");

    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QCoreApplication::applicationFilePath(), {});
    Child child;
    // Generous: the child must finish on its own watchdog; this only stops a hung test.
    if (!p.waitForStarted(10000) || !p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return child;
    }
    child.output = p.readAll();
    child.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    for (const QByteArray& line : child.output.split('\n')) {
        const QStringList fields = QString::fromUtf8(line).split(u'\t');
        if (fields.size() >= 2)
            child.lines.insert(fields[0], fields.mid(1));
    }
    // Whatever happened, the secret was not printed.
    if (child.output.contains(ChildSecret))
        child.exitCode = -2;
    child.lines.insert("home", {home});
    return child;
}

QStringList TestSecretStore::filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

void TestSecretStore::deadBusMeansNoKeychainAndNothingStored()
{
    const Child child = runChild("unix:path=" + m_childHome.filePath("no-such-bus"), 5000);
    QVERIFY2(child.exitCode == 0, child.output.constData());
    QCOMPARE(child.lines.value("probe").value(0), "unsupported");
    QVERIFY2(child.lines.value("probe").value(1).startsWith("no keychain available: "),
             child.output.constData());
    QCOMPARE(child.lines.value("backend").value(0), "None");
    QCOMPARE(child.lines.value("write").value(0), "unsupported");
    QVERIFY(child.lines.value("write").value(1).startsWith("no keychain available"));
    QCOMPARE(child.lines.value("read").value(0), "unsupported");
    // Nothing stored anywhere: no fallback file, no QSettings plaintext, nothing at all.
    const QStringList files = filesUnder(child.lines.value("home").value(0));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(", ")));
}

void TestSecretStore::silentBusIsCutOffByTheWatchdog()
{
    // A "bus" that accepts connections and never says a word: the hang QtKeychain cannot see.
    QLocalServer silent;
    QVERIFY(silent.listen(m_childHome.filePath("silent-bus")));
    QList<QLocalSocket*> held;
    connect(&silent, &QLocalServer::newConnection, this, [&] {
        while (QLocalSocket* s = silent.nextPendingConnection())
            held.append(s);
    });

    const Child child = runChild("unix:path=" + silent.fullServerName(), 400);
    QVERIFY2(child.exitCode == 0, child.output.constData());
    QCOMPARE(child.lines.value("probe").value(0), "timeout");
    QCOMPARE(child.lines.value("probe").value(1),
             "no keychain available: the keychain did not answer within 0.4 s");
    QCOMPARE(child.lines.value("backend").value(0), "None");
    QCOMPARE(child.lines.value("write").value(0), "timeout");
    const QStringList files = filesUnder(child.lines.value("home").value(0));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(", ")));
    qDeleteAll(held);
}

void TestSecretStore::fallbackOnlyWhenOptedIn()
{
    const QString fallback = m_childHome.filePath("optin/secrets.unencrypted.json");
    const Child child = runChild("unix:path=" + m_childHome.filePath("no-such-bus"), 5000, fallback);
    QVERIFY2(child.exitCode == 0, child.output.constData());
    QCOMPARE(child.lines.value("probe").value(0), "ok");
    QCOMPARE(child.lines.value("backend").value(0), "UnencryptedFile");
    QCOMPARE(child.lines.value("write").value(0), "ok");
    QCOMPARE(child.lines.value("read").value(0), "match");

    struct stat st;
    QCOMPARE(::stat(QFile::encodeName(fallback).constData(), &st), 0);
    QCOMPARE(st.st_mode & 07777, mode_t(0600));
    const QByteArray content = TestSupport::readFile(fallback);
    QVERIFY(content.contains("NOT ENCRYPTED"));
    QVERIFY(content.contains(ChildSecret.toBase64()));
    // Only the file the caller named: nothing else in the child's home.
    const QStringList files = filesUnder(child.lines.value("home").value(0));
    QVERIFY2(files.isEmpty(), qPrintable(files.join(", ")));
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("MS_SECRETSTORE_CHILD"))
        return childMain();
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
