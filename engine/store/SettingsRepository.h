#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

namespace ms {

class Database;

/// Key/value settings kept with the inventory (scan options, the default registry, ...):
/// table settings. Never put a secret here — those belong in the SecretStore. Safe to use
/// from any thread.
class SettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(SettingsRepository)

public:
    /// @p database must outlive the repository.
    explicit SettingsRepository(Database& database);

    /// The value of @p key, or @p fallback when it is not set.
    [[nodiscard]] Result<QString> value(const QString& key, const QString& fallback = {}) const;
    /// Every setting, by key.
    [[nodiscard]] Result<QMap<QString, QString>> all() const;
    /// Inserts or replaces. InvalidArgument (field "key") for an empty key.
    [[nodiscard]] Status setValue(const QString& key, const QString& value);
    /// Removing a key that is not set succeeds.
    [[nodiscard]] Status remove(const QString& key);

private:
    Database& m_database;
};

} // namespace ms
