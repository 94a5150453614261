#pragma once

#include "core/Result.h"
#include "packages/Manifest.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace ms {

class MinisignSecretKey;

/// Builds a registry's metadata from its packages, for publishers (`mothershipctl registry
/// index DIR`). DIR holds `<module>/<version>/<module>-<version>.tar.gz`; the indexer reads
/// each package's manifest.json (that entry only), checks that it names the module and
/// version of its folders, hashes the package, and writes (each file through AtomicFile):
///
/// - `<module>/<version>/checksums.txt`: "<sha256>  <file name>";
/// - `<module>/latest.json`: { "version": … } — the newest release that is not yanked
///   (pre-releases only when a module has nothing else);
/// - `catalog.json`: serial one above the catalog already in DIR (1 for the first), the
///   expiry `expiryDays` from now, and per version: path, sha256, size, dependencies,
///   conflicts, license_required, released_at and yanked — released_at and yanked kept from
///   the previous catalog, released_at now for a new version. Module fields come from the
///   newest version's manifest; tags from its "tags" field, else from the previous catalog.
///
/// With a signing key it signs catalog.json and every package in minisign's format, so that
/// `minisign -Vm FILE -p KEY.pub` verifies them; a package signature that already verifies
/// with the key is kept. Without a key, a catalog.json.minisig left from before (which no
/// longer matches) is removed.
///
/// A catalog.json in DIR that does not parse is an error, not a fresh start: its serial is
/// what protects clients from a rollback. Blocking disk work: call it off the GUI thread.
class RegistryIndexer
{
    Q_DECLARE_TR_FUNCTIONS(RegistryIndexer)

public:
    struct Options
    {
        QString name; ///< the registry's name; empty: the previous catalog's, else DIR's name
        int expiryDays = 30;
        QDateTime now; ///< the time written into the catalog; invalid: the current time
        const MinisignSecretKey* signingKey = nullptr; ///< sign when given
    };

    struct Summary
    {
        QString catalogPath;
        QString registry;
        qint64 serial = 0;
        QDateTime expires;
        int modules = 0;
        int versions = 0;
        bool isSigned = false;
        QString keyId; ///< of the signing key
        int packagesSigned = 0; ///< signatures written
        int signaturesKept = 0; ///< valid signatures left as they were
        QStringList warnings; ///< versions dropped, folders skipped, a stale signature removed
    };

    [[nodiscard]] static Result<Summary> index(const QString& dir, const Options& options);

    /// Reads manifest.json from the package at @p packagePath without extracting anything
    /// else. NotFound when the package has none; Parse or Validation when it is invalid.
    [[nodiscard]] static Result<Manifest> readManifest(const QString& packagePath);
};

} // namespace ms
