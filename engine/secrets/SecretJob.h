#pragma once

#include "core/Job.h"

#include <QByteArray>
#include <QPointer>
#include <QString>

namespace ms {

class SecretStore;

/// One SecretStore operation as a job: connect to finished(), then start(). The first
/// operation of a store runs the keychain probe first (see SecretStore). A job always
/// finishes — at the latest when the store's watchdog fires — with error() set on failure
/// and value() holding the secret after a successful read.
///
/// Jobs belong to their store. By default a job deletes itself (deleteLater) after
/// finished(); call setAutoDelete(false) to keep it and delete it yourself.
class SecretJob : public Job
{
    Q_OBJECT

public:
    enum class Operation {
        Probe, ///< only find out which backend is usable
        Read, ///< value() gets the secret
        Write, ///< stores the value given to SecretStore::write
        Remove, ///< succeeds when the key is absent too
    };

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    /// The secret's key ("license/<site>/<module>"); empty for a probe.
    const QString& key() const { return m_key; }
    /// The secret, after a successful Read. Wiped when the job is destroyed (copies you take
    /// are yours to handle).
    const QByteArray& value() const { return m_value; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    void start() override;

private:
    friend class SecretStore;
    SecretJob(SecretStore* store, Operation operation, QString key, QByteArray value);

    /// Called by the store: records the outcome, emits finished() once.
    void complete(const Error& error, QByteArray value = {});
    /// Runs the operation on the unencrypted fallback file, on the thread pool.
    void runOnFile(const QString& path);
    void onCancel() override;

    QPointer<SecretStore> m_store;
    Operation m_operation;
    QString m_key;
    QByteArray m_value; ///< the value to write, then the value read
    bool m_autoDelete = true;
    bool m_started = false;
};

} // namespace ms
