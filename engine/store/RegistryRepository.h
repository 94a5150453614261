#pragma once

#include "core/Result.h"
#include "store/RegistryRecord.h"

#include <QCoreApplication>
#include <QList>

namespace ms {

class Database;
class Transaction;

/// Registries, their refresh state and their trusted keys: tables registries and
/// registry_keys. Safe to use from any thread. The policy (which names and URLs are valid,
/// what a key must look like) is RegistryService's and TrustStore's; this class keeps the
/// rows consistent: unique names, at least one key per registry, and an accepted serial
/// that never goes down.
class RegistryRepository
{
    Q_DECLARE_TR_FUNCTIONS(RegistryRepository)

public:
    /// @p database must outlive the repository.
    explicit RegistryRepository(Database& database);

    /// Stores @p registry (name, url, priority, enabled) with @p keys in one transaction and
    /// returns it with id and added_at filled in; the refresh state starts empty. Conflict
    /// when the name is taken; InvalidArgument (field "keys") without a key.
    [[nodiscard]] Result<RegistryRecord> add(const RegistryRecord& registry,
                                             const QList<TrustedKeyRecord>& keys);
    /// Removes the registry and its keys. NotFound for an unknown name.
    [[nodiscard]] Status remove(const QString& name);
    /// NotFound for an unknown name.
    [[nodiscard]] Result<RegistryRecord> find(const QString& name) const;
    /// Every registry, highest priority first, then by name.
    [[nodiscard]] Result<QList<RegistryRecord>> list() const;

    [[nodiscard]] Status setPriority(const QString& name, int priority);
    [[nodiscard]] Status setEnabled(const QString& name, bool enabled);

    /// The registry's trusted keys, by key id. NotFound for an unknown registry.
    [[nodiscard]] Result<QList<TrustedKeyRecord>> keys(const QString& name) const;
    /// Conflict when a key with that id is already trusted for the registry.
    [[nodiscard]] Status addKey(const QString& name, const TrustedKeyRecord& key);
    /// NotFound when the key is not trusted; Conflict when it is the last one (a registry
    /// without a key could never be refreshed — remove the registry instead).
    [[nodiscard]] Status removeKey(const QString& name, const QString& keyId);

    /// Records a refresh that accepted @p accepted, and clears the last error. The row moves
    /// only from the state the refresh started with: when its catalog SHA-256 is no longer
    /// @p previousSha256 (empty for none), or its serial is above @p accepted's, another
    /// refresh won and this fails with Conflict, changing nothing.
    [[nodiscard]] Status recordAccepted(const QString& name, const AcceptedCatalog& accepted,
                                        const QString& previousSha256);
    /// Records a refresh that kept the accepted catalog: @p outcome Unchanged (the server
    /// answered 304) or Failed with @p error. The accepted state is not touched.
    [[nodiscard]] Status recordAttempt(const QString& name, RegistryRefreshOutcome outcome,
                                       const QDateTime& at, const Error& error = {});

private:
    /// The id of the registry called @p name; NotFound when there is none.
    static Result<qint64> registryId(Transaction& transaction, const QString& name);
    Database& m_database;
};

} // namespace ms
