#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>

namespace ms {

/// One QtKeychain call under a watchdog. Internal to the secrets subsystem.
///
/// A keychain call can wait for ever (a D-Bus peer that accepts and never answers, a KWallet
/// prompt nobody sees): after @p timeoutMs the call is reported as timed out. QtKeychain
/// offers no way to abort a job, so the abandoned job is left to finish (and delete itself)
/// whenever its backend answers; its answer is ignored.
class KeychainCall
{
public:
    enum class Kind { Read, Write, Remove };

    struct Outcome
    {
        bool timedOut = false;
        bool ok = false;
        bool notFound = false; ///< the entry does not exist
        bool noBackend = false; ///< QtKeychain found no keychain service at all
        QString errorString; ///< the backend's own words (never contains the secret)
        QByteArray data; ///< the secret, for a successful Read
    };

    /// Starts the call and returns at once. @p done runs exactly once, on @p context's thread,
    /// unless @p context is destroyed first.
    static void run(QObject* context, const QString& service, Kind kind, const QString& key,
                    const QByteArray& value, int timeoutMs, std::function<void(Outcome)> done);
};

} // namespace ms
