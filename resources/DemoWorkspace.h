#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

class AuditLog;
class Database;

/// The bundled demo platform, embedded in the programs: five business sites with realistic
/// .env and package.json files (one deliberate port conflict), a signed registry of twelve
/// modules built from resources/demo/modules at build time, its demo-only key, and a demo
/// license for the `reports` module from the demo vendor "a64". The console's `--demo`
/// works on a writable copy in the user's data directory, so fixing the conflict or
/// installing modules never touches the installed files.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    /// Where the copy's parts are.
    struct Paths
    {
        QString root;         ///< <data dir>/demo
        QString sites;        ///< the apps directory
        QString registry;     ///< the registry folder (catalog.json at its top)
        QString registryKey;  ///< the registry's minisign public key
        QString vendorKey;    ///< the demo vendor's JWK
        QString license;      ///< the demo license key file for `reports`
    };

    /// The registry's name and the vendor's, as the demo configures them.
    static constexpr const char* RegistryName = "demo";
    static constexpr const char* VendorName = "a64";

    /// <data dir>/demo: where the copy lives.
    static QString defaultLocation();

    /// Copies the embedded demo into @p dir unless it is already there (a later run keeps
    /// the administrator's changes), and says where its parts are.
    [[nodiscard]] static Result<Paths> prepare(const QString& dir = defaultLocation());

    /// The database the demo uses: <dir>/mothership.db.
    static QString databasePath(const QString& dir = defaultLocation());

    /// Configures @p database for the demo once: the demo registry (a file:// URL, trusted
    /// with its key) and the demo vendor's key. Does nothing for what is already there.
    [[nodiscard]] static Status configure(Database& database, const Paths& paths, AuditLog* audit = nullptr);
};

} // namespace ms
