#include "inventory/Inventory.h"

#include "audit/AuditLog.h"
#include "discovery/ListeningPorts.h"
#include "discovery/SiteWatcher.h"
#include "inventory/ScanJob.h"
#include "store/AppsDirRepository.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ms {

Inventory::Inventory(Database& database, AuditLog* audit, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_audit(audit)
{
}

Inventory::~Inventory() = default;

Result<QStringList> Inventory::appsDirs() const
{
    auto dirs = AppsDirRepository(m_database).list();
    if (!dirs)
        return dirs.error();
    QStringList paths;
    for (const auto& d : *dirs)
        paths << d.path;
    return paths;
}

Result<Inventory::ScanOutcome> Inventory::addAndScan(const QStringList& dirs)
{
    QStringList absolute;
    for (const QString& d : dirs) {
        const QFileInfo info(d);
        if (!info.isDir())
            return Error(ErrorCode::NotFound, tr("not a directory"), d);
        absolute << QDir::cleanPath(info.absoluteFilePath());
    }
    AppsDirRepository repo(m_database);
    for (const QString& d : std::as_const(absolute)) {
        if (auto added = repo.add(d); !added)
            return added.error();
    }
    Result<ScanOutcome> outcome = scanAll(absolute);
    if (outcome && m_audit) {
        AuditEvent e;
        e.action = u"inventory.scan"_s;
        e.outcome = AuditRecord::Outcome::Success;
        e.message = tr("Scanned %1: %2 new, %3 updated, %4 missing, %5 problems")
                        .arg(absolute.join(u", "_s))
                        .arg(outcome->summary.added)
                        .arg(outcome->summary.updated)
                        .arg(outcome->summary.missing)
                        .arg(outcome->problems.size());
        e.details = {{u"apps_dirs"_s, QJsonArray::fromStringList(absolute)}};
        (void)m_audit->record(e);
    }
    if (outcome && m_watcher)
        QMetaObject::invokeMethod(this, &Inventory::restartWatcher, Qt::QueuedConnection);
    return outcome;
}

Result<Inventory::ScanOutcome> Inventory::rescan()
{
    return scanAll({});
}

Result<Inventory::ScanOutcome> Inventory::scanAll(const QStringList& extra)
{
    Result<QStringList> registered = appsDirs();
    if (!registered)
        return registered.error();
    QStringList dirs = *registered;
    for (const QString& d : extra) {
        if (!dirs.contains(d))
            dirs << d;
    }
    ScanOutcome outcome;
    outcome.appsDirs = dirs;
    const ScanResult scanned = SiteScanner::scan(dirs, m_options);
    outcome.problems = scanned.problems;
    Result<SiteRepository::ScanSummary> summary = SiteRepository(m_database).applyScan(dirs, scanned.sites);
    if (!summary)
        return summary.error();
    outcome.summary = *summary;
    Q_EMIT sitesChanged();
    return outcome;
}

Status Inventory::removeAppsDir(const QString& dir)
{
    const QString path = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    if (Status removed = AppsDirRepository(m_database).remove(path); !removed)
        return removed;
    // Its sites are not scanned any more: an empty scan of it marks them missing.
    if (auto marked = SiteRepository(m_database).applyScan({path}, {}); !marked)
        return marked.error();
    Q_EMIT sitesChanged();
    if (m_watcher)
        restartWatcher();
    return {};
}

Result<QList<Site>> Inventory::sites() const
{
    return SiteRepository(m_database).list();
}

Result<Site> Inventory::site(const QString& name) const
{
    return SiteRepository(m_database).findByName(name);
}

Status Inventory::setTitleOverride(const QString& site, const QString& title)
{
    Status set = SiteRepository(m_database).setTitleOverride(site, title);
    if (set)
        Q_EMIT sitesChanged();
    return set;
}

Result<Inventory::PortReport> Inventory::ports() const
{
    Result<QList<Site>> all = sites();
    if (!all)
        return all.error();
    QList<Site> present;
    for (const Site& s : std::as_const(*all)) {
        if (s.status != SiteStatus::Missing)
            present << s;
    }
    Result<ListeningPorts> listening = m_offline ? Result<ListeningPorts>(ListeningPorts()) : ListeningPorts::readSystem();
    if (!listening)
        return listening.error();
    QSet<int> declared;
    for (const Site& s : std::as_const(present))
        declared.insert(s.port);
    listening->resolveOwners(declared);

    PortReport report;
    report.conflicts = PortAllocator::conflicts(present, *listening);
    report.plan = PortAllocator::plan(present, *listening);
    return report;
}

Result<Inventory::FixOutcome> Inventory::fixPorts()
{
    Result<PortReport> report = ports();
    if (!report)
        return report.error();
    FixOutcome outcome;
    outcome.plan = report->plan;
    if (outcome.plan.isEmpty())
        return outcome;
    outcome.applied = PortAllocator::apply(outcome.plan, m_database.clock());

    if (m_audit) {
        for (const PortMove& move : std::as_const(outcome.plan.moves)) {
            const auto failed = std::find_if(outcome.applied.errors.cbegin(), outcome.applied.errors.cend(),
                                             [&](const Error& e) { return e.subject() == move.file; });
            const auto change = std::find_if(outcome.applied.changes.cbegin(), outcome.applied.changes.cend(),
                                             [&](const FileChange& c) { return c.path == move.file; });
            AuditEvent e;
            e.action = u"ports.fix"_s;
            e.site = move.site;
            e.fromVersion = QString::number(move.from);
            e.toVersion = QString::number(move.to);
            e.outcome = failed == outcome.applied.errors.cend() ? AuditRecord::Outcome::Success
                                                                : AuditRecord::Outcome::Failure;
            e.message = failed == outcome.applied.errors.cend()
                ? tr("Moved %1 from port %2 to %3 in %4").arg(move.site).arg(move.from).arg(move.to).arg(move.file)
                : failed->toString();
            e.details = {{u"file"_s, move.file},
                         {u"key"_s, move.key},
                         {u"backup"_s, change != outcome.applied.changes.cend() ? change->backupPath : QString()}};
            (void)m_audit->record(e);
        }
    }

    Result<ScanOutcome> rescanned = rescan();
    if (!rescanned)
        return rescanned.error();
    outcome.rescan = *rescanned;
    return outcome;
}

QString Inventory::fallbackSite() const
{
    return SettingsRepository(m_database).value(QString::fromLatin1(FallbackSiteSetting), u"admin"_s).valueOr(u"admin"_s);
}

Result<ContextResolver> Inventory::resolver() const
{
    Result<QList<Site>> all = sites();
    if (!all)
        return all.error();
    all->removeIf([](const Site& s) { return s.status == SiteStatus::Missing; });
    return ContextResolver(*all, fallbackSite());
}

Result<ContextMatch> Inventory::byDomain(const QString& host) const
{
    auto r = resolver();
    if (!r)
        return r.error();
    return r->byDomain(host);
}

Result<ContextMatch> Inventory::byPort(int port) const
{
    auto r = resolver();
    if (!r)
        return r.error();
    return r->byPort(port);
}

Result<ContextMatch> Inventory::byContext(const QString& context) const
{
    auto r = resolver();
    if (!r)
        return r.error();
    return r->byContext(context);
}

ScanJob* Inventory::scanJob(const QStringList& dirs)
{
    return new ScanJob(*this, dirs);
}

void Inventory::setWatching(bool on)
{
    if (on == (m_watcher != nullptr))
        return;
    if (!on) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    restartWatcher();
}

void Inventory::restartWatcher()
{
    delete m_watcher;
    Result<QStringList> dirs = appsDirs();
    m_watcher = new SiteWatcher(dirs ? *dirs : QStringList(), m_options, this);
    connect(m_watcher, &SiteWatcher::siteAdded, this, &Inventory::onDiskChanged);
    connect(m_watcher, &SiteWatcher::siteChanged, this, &Inventory::onDiskChanged);
    connect(m_watcher, &SiteWatcher::siteRemoved, this, &Inventory::onDiskChanged);
    (void)m_watcher->start();
}

void Inventory::onDiskChanged()
{
    // One rescan at a time; changes that arrive during it make one more.
    if (m_watchRescan) {
        m_watchRescanAgain = true;
        return;
    }
    m_watchRescan = scanJob();
    connect(m_watchRescan, &Job::finished, this, [this] {
        m_watchRescan->deleteLater();
        m_watchRescan = nullptr;
        if (std::exchange(m_watchRescanAgain, false))
            onDiskChanged();
    });
    m_watchRescan->start();
}

} // namespace ms
