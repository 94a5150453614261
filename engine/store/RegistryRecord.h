#pragma once

#include <QDateTime>
#include <QString>

namespace ms {

/// How the last refresh of a registry ended.
enum class RegistryRefreshOutcome {
    Never, ///< "never": not refreshed since it was added
    Updated, ///< "updated": a new catalog was accepted
    Unchanged, ///< "unchanged": the server had nothing newer (304, or the same bytes again)
    Failed, ///< "failed": the refresh was refused or broke; the previous catalog stays
};

/// One trusted minisign public key of a registry (table registry_keys). Never a secret key.
struct TrustedKeyRecord
{
    QString keyId; ///< 16 upper-case hex digits, as minisign prints the id
    QString publicKey; ///< the base64 line of the `.pub` file ("RWQ…")
    QString comment; ///< the `.pub` file's untrusted comment, for a person
    QDateTime addedAt; ///< set by RegistryRepository

    bool operator==(const TrustedKeyRecord&) const = default;
};

/// A configured registry and the state of the catalog last accepted from it (table
/// registries). The accepted state only moves forward: see RegistryRepository::recordAccepted().
struct RegistryRecord
{
    qint64 id = 0; ///< assigned by RegistryRepository::add()
    QString name; ///< the local name, unique
    QString url; ///< the registry root: https://, http:// or file://
    int priority = 0; ///< higher wins when two registries offer the same module
    bool enabled = true;
    QDateTime addedAt; ///< set by add()

    qint64 serial = -1; ///< serial of the accepted catalog; -1 before the first
    QString catalogSha256; ///< SHA-256 (lower-case hex) of the accepted catalog's bytes
    QString catalogName; ///< the "registry" field the accepted catalog carried
    QDateTime catalogExpires; ///< when the accepted catalog expires
    QDateTime acceptedAt; ///< when it was accepted
    QString etag; ///< validators the server sent with the accepted bytes
    QString lastModified;

    QDateTime lastRefreshAt; ///< the last attempt, whatever its outcome
    RegistryRefreshOutcome lastOutcome = RegistryRefreshOutcome::Never;
    QString lastErrorCode; ///< Error::codeName() of the last failure; empty otherwise
    QString lastErrorMessage; ///< Error::toString() of the last failure

    bool hasCatalog() const { return !catalogSha256.isEmpty(); }

    static QString outcomeName(RegistryRefreshOutcome outcome)
    {
        switch (outcome) {
        case RegistryRefreshOutcome::Never:
            return QStringLiteral("never");
        case RegistryRefreshOutcome::Updated:
            return QStringLiteral("updated");
        case RegistryRefreshOutcome::Unchanged:
            return QStringLiteral("unchanged");
        case RegistryRefreshOutcome::Failed:
            return QStringLiteral("failed");
        }
        return QStringLiteral("never");
    }
    static RegistryRefreshOutcome outcomeFromName(const QString& name)
    {
        if (name == u"updated")
            return RegistryRefreshOutcome::Updated;
        if (name == u"unchanged")
            return RegistryRefreshOutcome::Unchanged;
        if (name == u"failed")
            return RegistryRefreshOutcome::Failed;
        return RegistryRefreshOutcome::Never;
    }

    bool operator==(const RegistryRecord&) const = default;
};

/// A catalog a refresh accepted, as RegistryRepository::recordAccepted() stores it.
struct AcceptedCatalog
{
    qint64 serial = 0;
    QString sha256;
    QString catalogName;
    QDateTime expires;
    QString etag;
    QString lastModified;
    QDateTime at; ///< the refresh's time
    /// Updated for new bytes; Unchanged when the same bytes came again (validators may change).
    RegistryRefreshOutcome outcome = RegistryRefreshOutcome::Updated;
};

} // namespace ms
