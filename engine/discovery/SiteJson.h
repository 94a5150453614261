#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "discovery/BackupFile.h"
#include "discovery/Site.h"
#include "packages/HealthProbe.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// A site's `site.json`: what the administrator declared about it, which wins over what
/// `.env` and `package.json` suggest.
///
///     { "name": "clinic", "title": "Clinic East", "domains": ["clinic.example.org"],
///       "port": 3200, "environment": "staging", "instances": 2,
///       "agent": "https://host-b:7400", "reload_command": "systemctl reload clinic",
///       "modules_dir": "modules",
///       "health": [ { "name": "live", "type": "liveness", "http": { "path": "/live" } } ] }
///
/// `health` lists probes exactly as a module's manifest does (HealthProbe), except that an
/// `http` probe may name a full `url` instead of a `path`. Fields inside `http` / `tcp` that
/// HealthProbe does not know are kept for the health monitor, which checks them.
///
/// Every field is optional. A field of the wrong type or with a value out of range is an
/// error naming the field and its line; an unknown field is a warning (a typo in a field
/// name should not go unnoticed, nor stop the site). `$schema` is accepted.
class SiteJson
{
    Q_DECLARE_TR_FUNCTIONS(SiteJson)

public:
    static constexpr qsizetype MaxFileSize = 1024 * 1024;

    std::optional<QString> name; ///< the site's unique name
    std::optional<QString> title;
    std::optional<QStringList> domains; ///< lower-cased host names; "*.example.org" allowed
    std::optional<int> port; ///< 1–65535
    std::optional<QString> environment; ///< "development", "staging" or "production"
    std::optional<int> instances; ///< ≥ 1
    std::optional<QString> agent; ///< http(s) URL of a mothership-agent
    std::optional<QString> reloadCommand;
    std::optional<QString> modulesDir; ///< as written; relative to the site's folder
    std::optional<QList<HealthProbe>> health; ///< the site's own probes, names unique

    /// Parses @p data. Fails on invalid JSON (subject "fileName:line:column"), a root that
    /// is not an object, or the first field of the wrong type (subject "fileName:line",
    /// message naming the field).
    [[nodiscard]] static Result<SiteJson> parse(QByteArrayView data, const QString& fileName);
    /// Parses @p data keeping every field that is right. Invalid JSON gives an object with
    /// no fields and one fatal problem; a field of the wrong type is left unset and
    /// reported as a fatal problem; unknown fields are warnings.
    static SiteJson parseLenient(QByteArrayView data, const QString& fileName);
    /// Reads and parses the file at @p path (as parse()).
    [[nodiscard]] static Result<SiteJson> read(const QString& path);

    /// Warnings (unknown fields) and, from parseLenient(), errors (`fatal`).
    const QList<ScanProblem>& problems() const { return m_problems; }
    bool hasErrors() const;

    /// The probes of a "health" array, each problem with its path ("health[1].type") in
    /// @p report; entries with errors are left out. @p indexes, when given, receives each
    /// returned probe's index in @p array.
    static QList<HealthProbe> parseHealth(const QJsonArray& array, ValidationReport& report,
                                          QList<qsizetype>* indexes = nullptr);

    /// The fields site.json may hold.
    static QStringList knownFields();

    /// @p original with the top-level "port" set to @p port, all other bytes unchanged.
    /// Fails when @p original does not parse or has no top-level "port" to change.
    [[nodiscard]] static Result<QByteArray> withPort(QByteArrayView original, const QString& fileName,
                                                     int port);
    /// Sets "port" in the site.json at @p path: a backup beside it first (BackupFile), then
    /// the new content through ms::AtomicFile.
    [[nodiscard]] static Result<FileChange> setPort(const QString& path, int port,
                                                    const Clock& clock = Clock::system());

private:
    static SiteJson parseImpl(QByteArrayView data, const QString& fileName, bool lenient, Error* firstError);

    QList<ScanProblem> m_problems;
};

} // namespace ms
