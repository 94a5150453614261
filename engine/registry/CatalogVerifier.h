#pragma once

#include "core/Result.h"
#include "registry/Catalog.h"
#include "registry/MinisignVerifier.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>

namespace ms {

/// Decides whether a registry's catalog may be trusted, given what was accepted before —
/// the checks of DESIGN.md's "Registry" and THREATS 2–4, in this order:
///  1. the minisign signature verifies against one of the registry's trusted keys: key id,
///     the signature over the catalog (prehashed "ED" or legacy "Ed"), and the signature
///     over the trusted comment (Untrusted or Integrity);
///  2. the catalog parses and validates (Parse, Validation, Unsupported);
///  3. it names the same publisher registry as the catalog accepted before (Untrusted), so
///     that a catalog signed by the same key for another registry cannot be swapped in;
///  4. its serial is not lower than the one accepted, and an equal serial comes with the
///     same bytes (Integrity: a rollback or a replay);
///  5. it has not expired at @p now, the clock read once when the refresh began (Expired).
/// Nothing is parsed before the signature has been checked. Once it has, the bytes' SHA-256
/// (the cache's name for them) is computed beside the parse, on another core.
class CatalogVerifier
{
    Q_DECLARE_TR_FUNCTIONS(CatalogVerifier)

public:
    /// What the client accepted last; a default State accepts any valid catalog.
    struct State
    {
        qint64 serial = -1;
        QString sha256;
        QString catalogName;
    };

    /// A catalog that passed every check.
    struct Verified
    {
        Catalog catalog; ///< named after the local registry (Catalog::setRegistryName)
        QString publisherName; ///< the "registry" field as the publisher wrote it
        QString sha256; ///< of the exact bytes
        QString trustedComment;
        bool sameAsAccepted = false; ///< the very bytes accepted before
    };

    /// @p localName is the registry's name on this machine: the verified catalog is named
    /// after it, and errors mention it.
    CatalogVerifier(MinisignVerifier keys, State accepted, QDateTime now, QString localName);

    /// Runs beside the parse once the signature has verified, with the SHA-256 of the signed
    /// bytes: a refresh writes them to its cache there, and removes them again if a later check
    /// refuses the catalog. An error it returns is check()'s.
    using WhileParsing = std::function<Status(const QString& sha256)>;

    /// Checks @p catalog against @p signature. @p catalogSubject and @p signatureSubject (URLs
    /// or cache files) name the errors. @p knownSha256 is the bytes' SHA-256 when the caller
    /// has just computed it (a cache read checks it), so that it is not computed twice.
    [[nodiscard]] Result<Verified> check(const QByteArray& catalog, const QByteArray& signature,
                                         const QString& catalogSubject, const QString& signatureSubject,
                                         const WhileParsing& whileParsing = {},
                                         const QString& knownSha256 = {}) const;

private:
    MinisignVerifier m_keys;
    State m_accepted;
    QDateTime m_now;
    QString m_localName;
};

} // namespace ms
