#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ms {

/// The opt-in fallback of SecretStore for machines without a keychain: one JSON file that
/// holds secrets NOT ENCRYPTED, protected only by its permissions — like ~/.netrc or an
/// ssh key without a passphrase.
///
/// The file is created with mode 0600 (never wider, whatever the umask: it is born 0600 and
/// replaced atomically, so no moment exists when others could read it) and labelled inside
/// as unencrypted. It is refused — not read, not rewritten — when it is not owned by this
/// user or when group or others have any access to it, as ssh refuses a readable key.
///
/// Each call reads or rewrites the whole file; calls from several threads are serialised.
class UnencryptedSecretFile
{
    Q_DECLARE_TR_FUNCTIONS(UnencryptedSecretFile)

public:
    /// The marker in the file's "format" field.
    static constexpr const char* Format = "mothership-unencrypted-secrets";

    explicit UnencryptedSecretFile(QString path);

    const QString& path() const { return m_path; }

    /// The secret stored under @p key; NotFound when there is none (or no file yet).
    [[nodiscard]] Result<QByteArray> read(const QString& key) const;
    /// Stores @p value under @p key, replacing any previous value.
    [[nodiscard]] Status write(const QString& key, const QByteArray& value) const;
    /// Removes @p key; succeeds when it is absent. The file is deleted when it becomes empty.
    [[nodiscard]] Status remove(const QString& key) const;

private:
    QString m_path;
};

} // namespace ms
