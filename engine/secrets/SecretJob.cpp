#include "secrets/SecretJob.h"

#include "secrets/SecretStore.h"
#include "secrets/UnencryptedSecretFile.h"

#include <sodium.h>

namespace ms {

namespace {

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && bytes.isDetached())
        sodium_memzero(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

} // namespace

SecretJob::SecretJob(SecretStore* store, Operation operation, QString key, QByteArray value)
    : Job(store)
    , m_store(store)
    , m_operation(operation)
    , m_key(std::move(key))
    , m_value(std::move(value))
{
}

SecretJob::~SecretJob()
{
    wipe(m_value);
}

void SecretJob::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    if (!m_store) {
        complete(Error(ErrorCode::Internal, tr("the secret store is gone"), m_key));
        return;
    }
    m_store->execute(this);
}

void SecretJob::complete(const Error& error, QByteArray value)
{
    if (isFinished())
        return;
    wipe(m_value);
    m_value = std::move(value);
    finish(error);
    if (m_autoDelete)
        deleteLater();
}

void SecretJob::runOnFile(const QString& path)
{
    struct Outcome
    {
        Error error;
        QByteArray value;
    };
    runInPool(
        [path, operation = m_operation, key = m_key, value = m_value]() {
            const UnencryptedSecretFile file(path);
            Outcome outcome;
            switch (operation) {
            case Operation::Read: {
                Result<QByteArray> read = file.read(key);
                if (read)
                    outcome.value = std::move(*read);
                else
                    outcome.error = read.error();
                break;
            }
            case Operation::Write:
                outcome.error = file.write(key, value).error();
                break;
            case Operation::Remove:
                outcome.error = file.remove(key).error();
                break;
            case Operation::Probe:
                break;
            }
            return outcome;
        },
        [this](Outcome outcome) { complete(outcome.error, std::move(outcome.value)); });
}

void SecretJob::onCancel()
{
    // A keychain request already sent cannot be recalled; its answer is then ignored.
    complete(Error(ErrorCode::Cancelled, tr("cancelled"), m_key));
}

} // namespace ms
