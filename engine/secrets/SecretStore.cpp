#include "secrets/SecretStore.h"

#include "secrets/KeychainCall.h"
#include "secrets/UnencryptedSecretFile.h"

#include <QLoggingCategory>
#include <QStandardPaths>
#include <iterator>
#include <memory>
#include <sodium.h>
#include <utility>

namespace ms {

// Debug lines (operations and key names, never values) are off unless enabled by rules.
Q_LOGGING_CATEGORY(lcSecrets, "mothership.secrets", QtInfoMsg)

namespace {

constexpr qsizetype MaxKeyLength = 256;

QString operationName(SecretJob::Operation operation)
{
    switch (operation) {
    case SecretJob::Operation::Probe:
        return QStringLiteral("probe");
    case SecretJob::Operation::Read:
        return QStringLiteral("read");
    case SecretJob::Operation::Write:
        return QStringLiteral("write");
    case SecretJob::Operation::Remove:
        return QStringLiteral("remove");
    }
    return {};
}

QByteArray randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    randombytes_buf(raw.data(), size_t(raw.size()));
    return raw.toHex();
}

} // namespace

SecretStore::SecretStore(QObject* parent)
    : SecretStore(Options(), parent)
{
}

SecretStore::SecretStore(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    if (m_options.watchdogMs <= 0)
        m_options.watchdogMs = Options().watchdogMs;
}

SecretStore::~SecretStore() = default;

QString SecretStore::licenseKey(const QString& site, const QString& module)
{
    return QStringLiteral("license/") + site + u'/' + module;
}

QString SecretStore::registryCredentialsKey(const QString& registry)
{
    return QStringLiteral("registry/") + registry + QStringLiteral("/credentials");
}

QString SecretStore::agentTokenKey(const QString& site)
{
    return QStringLiteral("agent/") + site + QStringLiteral("/token");
}

QString SecretStore::defaultFallbackPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/secrets.unencrypted.json");
}

QString SecretStore::fallbackPath() const
{
    return m_options.fallbackPath.isEmpty() ? defaultFallbackPath() : m_options.fallbackPath;
}

SecretJob* SecretStore::probe()
{
    return new SecretJob(this, SecretJob::Operation::Probe, {}, {});
}

SecretJob* SecretStore::read(const QString& key)
{
    return new SecretJob(this, SecretJob::Operation::Read, key, {});
}

SecretJob* SecretStore::write(const QString& key, const QByteArray& value)
{
    return new SecretJob(this, SecretJob::Operation::Write, key, value);
}

SecretJob* SecretStore::remove(const QString& key)
{
    return new SecretJob(this, SecretJob::Operation::Remove, key, {});
}

Status SecretStore::probeBlocking()
{
    std::unique_ptr<SecretJob> job(probe());
    job->setAutoDelete(false);
    job->exec();
    return job->error().isError() ? Status(job->error()) : Status();
}

Result<QByteArray> SecretStore::readBlocking(const QString& key)
{
    std::unique_ptr<SecretJob> job(read(key));
    job->setAutoDelete(false);
    job->exec();
    if (job->error().isError())
        return job->error();
    return job->value();
}

Status SecretStore::writeBlocking(const QString& key, const QByteArray& value)
{
    std::unique_ptr<SecretJob> job(write(key, value));
    job->setAutoDelete(false);
    job->exec();
    return job->error().isError() ? Status(job->error()) : Status();
}

Status SecretStore::removeBlocking(const QString& key)
{
    std::unique_ptr<SecretJob> job(remove(key));
    job->setAutoDelete(false);
    job->exec();
    return job->error().isError() ? Status(job->error()) : Status();
}

Error SecretStore::checkKey(const QString& key)
{
    if (key.isEmpty() || key.size() > MaxKeyLength)
        return Error(ErrorCode::InvalidArgument,
                     tr("a secret's key must have 1 to %1 characters").arg(MaxKeyLength),
                     key.left(MaxKeyLength));
    for (const QChar c : key) {
        if (!c.isPrint())
            return Error(ErrorCode::InvalidArgument, tr("a secret's key must be printable text"), QString());
    }
    return {};
}

void SecretStore::execute(SecretJob* job)
{
    if (job->operation() != SecretJob::Operation::Probe) {
        if (Error e = checkKey(job->key()); e.isError())
            return job->complete(e);
    }
    if (m_backend != Backend::Unknown)
        return dispatch(job);
    m_waiting.append(job);
    if (!m_probing)
        startProbe();
}

void SecretStore::dispatch(SecretJob* job)
{
    qCDebug(lcSecrets) << "secret" << operationName(job->operation()) << job->key() << "via" << m_backend;
    switch (m_backend) {
    case Backend::Keychain:
        if (job->operation() == SecretJob::Operation::Probe)
            return job->complete({});
        return runOnKeychain(job);
    case Backend::UnencryptedFile:
        if (job->operation() == SecretJob::Operation::Probe)
            return job->complete({});
        return job->runOnFile(fallbackPath());
    case Backend::None:
    case Backend::Unknown:
        return job->complete(unavailableError(job->key()));
    }
}

void SecretStore::startProbe()
{
    m_probing = true;
    m_probeDeadline.setRemainingTime(m_options.watchdogMs);
    // A random entry, so that two programs probing at once do not disturb each other.
    const QString probeKey = QStringLiteral("probe/") + QString::fromLatin1(randomHex(8));
    qCDebug(lcSecrets) << "probing the keychain with a round trip, watchdog" << m_options.watchdogMs << "ms";
    probeStep(0, probeKey, randomHex(16));
}

void SecretStore::probeStep(int step, const QString& probeKey, const QByteArray& probeValue)
{
    static constexpr KeychainCall::Kind Steps[]
        = {KeychainCall::Kind::Write, KeychainCall::Kind::Read, KeychainCall::Kind::Remove};
    if (step == int(std::size(Steps)))
        return probeFinished({});
    const int remaining = int(qMax<qint64>(1, m_probeDeadline.remainingTime()));
    KeychainCall::run(this, m_options.service, Steps[step], probeKey, probeValue, remaining,
                      [this, step, probeKey, probeValue](KeychainCall::Outcome outcome) {
                          if (outcome.timedOut)
                              return probeFinished(timeoutError());
                          QString reason;
                          if (outcome.noBackend)
                              reason = tr("no keychain service is running (%1)").arg(outcome.errorString);
                          else if (!outcome.ok && step == 0)
                              reason = tr("it refused a test entry (%1)").arg(outcome.errorString);
                          else if (!outcome.ok && step == 1)
                              reason
                                  = tr("it could not read back a test entry (%1)").arg(outcome.errorString);
                          else if (!outcome.ok)
                              reason = tr("it could not delete a test entry (%1)").arg(outcome.errorString);
                          else if (step == 1 && outcome.data != probeValue)
                              reason = tr("it gave back something other than what was stored");
                          if (!reason.isEmpty())
                              return probeFinished(Error(ErrorCode::Unsupported,
                                                         tr("no keychain available: %1").arg(reason),
                                                         QStringLiteral("keychain")));
                          probeStep(step + 1, probeKey, probeValue);
                      });
}

void SecretStore::probeFinished(const Error& error)
{
    m_probing = false;
    m_keychainError = error;
    if (!error.isError())
        m_backend = Backend::Keychain;
    else if (m_options.allowUnencryptedFallback)
        m_backend = Backend::UnencryptedFile;
    else
        m_backend = Backend::None;
    if (m_backend == Backend::UnencryptedFile)
        qCWarning(lcSecrets).noquote()
            << error.message() << "- as the caller allowed, secrets are stored NOT ENCRYPTED in"
            << fallbackPath();
    else if (m_backend == Backend::None)
        qCWarning(lcSecrets).noquote() << error.message() << "- secrets will not be stored";
    Q_EMIT backendChanged(m_backend);

    const QList<QPointer<SecretJob>> waiting = std::exchange(m_waiting, {});
    for (const QPointer<SecretJob>& job : waiting) {
        if (job && !job->isFinished())
            dispatch(job);
    }
}

void SecretStore::runOnKeychain(SecretJob* job)
{
    KeychainCall::Kind kind = KeychainCall::Kind::Read;
    if (job->operation() == SecretJob::Operation::Write)
        kind = KeychainCall::Kind::Write;
    else if (job->operation() == SecretJob::Operation::Remove)
        kind = KeychainCall::Kind::Remove;
    const QPointer<SecretJob> guard(job);
    KeychainCall::run(
        job, m_options.service, kind, job->key(), job->m_value, m_options.watchdogMs,
        [this, guard](KeychainCall::Outcome outcome) {
            if (!guard)
                return;
            SecretJob* job = guard;
            if (outcome.timedOut) {
                // QtKeychain runs its jobs one after another: behind a call that
                // hangs, every later call would hang too.
                m_keychainError = timeoutError();
                m_backend = Backend::None;
                Q_EMIT backendChanged(m_backend);
                return job->complete(Error(m_keychainError).withSubject(job->key()));
            }
            if (outcome.ok)
                return job->complete({}, std::move(outcome.data));
            if (outcome.notFound && job->operation() == SecretJob::Operation::Remove)
                return job->complete({});
            if (outcome.notFound)
                return job->complete(Error(ErrorCode::NotFound,
                                           tr("no secret is stored under %1").arg(job->key()), job->key()));
            job->complete(
                Error(ErrorCode::Io, tr("the keychain failed: %1").arg(outcome.errorString), job->key()));
        });
}

Error SecretStore::timeoutError() const
{
    return Error(ErrorCode::Timeout,
                 tr("no keychain available: the keychain did not answer within %1 s")
                     .arg(QString::number(m_options.watchdogMs / 1000.0, 'g', 3)),
                 QStringLiteral("keychain"));
}

Error SecretStore::unavailableError(const QString& key) const
{
    Error error(m_keychainError.isError() ? m_keychainError.code() : ErrorCode::Unsupported,
                m_keychainError.isError() ? m_keychainError.message() : tr("no keychain available"),
                key.isEmpty() ? QStringLiteral("keychain") : key);
    return error.withDetail(tr("Secrets are kept only in the system keychain. Start one (for example "
                               "gnome-keyring), or allow the unencrypted fallback file explicitly."));
}

} // namespace ms
