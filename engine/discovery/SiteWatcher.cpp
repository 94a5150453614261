#include "discovery/SiteWatcher.h"

#include "core/Clock.h"
#include "discovery/PortAllocator.h"

#include <QDir>
#include <QFileInfo>

namespace ms {

SiteWatcher::SiteWatcher(const QStringList& appsDirs, const ScanOptions& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
{
    for (const QString& dir : appsDirs)
        m_appsDirs.append(QDir::cleanPath(QDir::current().absoluteFilePath(dir)));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SiteWatcher::flush);
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &SiteWatcher::directoryChanged);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &SiteWatcher::fileChanged);
}

ScanResult SiteWatcher::start()
{
    stop();
    ScanResult result = SiteScanner::scan(m_appsDirs, m_options);
    for (const Site& site : std::as_const(result.sites))
        m_sites.insert(site.path, site);
    for (const QString& dir : std::as_const(m_appsDirs)) {
        if (!QFileInfo::exists(dir))
            continue;
        m_watcher.addPath(dir);
        for (const QString& folder : subfolders(dir))
            watchFolder(folder);
    }
    // Linked site folders are not among the apps dirs' plain subfolders.
    for (const Site& site : std::as_const(result.sites))
        watchFolder(site.path);
    m_running = true;
    return result;
}

void SiteWatcher::stop()
{
    m_running = false;
    m_timer.stop();
    const QStringList watched = watchedPaths();
    if (!watched.isEmpty())
        m_watcher.removePaths(watched);
    m_pendingFolders.clear();
    m_pendingAppsDirs.clear();
    m_folders.clear();
    m_sites.clear();
    m_firstPendingMs = -1;
}

QList<Site> SiteWatcher::sites() const
{
    QList<Site> out = m_sites.values();
    std::sort(out.begin(), out.end(), [](const Site& a, const Site& b) { return a.name < b.name; });
    return out;
}

QStringList SiteWatcher::watchedPaths() const
{
    return m_watcher.directories() + m_watcher.files();
}

QStringList SiteWatcher::subfolders(const QString& appsDir) const
{
    QStringList out;
    const QStringList names = QDir(appsDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& name : names)
        out.append(appsDir + u'/' + name);
    return out;
}

QString SiteWatcher::appsDirOf(const QString& folder) const
{
    const QString parent = QFileInfo(folder).absolutePath();
    return m_appsDirs.contains(parent) ? parent : QString();
}

void SiteWatcher::watchFolder(const QString& folder)
{
    if (!QFileInfo(folder).isDir())
        return;
    m_folders.insert(folder);
    QStringList paths;
    const QStringList watchedDirs = m_watcher.directories();
    const QStringList watchedFiles = m_watcher.files();
    if (!watchedDirs.contains(folder))
        paths.append(folder);
    for (const QString& name : SiteScanner::siteFiles()) {
        const QString file = folder + u'/' + name;
        if (!watchedFiles.contains(file) && QFileInfo::exists(file))
            paths.append(file);
    }
    if (!paths.isEmpty())
        m_watcher.addPaths(paths);
}

void SiteWatcher::directoryChanged(const QString& path)
{
    if (!m_running)
        return;
    if (m_appsDirs.contains(path))
        m_pendingAppsDirs.insert(path);
    else
        m_pendingFolders.insert(path);
    schedule();
}

void SiteWatcher::fileChanged(const QString& path)
{
    if (!m_running)
        return;
    m_pendingFolders.insert(QFileInfo(path).absolutePath());
    schedule();
}

void SiteWatcher::schedule()
{
    const qint64 now = Clock::system().monotonicMs();
    if (m_firstPendingMs < 0)
        m_firstPendingMs = now;
    // Restart the quiet period on every event, but do not let a steady stream of events
    // (a build writing into a site) hold the report back forever.
    const qint64 deadline = m_firstPendingMs + 3 * qint64(m_debounceMs);
    m_timer.start(int(qMax<qint64>(0, qMin<qint64>(m_debounceMs, deadline - now))));
}

void SiteWatcher::flush()
{
    m_firstPendingMs = -1;
    for (const QString& dir : std::as_const(m_pendingAppsDirs)) {
        const QStringList now = subfolders(dir);
        for (const QString& folder : now) {
            if (!m_folders.contains(folder))
                m_pendingFolders.insert(folder);
        }
        for (const QString& folder : std::as_const(m_folders)) {
            if (appsDirOf(folder) == dir && !now.contains(folder))
                m_pendingFolders.insert(folder);
        }
        if (!m_watcher.directories().contains(dir) && QFileInfo::exists(dir))
            m_watcher.addPath(dir);
    }
    m_pendingAppsDirs.clear();
    const QSet<QString> folders = std::exchange(m_pendingFolders, {});
    QStringList ordered(folders.cbegin(), folders.cend());
    ordered.sort();
    for (const QString& folder : std::as_const(ordered))
        rescanFolder(folder);
}

void SiteWatcher::rescanFolder(const QString& folder)
{
    const auto known = m_sites.constFind(folder);
    QString appsDir = known != m_sites.cend() ? known->appsDir : appsDirOf(folder);
    if (appsDir.isEmpty())
        appsDir = QFileInfo(folder).absolutePath();

    std::optional<Site> site;
    if (QFileInfo(folder).isDir()) {
        watchFolder(folder);
        site = SiteScanner::scanSite(folder, appsDir, m_options);
    } else {
        m_folders.remove(folder);
    }

    if (!site) {
        if (known != m_sites.cend()) {
            const QString name = known->name;
            m_sites.remove(folder);
            Q_EMIT siteRemoved(name, folder);
        }
        return;
    }
    if (m_options.derivePorts && site->port == 0) {
        QList<Site> all = m_sites.values();
        all.removeIf([&](const Site& s) { return s.path == folder; });
        all.append(*site);
        PortAllocator::assignDerivedPorts(all);
        *site = all.constLast();
    }
    const bool isNew = known == m_sites.cend();
    m_sites.insert(folder, *site);
    if (isNew)
        Q_EMIT siteAdded(*site);
    else
        Q_EMIT siteChanged(*site);
}

} // namespace ms
