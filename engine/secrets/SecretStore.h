#pragma once

#include "core/Result.h"
#include "secrets/SecretJob.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ms {

/// Mothership's secrets — license keys, registry credentials, agent tokens — in the OS
/// keychain through QtKeychain (Secret Service / gnome-keyring, KWallet), under the service
/// "mothership" and keys such as "license/<site>/<module>" (see the key helpers below).
/// Secrets never go to the database, logs or error messages.
///
/// Probe. QtKeychain only checks that a backend library loads, and a call into a broken
/// D-Bus session or an unanswered KWallet can block for ever. So before its first operation
/// the store makes a real round trip — write, read back and delete a random probe entry —
/// under a watchdog (Options::watchdogMs, 5 s by default). Every later call is watched too.
/// When the probe fails or times out the keychain counts as unavailable for the rest of the
/// store's life ("no keychain available: <reason>"), so that a CLI never waits twice.
///
/// Without a keychain, secrets are refused — unless the caller opted in to the fallback.
/// Decision: the fallback is a single JSON file, UnencryptedSecretFile, in the data
/// directory (defaultFallbackPath()), mode 0600, labelled NOT ENCRYPTED inside and in its
/// name. It is off by default, is used only while the keychain is unavailable (never mixed
/// with it), and is refused when other users can read it. We do not encrypt it with a key
/// stored beside it: that would look safer without being safer. A headless host that needs
/// secrets at rest should run a keychain (gnome-keyring under dbus-run-session) instead.
///
/// The store and its jobs live on one thread with an event loop (the GUI thread is fine:
/// nothing blocks). The *Blocking helpers are for the CLI and tests; they spin a local event
/// loop and return within the watchdog time.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    enum class Backend {
        Unknown, ///< not probed yet
        Keychain, ///< the OS keychain answered the probe
        UnencryptedFile, ///< no keychain; the caller opted in to the unencrypted file
        None, ///< no keychain and no fallback: secrets are refused
    };
    Q_ENUM(Backend)

    struct Options
    {
        QString service = QStringLiteral("mothership");
        /// How long one keychain call — and the whole probe — may take.
        int watchdogMs = 5000;
        /// Use UnencryptedSecretFile when no keychain is available. Off by default.
        bool allowUnencryptedFallback = false;
        /// Where the fallback file lives; empty for defaultFallbackPath().
        QString fallbackPath;
    };

    explicit SecretStore(QObject* parent = nullptr);
    explicit SecretStore(const Options& options, QObject* parent = nullptr);
    ~SecretStore() override;

    /// "license/<site>/<module>": a module's license key on a site.
    static QString licenseKey(const QString& site, const QString& module);
    /// "registry/<name>/credentials": how to log in to a registry.
    static QString registryCredentialsKey(const QString& registry);
    /// "agent/<site>/token": the token of a site's mothership-agent.
    static QString agentTokenKey(const QString& site);
    /// <data dir>/secrets.unencrypted.json
    static QString defaultFallbackPath();

    /// Asynchronous operations: each returns a job that has not started yet — connect to
    /// SecretJob::finished, then call start(). Keys must be 1–256 printable characters
    /// (else the job fails with InvalidArgument, touching nothing).
    SecretJob* probe();
    SecretJob* read(const QString& key);
    SecretJob* write(const QString& key, const QByteArray& value);
    SecretJob* remove(const QString& key);

    /// Blocking helpers (CLI, tests). Read fails with NotFound when nothing is stored.
    [[nodiscard]] Status probeBlocking();
    [[nodiscard]] Result<QByteArray> readBlocking(const QString& key);
    [[nodiscard]] Status writeBlocking(const QString& key, const QByteArray& value);
    [[nodiscard]] Status removeBlocking(const QString& key);

    const Options& options() const { return m_options; }
    Backend backend() const { return m_backend; }
    /// Why the keychain is not used (after a failed probe); no error otherwise.
    const Error& keychainError() const { return m_keychainError; }
    /// The fallback file's path (whether or not it is in use).
    QString fallbackPath() const;

Q_SIGNALS:
    /// The probe decided the backend (once per store).
    void backendChanged(ms::SecretStore::Backend backend);

private:
    friend class SecretJob;
    void execute(SecretJob* job);
    void dispatch(SecretJob* job);
    void startProbe();
    void probeStep(int step, const QString& probeKey, const QByteArray& probeValue);
    void probeFinished(const Error& error);
    void runOnKeychain(SecretJob* job);
    void runOnFile(SecretJob* job);
    Error timeoutError() const;
    Error unavailableError(const QString& key) const;
    static Error checkKey(const QString& key);

    Options m_options;
    Backend m_backend = Backend::Unknown;
    Error m_keychainError;
    bool m_probing = false;
    QDeadlineTimer m_probeDeadline;
    QList<QPointer<SecretJob>> m_waiting;
};

} // namespace ms
