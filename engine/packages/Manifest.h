#pragma once

#include "core/Result.h"
#include "core/Version.h"
#include "core/VersionRange.h"
#include "packages/HealthProbe.h"
#include "packages/ValidationReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// How the platform treats a module.
enum class ModuleKind {
    Core, ///< "core": part of the platform, always loaded on every site
    Shared, ///< "shared": services other modules depend on
    Business, ///< "business": a feature a site chooses to run
};

/// How a module's license is counted; the license key's `lic` claim carries the same name.
enum class LicenseType {
    None, ///< no license needed (license_required is false)
    PerInstallation, ///< "per_installation": one key covers the whole platform installation, every
                     ///< site it serves; the key's `aud` is the installation id
    PerSite, ///< "per_site": each site that enables the module takes one of the key's `seats`
    Subscription, ///< "subscription": like per_installation but always time-limited: the key
                  ///< must carry `exp`, and the module stops being licensed when it passes
};

/// Version requirements by name: a module name, or "core" for the platform core's version.
/// Used for both `dependencies` and `conflicts`.
using Requirements = QMap<QString, VersionRange>;

/// A module's manifest.json (DESIGN.md, "Module package"), parsed and validated.
///
/// Validation reports every problem at once, each naming its field path:
/// `dependencies.core: "~>1.2-" is not a valid range`. Fields this version does not know are
/// kept (toJson() writes them back) and reported as warnings.
///
/// Required: module_name, display_name, version, kind. A manifest with license_required
/// true must name its license_type. Everything else is optional.
class Manifest
{
    Q_DECLARE_TR_FUNCTIONS(Manifest)

public:
    /// A manifest larger than this is refused before parsing.
    static constexpr qint64 MaxFileSize = 1024 * 1024;
    /// The name "core" is the platform itself in `dependencies`; no module may take it.
    static QString coreName() { return QStringLiteral("core"); }

    /// Parses manifest JSON. Fails with ErrorCode::Parse when @p json is not a JSON object,
    /// with ErrorCode::Validation when a field is wrong; the error's detail then lists every
    /// problem. @p report, when given, receives every error and warning either way.
    [[nodiscard]] static Result<Manifest> parse(const QByteArray& json, ValidationReport* report = nullptr);
    /// As parse(), from an already parsed object.
    [[nodiscard]] static Result<Manifest> fromJson(const QJsonObject& object,
                                                   ValidationReport* report = nullptr);
    /// Reads and parses the file at @p path (ErrorCode::Io when it cannot be read or is larger
    /// than MaxFileSize); the error's subject is the file.
    [[nodiscard]] static Result<Manifest> load(const QString& path, ValidationReport* report = nullptr);

    /// The manifest as JSON: every known field in its canonical form, unknown fields as read.
    QJsonObject toJson() const;

    const QString& moduleName() const { return m_moduleName; }
    const QString& displayName() const { return m_displayName; }
    const Version& version() const { return m_version; }
    const QString& description() const { return m_description; }
    const QString& author() const { return m_author; }
    ModuleKind kind() const { return m_kind; }
    /// Absolute URL path under which the module serves ("/api/v1/farm"); may be empty.
    const QString& routePrefix() const { return m_routePrefix; }
    /// Includes "core" when the module constrains the platform's version.
    const Requirements& dependencies() const { return m_dependencies; }
    /// The range the platform core must be in; `*` when the manifest does not say.
    VersionRange coreRequirement() const { return m_dependencies.value(coreName()); }
    const Requirements& conflicts() const { return m_conflicts; }
    const QStringList& databaseCollections() const { return m_databaseCollections; }
    const QStringList& permissions() const { return m_permissions; }
    bool licenseRequired() const { return m_licenseRequired; }
    LicenseType licenseType() const { return m_licenseType; }
    /// The JSON Schema of the module's configuration, as written; empty when there is none.
    const QJsonObject& configSchema() const { return m_configSchema; }
    const QList<HealthProbe>& health() const { return m_health; }
    /// Hook name → path of the program inside the package ("bin/selftest").
    const QMap<QString, QString>& hooks() const { return m_hooks; }
    /// Top-level fields this version does not know, kept for toJson().
    const QJsonObject& unknownFields() const { return m_unknownFields; }

    /// `^[a-z][a-z0-9_]{1,63}$`, as DESIGN.md says.
    static bool isValidModuleName(QStringView name);
    /// Reads the `dependencies` or `conflicts` object (@p key inside the object at
    /// @p parentPath) for module @p self: keys are
    /// module names (or "core" in dependencies), values version ranges. The catalog reads its
    /// versions' requirements with this too, so both report the same problems the same way.
    /// @p parsed, when given, remembers ranges by text across calls: a catalog repeats the
    /// same few ranges thousands of times.
    static Requirements readRequirements(const QJsonValue& value, const QString& parentPath, const QString& key,
                                         const QString& self, bool conflicts, ValidationReport& report,
                                         QHash<QString, VersionRange>* parsed = nullptr);
    /// Whether @p path names a file inside a package: relative, no "..", no backslash, no
    /// empty or "." segment. When not, @p problem says why.
    static bool isPackagePath(QStringView path, QString* problem = nullptr);

    static QString kindName(ModuleKind kind);
    static std::optional<ModuleKind> kindFromName(QStringView name);
    static QString licenseTypeName(LicenseType type);
    static std::optional<LicenseType> licenseTypeFromName(QStringView name);

    bool operator==(const Manifest& other) const { return toJson() == other.toJson(); }

private:
    QString m_moduleName;
    QString m_displayName;
    Version m_version;
    QString m_description;
    QString m_author;
    ModuleKind m_kind = ModuleKind::Business;
    QString m_routePrefix;
    Requirements m_dependencies;
    Requirements m_conflicts;
    QStringList m_databaseCollections;
    QStringList m_permissions;
    bool m_licenseRequired = false;
    LicenseType m_licenseType = LicenseType::None;
    QJsonObject m_configSchema;
    QList<HealthProbe> m_health;
    QMap<QString, QString> m_hooks;
    QJsonObject m_unknownFields;
};

} // namespace ms
