#include "registry/CatalogVerifier.h"

#include "registry/MinisignSignature.h"
#include "registry/RegistryCache.h"

#include <thread>

namespace ms {

namespace {

QString when(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

} // namespace

CatalogVerifier::CatalogVerifier(MinisignVerifier keys, State accepted, QDateTime now, QString localName)
    : m_keys(std::move(keys))
    , m_accepted(std::move(accepted))
    , m_now(std::move(now))
    , m_localName(std::move(localName))
{
}

Result<CatalogVerifier::Verified> CatalogVerifier::check(const QByteArray& catalog,
                                                         const QByteArray& signature,
                                                         const QString& catalogSubject,
                                                         const QString& signatureSubject,
                                                         const WhileParsing& whileParsing,
                                                         const QString& knownSha256) const
{
    const Result<MinisignSignature> sig = MinisignSignature::parse(signature, signatureSubject);
    if (!sig)
        return sig.error();
    const Result<QString> comment = m_keys.verify(catalog, *sig, catalogSubject);
    if (!comment)
        return comment.error();

    // The bytes are the publisher's from here on. Hashing them, and whatever the caller does
    // with the hash (a refresh writes its cache files), runs beside the parse on another core.
    QString sha = knownSha256;
    Status beside;
    auto hash = [&] {
        if (sha.isEmpty())
            sha = RegistryCache::sha256Hex(catalog);
        if (whileParsing)
            beside = whileParsing(sha);
    };
    Result<Catalog> parsed = [&] {
        if (!sha.isEmpty() && !whileParsing)
            return Catalog::parse(catalog);
        const std::jthread hashing(hash); // joined before the result is looked at
        return Catalog::parse(catalog);
    }();
    if (!beside)
        return beside.error();
    if (!parsed)
        return parsed.error().subject().isEmpty()
            ? parsed.error().withSubject(catalogSubject)
            : parsed.error().withSubject(catalogSubject + QStringLiteral(": ") + parsed.error().subject());

    if (!m_accepted.catalogName.isEmpty() && parsed->registry() != m_accepted.catalogName)
        return Error(
            ErrorCode::Untrusted,
            tr("the catalog is for registry \"%1\", but \"%2\" accepted catalogs of \"%3\" until now; "
               "remove and add the registry again if the publisher renamed it")
                .arg(parsed->registry(), m_localName, m_accepted.catalogName),
            catalogSubject);

    const bool same = sha == m_accepted.sha256;
    if (m_accepted.serial >= 0 && parsed->serial() < m_accepted.serial)
        return Error(
            ErrorCode::Integrity,
            tr("the catalog's serial %1 is lower than serial %2 accepted before: refused as a rollback "
               "to an older catalog")
                .arg(parsed->serial())
                .arg(m_accepted.serial),
            catalogSubject);
    if (m_accepted.serial >= 0 && parsed->serial() == m_accepted.serial && !same)
        return Error(
            ErrorCode::Integrity,
            tr("the catalog keeps serial %1 but its content differs from the catalog accepted with that "
               "serial: refused (a publisher raises the serial with every change)")
                .arg(parsed->serial()),
            catalogSubject);
    if (parsed->isExpired(m_now))
        return Error(ErrorCode::Expired,
                     tr("the catalog (serial %1) expired on %2; it is now %3")
                         .arg(parsed->serial())
                         .arg(when(parsed->expires()), when(m_now)),
                     catalogSubject);

    Verified verified;
    verified.publisherName = parsed->registry();
    verified.catalog = std::move(*parsed);
    verified.catalog.setRegistryName(m_localName);
    verified.sha256 = sha;
    verified.trustedComment = *comment;
    verified.sameAsAccepted = same;
    return verified;
}

} // namespace ms
