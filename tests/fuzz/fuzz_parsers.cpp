// libFuzzer target for every parser that reads bytes someone else wrote (THREATS.md 10):
// registry catalogs, manifests, minisign keys and signatures, license keys and vendor keys,
// the sites' .env, package.json and site.json, modules.lock, versions and ranges.
//
// The first input byte picks the parser; the rest is its input. Beyond "no crash, no
// sanitizer report", each run checks what a caller relies on: parsing is deterministic, an
// error has a message on one line, and what parses and prints parses back to the same thing.

#include "core/Version.h"
#include "core/VersionRange.h"
#include "discovery/DotEnv.h"
#include "discovery/PackageJson.h"
#include "discovery/SiteJson.h"
#include "licensing/LicenseVerifier.h"
#include "licensing/VendorKey.h"
#include "packages/Manifest.h"
#include "registry/Catalog.h"
#include "registry/CatalogReader.h"
#include "registry/MinisignPublicKey.h"
#include "registry/MinisignSecretKey.h"
#include "registry/MinisignSignature.h"
#include "targets/ModulesLock.h"

#include <QByteArray>
#include <QString>
#include <clocale>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char* parser, const char* what, const QString& detail = {})
{
    std::fprintf(stderr, "fuzz_parsers: %s: invariant broken: %s %s\n", parser, what, qPrintable(detail));
    std::abort();
}

/// The checks every parser's result gets: an error says something, on one line.
template<typename T> void checkResult(const char* parser, const ms::Result<T>& result)
{
    if (result.ok())
        return;
    const ms::Error& error = result.error();
    if (!error.isError())
        broken(parser, "a failed result without an error");
    if (error.message().isEmpty())
        broken(parser, "an error without a message");
    if (error.toString().contains(u'\n'))
        broken(parser, "an error message spans lines", error.toString());
}

/// Parses twice and checks both runs agree on success and on the error.
template<typename Parse> auto parsedTwice(const char* parser, Parse parse)
{
    auto first = parse();
    const auto second = parse();
    checkResult(parser, first);
    if (first.ok() != second.ok())
        broken(parser, "two parses of the same input disagree");
    if (!first.ok() && first.error().toString() != second.error().toString())
        broken(parser, "two parses of the same input give different errors");
    return first;
}

void fuzzVersion(const QString& text)
{
    const auto version = parsedTwice("Version", [&] { return ms::Version::parse(text); });
    if (!version.ok())
        return;
    const QString printed = version->toString();
    const auto again = ms::Version::parse(printed);
    if (!again.ok() || again->toString() != printed || !(*again == *version))
        broken("Version", "toString() does not parse back to the same version", printed);
}

void fuzzRange(const QString& text)
{
    const auto range = parsedTwice("VersionRange", [&] { return ms::VersionRange::parse(text); });
    if (!range.ok())
        return;
    const QString printed = range->toString();
    const auto again = ms::VersionRange::parse(printed);
    if (!again.ok())
        broken("VersionRange", "toString() is not a valid range", printed);
    if (again->toString() != printed)
        broken("VersionRange", "toString() is not a fixed point", printed + QStringLiteral(" -> ") + again->toString());
}

void fuzzLicense(const QByteArray& token)
{
    // A fixed vendor key: the fuzzer cannot forge a signature, but it walks every check
    // before the signature (sizes, base64url, JSON header, algorithm, kid) and the claims
    // parser when the token is otherwise well formed.
    static const ms::LicenseVerifier verifier = [] {
        ms::LicenseVerifier v;
        v.trustVendor(QStringLiteral("fuzz-vendor"), ms::VendorKey::fromRaw(QByteArray(32, '\x11'), QStringLiteral("k1")));
        return v;
    }();
    const auto claims = parsedTwice("LicenseVerifier", [&] {
        return verifier.verify(token, QStringLiteral("reports"), QStringLiteral("installation"));
    });
    if (claims.ok())
        broken("LicenseVerifier", "a token signed by nobody was accepted");
}

/// Whether two parses say the same: the same catalog to the last field, or the same error.
bool same(const ms::Result<ms::Catalog>& a, const ms::Result<ms::Catalog>& b)
{
    if (a.ok() != b.ok())
        return false;
    if (a.ok())
        return *a == *b;
    return a.error().toString() + a.error().detail() == b.error().toString() + b.error().detail();
}

void fuzzCatalog(const QByteArray& input)
{
    // parse() as callers use it: the direct reader first, the JSON tree when it gives up.
    const auto parsed = parsedTwice("Catalog", [&] { return ms::Catalog::parse(input); });
    ms::ValidationReport report;
    const auto tree = ms::Catalog::parseInParts(input, 1, &report);
    if (!same(parsed, tree))
        broken("Catalog", "parse() differs from the JSON tree");
    // Read in parts (what a large catalog gets), it must say exactly the same.
    if (!same(ms::Catalog::parseInParts(input, 3), tree))
        broken("Catalog", "parsing in parts differs from parsing in one piece");
    // The direct reader only ever reads what the JSON tree reads without an error, and reads
    // it the same; asked not to skip unknown fields, only what it reads without a warning.
    const auto direct = ms::CatalogReader::read(input, ms::CatalogReader::Unknown::Skip);
    if (direct && (!tree.ok() || !report.errors().isEmpty() || !(*direct == *tree)))
        broken("CatalogReader", "read what the JSON tree refuses, or read it differently");
    const auto strict = ms::CatalogReader::read(input, ms::CatalogReader::Unknown::GiveUp);
    if (strict && (!direct || !report.warnings().isEmpty() || !(*strict == *tree)))
        broken("CatalogReader", "read a catalog with unknown fields when asked to give up on them");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    std::setlocale(LC_ALL, "C.UTF-8");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0)
        return 0;
    const QByteArray input(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    const QString file = QStringLiteral("fuzz-input");
    switch (data[0] % 13) {
    case 0:
        fuzzCatalog(input);
        break;
    case 1:
        parsedTwice("Manifest", [&] { return ms::Manifest::parse(input); });
        break;
    case 2:
        parsedTwice("MinisignSignature", [&] { return ms::MinisignSignature::parse(input, file); });
        break;
    case 3:
        parsedTwice("MinisignPublicKey", [&] { return ms::MinisignPublicKey::parse(input, file); });
        break;
    case 4:
        // No password: an encrypted key stops before scrypt, an unencrypted one is read whole.
        parsedTwice("MinisignSecretKey", [&] { return ms::MinisignSecretKey::parse(input, {}, file); });
        break;
    case 5: {
        parsedTwice("DotEnv", [&] { return ms::DotEnv::parse(input, file); });
        (void)ms::DotEnv::parseLenient(input, file);
        break;
    }
    case 6: {
        parsedTwice("PackageJson", [&] { return ms::PackageJson::parse(input, file); });
        (void)ms::PackageJson::parseLenient(input, file);
        break;
    }
    case 7: {
        parsedTwice("SiteJson", [&] { return ms::SiteJson::parse(input, file); });
        (void)ms::SiteJson::parseLenient(input, file);
        break;
    }
    case 8:
        parsedTwice("VendorKey", [&] { return ms::VendorKey::fromJwk(input, file); });
        break;
    case 9:
        fuzzLicense(input);
        break;
    case 10:
        parsedTwice("ModulesLock", [&] { return ms::ModulesLock::parse(input, file); });
        break;
    case 11:
        fuzzVersion(QString::fromUtf8(input));
        break;
    case 12:
        fuzzRange(QString::fromUtf8(input));
        break;
    }
    return 0;
}
