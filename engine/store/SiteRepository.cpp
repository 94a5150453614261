#include "store/SiteRepository.h"

#include "store/Database.h"
#include "store/Query.h"
#include "store/Transaction.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <optional>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

// The columns a scan owns, in the order scannedValues() binds them.
const QString scannedColumns = u"title, path, apps_dir, port, port_source, port_key, environment, "
                               u"business_context, instances, agent, reload_command, modules_dir, "
                               u"status, features, sources, problems"_s;

const QString selectSites
    = u"SELECT id, name, title_override, first_seen, last_seen, "_s + scannedColumns + u" FROM sites"_s;

QString statusName(SiteStatus status)
{
    switch (status) {
    case SiteStatus::Ok:
        return u"ok"_s;
    case SiteStatus::Warning:
        return u"warning"_s;
    case SiteStatus::Error:
        return u"error"_s;
    case SiteStatus::Missing:
        return u"missing"_s;
    }
    return u"error"_s;
}

std::optional<SiteStatus> statusFromName(const QString& name)
{
    for (const SiteStatus status :
         {SiteStatus::Ok, SiteStatus::Warning, SiteStatus::Error, SiteStatus::Missing}) {
        if (statusName(status) == name)
            return status;
    }
    return std::nullopt;
}

QString portSourceName(PortSource source)
{
    switch (source) {
    case PortSource::None:
        return u"none"_s;
    case PortSource::EnvFile:
        return u"env"_s;
    case PortSource::SiteJson:
        return u"site_json"_s;
    case PortSource::Derived:
        return u"derived"_s;
    }
    return u"none"_s;
}

std::optional<PortSource> portSourceFromName(const QString& name)
{
    for (const PortSource source :
         {PortSource::None, PortSource::EnvFile, PortSource::SiteJson, PortSource::Derived}) {
        if (portSourceName(source) == name)
            return source;
    }
    return std::nullopt;
}

QString toJson(const QJsonArray& array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QString problemsJson(const QList<ScanProblem>& problems)
{
    QJsonArray array;
    for (const ScanProblem& problem : problems) {
        array.append(QJsonObject {
            {u"site"_s, problem.site},
            {u"file"_s, problem.file},
            {u"line"_s, problem.line},
            {u"message"_s, problem.message},
            {u"fatal"_s, problem.fatal},
        });
    }
    return toJson(array);
}

std::optional<QJsonArray> parseArray(const QVariant& value)
{
    const QJsonDocument document = QJsonDocument::fromJson(value.toString().toUtf8());
    if (!document.isArray())
        return std::nullopt;
    return document.array();
}

QVariantList scannedValues(const Site& site)
{
    return {
        Query::text(site.title),
        site.path,
        site.appsDir,
        site.port,
        portSourceName(site.portSource),
        Query::text(site.portKey),
        Query::text(site.environment),
        Query::text(site.businessContext),
        site.instances,
        Query::text(site.agent),
        Query::text(site.reloadCommand),
        Query::text(site.modulesDir),
        statusName(site.status),
        toJson(QJsonArray::fromStringList(site.features)),
        toJson(QJsonArray::fromStringList(site.sources)),
        problemsJson(site.problems),
    };
}

bool sameProblems(const QList<ScanProblem>& a, const QList<ScanProblem>& b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(),
                      [](const ScanProblem& x, const ScanProblem& y) {
                          return x.site == y.site && x.file == y.file && x.line == y.line
                              && x.message == y.message && x.fatal == y.fatal;
                      });
}

// Whether a rescan changes anything the scanner owns.
bool sameScannedFields(const Site& a, const Site& b)
{
    return a.title == b.title && a.path == b.path && a.appsDir == b.appsDir && a.domains == b.domains
        && a.port == b.port && a.portSource == b.portSource && a.portKey == b.portKey
        && a.environment == b.environment && a.features == b.features && a.plugins == b.plugins
        && a.businessContext == b.businessContext && a.instances == b.instances && a.agent == b.agent
        && a.reloadCommand == b.reloadCommand && a.modulesDir == b.modulesDir && a.sources == b.sources
        && a.status == b.status && sameProblems(a.problems, b.problems);
}

class SiteReader
{
    Q_DECLARE_TR_FUNCTIONS(SiteRepository)

public:
    SiteReader(const Database& database, QSqlDatabase connection)
        : m_database(database)
        , m_connection(std::move(connection))
    {
    }

    // Sites matching @p where (empty: all), sorted by name, with their domains and plugins.
    Result<QList<Site>> read(const QString& where = {}, const QVariantList& values = {})
    {
        const QString filter = where.isEmpty() ? QString() : u" WHERE "_s + where;
        QList<Site> sites;
        QHash<qint64, qsizetype> index;
        {
            Query query(m_database, m_connection);
            if (Status ran = query.exec(selectSites + filter + u" ORDER BY name"_s, values); !ran)
                return ran.error();
            while (query.next()) {
                Result<Site> site = decode(query);
                if (!site)
                    return site.error();
                index.insert(site->id, sites.size());
                sites.append(std::move(*site));
            }
        }
        if (sites.isEmpty())
            return sites;

        const QString childFilter = where.isEmpty()
            ? QString()
            : u" WHERE site_id IN (SELECT id FROM sites WHERE "_s + where + u')';
        {
            Query query(m_database, m_connection);
            if (Status ran = query.exec(u"SELECT site_id, domain FROM site_domains"_s + childFilter
                                            + u" ORDER BY site_id, position"_s,
                                        values);
                !ran) {
                return ran.error();
            }
            while (query.next())
                sites[index.value(query.value(0).toLongLong())].domains.append(query.value(1).toString());
        }
        {
            Query query(m_database, m_connection);
            if (Status ran = query.exec(u"SELECT site_id, name, package_name, version_spec, source, enabled "
                                        u"FROM site_plugins"_s
                                            + childFilter + u" ORDER BY site_id, position"_s,
                                        values);
                !ran) {
                return ran.error();
            }
            while (query.next()) {
                SitePlugin plugin;
                plugin.name = query.value(1).toString();
                plugin.packageName = query.value(2).toString();
                plugin.versionSpec = query.value(3).toString();
                plugin.source = query.value(4).toString();
                plugin.enabled = query.value(5).toInt() != 0;
                sites[index.value(query.value(0).toLongLong())].plugins.append(plugin);
            }
        }
        return sites;
    }

private:
    Error corrupt(const Site& site, const QString& column) const
    {
        return Error(ErrorCode::Parse, tr("The stored value cannot be read."),
                     u"%1: sites[%2].%3"_s.arg(m_database.location().displayName(), site.name, column));
    }

    Result<Site> decode(const Query& query) const
    {
        Site site;
        site.id = query.value(0).toLongLong();
        site.name = query.value(1).toString();
        site.titleOverride = query.value(2).toString();
        site.firstSeen = Query::toTimestamp(query.value(3));
        site.lastSeen = Query::toTimestamp(query.value(4));
        site.title = query.value(5).toString();
        site.path = query.value(6).toString();
        site.appsDir = query.value(7).toString();
        site.port = query.value(8).toInt();
        const auto portSource = portSourceFromName(query.value(9).toString());
        if (!portSource)
            return corrupt(site, u"port_source"_s);
        site.portSource = *portSource;
        site.portKey = query.value(10).toString();
        site.environment = query.value(11).toString();
        site.businessContext = query.value(12).toString();
        site.instances = query.value(13).toInt();
        site.agent = query.value(14).toString();
        site.reloadCommand = query.value(15).toString();
        site.modulesDir = query.value(16).toString();
        const auto status = statusFromName(query.value(17).toString());
        if (!status)
            return corrupt(site, u"status"_s);
        site.status = *status;

        const auto features = parseArray(query.value(18));
        if (!features)
            return corrupt(site, u"features"_s);
        for (const QJsonValue& feature : *features)
            site.features.append(feature.toString());
        const auto sources = parseArray(query.value(19));
        if (!sources)
            return corrupt(site, u"sources"_s);
        for (const QJsonValue& source : *sources)
            site.sources.append(source.toString());
        const auto problems = parseArray(query.value(20));
        if (!problems)
            return corrupt(site, u"problems"_s);
        for (const QJsonValue& value : *problems) {
            const QJsonObject object = value.toObject();
            site.problems.append({object.value(u"site"_s).toString(), object.value(u"file"_s).toString(),
                                  object.value(u"line"_s).toInt(), object.value(u"message"_s).toString(),
                                  object.value(u"fatal"_s).toBool()});
        }
        return site;
    }

    const Database& m_database;
    QSqlDatabase m_connection;
};

Status writeDomains(Transaction& transaction, qint64 siteId, const QStringList& domains)
{
    Query clear(transaction);
    if (Status ran = clear.exec(u"DELETE FROM site_domains WHERE site_id = ?"_s, {siteId}); !ran)
        return ran;
    for (qsizetype i = 0; i < domains.size(); ++i) {
        Query insert(transaction);
        if (Status ran
            = insert.exec(u"INSERT INTO site_domains (site_id, position, domain) VALUES (?, ?, ?)"_s,
                          {siteId, int(i), domains.at(i)});
            !ran) {
            return ran;
        }
    }
    return {};
}

Status writePlugins(Transaction& transaction, qint64 siteId, const QList<SitePlugin>& plugins)
{
    Query clear(transaction);
    if (Status ran = clear.exec(u"DELETE FROM site_plugins WHERE site_id = ?"_s, {siteId}); !ran)
        return ran;
    for (qsizetype i = 0; i < plugins.size(); ++i) {
        const SitePlugin& plugin = plugins.at(i);
        Query insert(transaction);
        if (Status ran = insert.exec(u"INSERT INTO site_plugins (site_id, position, name, package_name, "
                                     u"version_spec, source, enabled) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                                     {siteId, int(i), plugin.name, Query::text(plugin.packageName),
                                      Query::text(plugin.versionSpec), Query::text(plugin.source),
                                      plugin.enabled ? 1 : 0});
            !ran) {
            return ran;
        }
    }
    return {};
}

} // namespace

SiteRepository::SiteRepository(Database& database)
    : m_database(database)
{
}

Result<QList<Site>> SiteRepository::list() const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    return SiteReader(m_database, *connection).read();
}

Result<Site> SiteRepository::findByName(const QString& name) const
{
    return findOne(u"name = ?"_s, name, name);
}

Result<Site> SiteRepository::findById(qint64 id) const
{
    return findOne(u"id = ?"_s, id, QString::number(id));
}

Result<Site> SiteRepository::findOne(const QString& where, const QVariant& value,
                                     const QString& subject) const
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    Result<QList<Site>> sites = SiteReader(m_database, *connection).read(where, {value});
    if (!sites)
        return sites.error();
    if (sites->isEmpty())
        return Error(ErrorCode::NotFound, tr("There is no such site."), subject);
    return sites->constFirst();
}

Result<SiteRepository::ScanSummary> SiteRepository::applyScan(const QStringList& appsDirs,
                                                              const QList<Site>& scanned)
{
    QSet<QString> scannedNames;
    for (const Site& site : scanned) {
        if (site.name.isEmpty())
            return Error(ErrorCode::InvalidArgument, tr("A scanned site has no name."), site.path);
        if (site.port < 0 || site.port > 65535)
            return Error(ErrorCode::InvalidArgument, tr("The port is outside 0–65535."),
                         site.name + u".port"_s);
        if (scannedNames.contains(site.name))
            return Error(ErrorCode::Conflict, tr("Two scanned sites have the same name."), site.name);
        scannedNames.insert(site.name);
    }
    QSet<QString> scannedDirs;
    for (const QString& dir : appsDirs)
        scannedDirs.insert(QDir::cleanPath(dir));

    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();

    // Read inside the transaction so a concurrent scan cannot slip in between.
    Result<QList<Site>> stored = SiteReader(m_database, *connection).read();
    if (!stored)
        return stored.error();
    QHash<QString, const Site*> byName;
    for (const Site& site : *stored)
        byName.insert(site.name, &site);

    const QVariant now = Query::timestamp(m_database.clock().now());
    ScanSummary summary;
    for (const Site& site : scanned) {
        const Site* known = byName.value(site.name);
        if (!known) {
            QVariantList values = scannedValues(site);
            values.prepend(site.name);
            values << now << now;
            Query insert(*transaction);
            const QString placeholders = QStringList(values.size(), u"?"_s).join(u", "_s);
            if (Status ran = insert.exec(u"INSERT INTO sites (name, "_s + scannedColumns
                                             + u", first_seen, last_seen) VALUES ("_s + placeholders
                                             + u") RETURNING id"_s,
                                         values);
                !ran) {
                return ran.error();
            }
            if (!insert.next())
                return Error(ErrorCode::Internal, tr("The new site got no id."), site.name);
            const qint64 id = insert.value(0).toLongLong();
            insert.finish();
            if (Status ran = writeDomains(*transaction, id, site.domains); !ran)
                return ran.error();
            if (Status ran = writePlugins(*transaction, id, site.plugins); !ran)
                return ran.error();
            ++summary.added;
            continue;
        }

        if (sameScannedFields(*known, site)) {
            Query touch(*transaction);
            if (Status ran = touch.exec(u"UPDATE sites SET last_seen = ? WHERE id = ?"_s, {now, known->id});
                !ran)
                return ran.error();
            ++summary.unchanged;
            continue;
        }

        QVariantList values = scannedValues(site);
        values << now << known->id;
        QString assignments = scannedColumns;
        assignments.replace(u", "_s, u" = ?, "_s);
        Query update(*transaction);
        if (Status ran = update.exec(
                u"UPDATE sites SET "_s + assignments + u" = ?, last_seen = ? WHERE id = ?"_s, values);
            !ran) {
            return ran.error();
        }
        if (known->domains != site.domains) {
            if (Status ran = writeDomains(*transaction, known->id, site.domains); !ran)
                return ran.error();
        }
        if (known->plugins != site.plugins) {
            if (Status ran = writePlugins(*transaction, known->id, site.plugins); !ran)
                return ran.error();
        }
        ++summary.updated;
    }

    for (const Site& site : *stored) {
        if (scannedNames.contains(site.name) || !scannedDirs.contains(QDir::cleanPath(site.appsDir)))
            continue;
        ++summary.missing;
        if (site.status == SiteStatus::Missing)
            continue;
        Query mark(*transaction);
        if (Status ran = mark.exec(u"UPDATE sites SET status = ? WHERE id = ?"_s,
                                   {statusName(SiteStatus::Missing), site.id});
            !ran) {
            return ran.error();
        }
    }

    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return summary;
}

Status SiteRepository::setTitleOverride(const QString& name, const QString& title)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"UPDATE sites SET title_override = ? WHERE name = ?"_s,
                                {Query::text(title.trimmed()), name});
        !ran) {
        return ran;
    }
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no such site."), name);
    return transaction->commit();
}

Status SiteRepository::remove(const QString& name)
{
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    // site_domains and site_plugins go with it (ON DELETE CASCADE).
    if (Status ran = query.exec(u"DELETE FROM sites WHERE name = ?"_s, {name}); !ran)
        return ran;
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no such site."), name);
    return transaction->commit();
}

Status SiteRepository::updatePort(const QString& name, int port, PortSource source, const QString& key)
{
    if (port < 0 || port > 65535)
        return Error(ErrorCode::InvalidArgument, tr("The port is outside 0–65535."), u"port"_s);
    Result<QSqlDatabase> connection = m_database.connection();
    if (!connection)
        return connection.error();
    auto transaction = Transaction::begin(m_database, *connection);
    if (!transaction)
        return transaction.error();
    Query query(*transaction);
    if (Status ran = query.exec(u"UPDATE sites SET port = ?, port_source = ?, port_key = ? WHERE name = ?"_s,
                                {port, portSourceName(source), Query::text(key), name});
        !ran) {
        return ran;
    }
    if (query.rowsAffected() == 0)
        return Error(ErrorCode::NotFound, tr("There is no such site."), name);
    return transaction->commit();
}

} // namespace ms
