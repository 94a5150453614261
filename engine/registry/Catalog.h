#pragma once

#include "core/Result.h"
#include "core/Version.h"
#include "core/VersionRange.h"
#include "packages/Manifest.h"
#include "packages/ValidationReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ms {

/// One published version of a module, as the catalog lists it.
struct CatalogVersion
{
    Version version;
    QString path; ///< the package, relative to the registry's root
    QString sha256; ///< 64 lowercase hex digits
    qint64 size = 0; ///< bytes
    Requirements dependencies; ///< module name → range; "core" → the platform core's range
    Requirements conflicts; ///< modules this version cannot run beside
    QDateTime releasedAt; ///< invalid when the catalog does not say
    bool yanked = false; ///< withdrawn: only used when a request pins it exactly
    bool licenseRequired = false;

    /// The platform core range this version needs; `*` when it does not say.
    VersionRange coreRequirement() const { return dependencies.value(Manifest::coreName()); }

    /// Equal to the last field, build metadata and the ranges' own text included.
    friend bool operator==(const CatalogVersion& a, const CatalogVersion& b);
};

/// A module and every version a registry offers of it.
struct CatalogModule
{
    QString moduleName;
    QString displayName;
    QString description;
    ModuleKind kind = ModuleKind::Business;
    QStringList tags;
    QList<CatalogVersion> versions; ///< newest first
    QString registry; ///< the registry this module comes from
    QStringList shadowedRegistries; ///< lower-priority registries that offer it too (merged view)

    /// The entry for @p version, or nullptr.
    const CatalogVersion* find(const Version& version) const;

    friend bool operator==(const CatalogModule& a, const CatalogModule& b) = default;
};

/// A registry's catalog.json (DESIGN.md, "Registry"), parsed and validated, or several
/// catalogs merged by priority. Signatures, serials and expiry are the client's business;
/// this class only reads what the bytes say and refuses what is malformed, naming the JSON
/// path of every problem (`modules[3].versions[1].sha256: not 64 hex digits`).
///
/// Besides DESIGN.md's fields a version may carry `conflicts` (same shape as `dependencies`)
/// and `license_required`; `dependencies.core` is the platform core's range.
class Catalog
{
    Q_DECLARE_TR_FUNCTIONS(Catalog)

public:
    /// The catalog format this program reads; a newer one is refused with Unsupported.
    static constexpr int SchemaVersion = 1;
    /// A catalog larger than this is refused before parsing.
    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

    /// Parses catalog JSON. Fails with Parse when it is not a JSON object, Unsupported when
    /// its schema is newer than SchemaVersion, Validation when a field is wrong (the detail
    /// lists every problem). @p report, when given, receives every error and warning.
    ///
    /// A catalog is first read straight from its text (CatalogReader), which only succeeds
    /// for a catalog with nothing to say about it. Anything else is read through a JSON tree,
    /// which names every problem: a large catalog in parts, one per core. The text is scanned
    /// once for where each module begins, and each part parses and validates its own modules.
    /// The result, errors and their order included, is the same whichever way it was read;
    /// whenever a part does not parse, the whole text is parsed again in one piece so that
    /// the error is JSON's own.
    [[nodiscard]] static Result<Catalog> parse(const QByteArray& json, ValidationReport* report = nullptr);
    /// parse() through the JSON tree only, split into exactly @p parts wherever the text
    /// allows it (1: in one piece), whatever its size and the machine's cores; parse()
    /// chooses for itself. For tests, which compare the ways of reading.
    [[nodiscard]] static Result<Catalog> parseInParts(const QByteArray& json, int parts,
                                                      ValidationReport* report = nullptr);
    [[nodiscard]] static Result<Catalog> fromJson(const QJsonObject& object,
                                                  ValidationReport* report = nullptr);

    /// Merges @p catalogs, highest priority first. When several offer a module, the whole
    /// module comes from the first that has it (versions are never mixed across registries,
    /// so a mirror cannot slip a version into a module it does not own); the others are
    /// remembered in shadowedRegistries. The merged view expires with the earliest catalog.
    static Catalog merge(const QList<Catalog>& catalogs);

    int schema() const { return m_schema; }
    /// The registry's name; for a merged view, the first (highest-priority) one.
    QString registry() const { return m_registries.value(0); }
    /// Every registry in this view, highest priority first.
    const QStringList& registries() const { return m_registries; }
    bool isMerged() const { return m_registries.size() > 1; }
    /// Names a single registry's catalog after @p name — the registry's local name — in
    /// registry() and every module's registry, so that a merged view says which configured
    /// registry (URL, keys) each module comes from, whatever name the publisher wrote.
    void setRegistryName(const QString& name);
    qint64 serial() const { return m_serial; }
    const QDateTime& expires() const { return m_expires; }
    bool isExpired(const QDateTime& now) const { return !m_expires.isValid() || now >= m_expires; }

    /// Every module, by name.
    const QList<CatalogModule>& modules() const { return m_modules; }
    /// The module called @p name, or nullptr.
    const CatalogModule* module(const QString& name) const;
    /// The entry for @p name at @p version, or nullptr.
    const CatalogVersion* find(const QString& name, const Version& version) const;

    /// Parses an RFC 3339 date-time ("2026-05-01T12:00:00Z", an offset is required).
    static QDateTime parseTimestamp(QStringView text);

    /// The same catalog: every field of every module and version (the search index aside).
    friend bool operator==(const Catalog& a, const Catalog& b);

private:
    friend class CatalogReader;
    struct Split; // where each module's JSON text is (Catalog.cpp)
    /// fromJson(). With @p split, @p object's "modules" is empty and the modules are parsed
    /// from their parts of the text instead; nothing when one of those does not parse.
    static std::optional<Result<Catalog>> read(const QJsonObject& object, ValidationReport& r,
                                               const Split* split);
    /// @p parts: 0 to choose, otherwise through the JSON tree in that many parts.
    static Result<Catalog> parse(const QByteArray& json, ValidationReport* report, int parts);
    void index();

    int m_schema = SchemaVersion;
    QStringList m_registries;
    qint64 m_serial = 0;
    QDateTime m_expires;
    QList<CatalogModule> m_modules;
    QHash<QString, qsizetype> m_byName;
};

} // namespace ms
