#include "secrets/KeychainCall.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace ms {

void KeychainCall::run(QObject* context, const QString& service, Kind kind, const QString& key,
                       const QByteArray& value, int timeoutMs, std::function<void(Outcome)> done)
{
    QKeychain::Job* job = nullptr;
    switch (kind) {
    case Kind::Read:
        job = new QKeychain::ReadPasswordJob(service);
        break;
    case Kind::Write: {
        auto* write = new QKeychain::WritePasswordJob(service);
        write->setBinaryData(value);
        job = write;
        break;
    }
    case Kind::Remove:
        job = new QKeychain::DeletePasswordJob(service);
        break;
    }
    job->setKey(key);
    // Never QtKeychain's own plaintext fallback (QSettings): the store decides about
    // fallbacks, and only with the user's consent.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    auto answered = std::make_shared<bool>(false);
    auto callback = std::make_shared<std::function<void(Outcome)>>(std::move(done));
    auto* watchdog = new QTimer(context);
    watchdog->setSingleShot(true);

    QObject::connect(job, &QKeychain::Job::finished, context,
                     [answered, callback, watchdog, kind](QKeychain::Job* j) {
                         if (*answered)
                             return;
                         *answered = true;
                         watchdog->stop();
                         watchdog->deleteLater();
                         Outcome outcome;
                         outcome.noBackend = j->error() == QKeychain::NoBackendAvailable;
                         outcome.ok = j->error() == QKeychain::NoError;
                         outcome.notFound = j->error() == QKeychain::EntryNotFound;
                         outcome.errorString = j->errorString();
                         if (outcome.ok && kind == Kind::Read)
                             outcome.data = static_cast<QKeychain::ReadPasswordJob*>(j)->binaryData();
                         (*callback)(std::move(outcome));
                     });
    QObject::connect(watchdog, &QTimer::timeout, context, [answered, callback, watchdog]() {
        if (*answered)
            return;
        *answered = true;
        watchdog->deleteLater();
        Outcome outcome;
        outcome.timedOut = true;
        (*callback)(std::move(outcome));
    });
    watchdog->start(timeoutMs);
    job->start();
}

} // namespace ms
