// license trust, license check: vendors' public keys and offline verification of license keys.
// A license key is only ever read from a file or the keychain; it is never printed.

#include "Args.h"
#include "CommandGroups.h"
#include "lifecycle/LicenseGate.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

constexpr qint64 MaxJwkBytes = 64 * 1024;

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

int trust(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {});
    if (!args.ok())
        return ctx.usage(args.error(), u"license trust"_s);
    if (args.positionals().size() != 2)
        return ctx.usage(CtlContext::tr("license trust needs an issuer and a JWK file"), u"license trust"_s);
    const QString issuer = args.positionals().at(0);
    const QString path = args.positionals().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ctx.fail(
            ms::Error(ms::ErrorCode::Io, CtlContext::tr("cannot read: %1").arg(file.errorString()), path));
    const QByteArray jwk = file.read(MaxJwkBytes + 1);
    if (jwk.size() > MaxJwkBytes)
        return ctx.fail(
            ms::Error(ms::ErrorCode::Validation, CtlContext::tr("this file is too large to be a JWK"), path));
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    auto stored = ms::LicenseGate(*db, db->clock()).trust(issuer, jwk, path);
    if (!stored)
        return ctx.fail(stored.error());
    if (ctx.json) {
        ctx.printJson(
            QJsonObject {{u"issuer"_s, stored->issuer},
                         {u"key_id"_s, stored->keyId.isEmpty() ? QJsonValue() : QJsonValue(stored->keyId)},
                         {u"x"_s, stored->publicKey},
                         {u"added_at"_s, timeJson(stored->addedAt)}});
    } else {
        ctx.out
            << (stored->keyId.isEmpty()
                    ? CtlContext::tr("Licenses issued by %1 are verified with this key.").arg(stored->issuer)
                    : CtlContext::tr("Licenses issued by %1 are verified with key %2.")
                          .arg(stored->issuer, stored->keyId))
            << Qt::endl;
    }
    return Success;
}

int check(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"license-file"_s, true}, {u"site"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"license check"_s);
    if (args.positionals().size() != 1)
        return ctx.usage(CtlContext::tr("license check needs a module"), u"license check"_s);
    const QString module = args.positionals().first();
    const auto file = args.value(u"license-file"_s);
    const auto site = args.value(u"site"_s);
    if (!file && !site)
        return ctx.usage(
            CtlContext::tr("license check needs --license-file FILE, or --site SITE to check the key "
                           "the keychain holds for it"),
            u"license check"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    ms::LicenseGate gate(*db, db->clock());
    auto verifier = gate.verifier();
    if (!verifier)
        return ctx.fail(verifier.error());
    auto installation = gate.installationId();
    if (!installation)
        return ctx.fail(installation.error());

    ms::LicenseCandidate candidate;
    if (file) {
        auto token = ms::LicenseGate::readKeyFile(*file);
        if (!token)
            return ctx.fail(token.error());
        candidate = {*token, *file, false};
    } else {
        ms::SecretStore secrets;
        const QString key = ms::SecretStore::licenseKey(*site, module);
        auto token = secrets.readBlocking(key);
        if (!token)
            return ctx.fail(ms::LicenseGate::missing(module, *site, token.error()));
        candidate = {*token, u"keychain:"_s + key, true};
    }
    auto chosen = ms::LicenseGate::choose(*verifier, module, *installation, {candidate});
    candidate.token.fill('\0');
    if (!chosen)
        return ctx.fail(chosen.error());
    const ms::LicenseClaims& c = chosen->first;
    if (ctx.json) {
        QJsonObject o {{u"valid"_s, true},
                       {u"module"_s, c.module},
                       {u"issuer"_s, c.issuer},
                       {u"licensee"_s, c.licensee},
                       {u"license_type"_s, c.licenseType},
                       {u"issued_at"_s, timeJson(c.issuedAt)},
                       {u"expires_at"_s, timeJson(c.expiresAt)},
                       {u"not_before"_s, timeJson(c.notBefore)},
                       {u"audience"_s, QJsonArray::fromStringList(c.audience)},
                       {u"seats"_s, c.seats ? QJsonValue(*c.seats) : QJsonValue()},
                       {u"key_id"_s, c.keyId.isEmpty() ? QJsonValue() : QJsonValue(c.keyId)},
                       {u"source"_s, candidate.origin}};
        if (site)
            o.insert(u"site"_s, *site);
        ctx.printJson(o);
    } else {
        ctx.out << CtlContext::tr("Valid license for %1, issued by %2 to %3 (%4), until %5.")
                       .arg(c.module, c.issuer, c.licensee, c.licenseType,
                            c.expiresAt.toUTC().toString(u"yyyy-MM-dd"_s))
                << Qt::endl;
    }
    return Success;
}

} // namespace

QList<Command> licenseCommands()
{
    return {
        {{u"license"_s, u"trust"_s},
         QT_TRANSLATE_NOOP("ctl",
                           "trust a vendor's Ed25519 key (a JWK: kty OKP, crv Ed25519) for its licenses"),
         "license trust ISSUER JWK_FILE",
         trust},
        {{u"license"_s, u"check"_s},
         QT_TRANSLATE_NOOP("ctl", "verify a license key without installing anything"),
         "license check MODULE --license-file F [--site SITE]",
         check},
    };
}

} // namespace ctl
