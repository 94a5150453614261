#pragma once

#include "discovery/SiteScanner.h"

#include <QFileSystemWatcher>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

namespace ms {

class Clock;

/// Keeps the inventory of apps directories current while the console runs. Watches the
/// apps directories (folders appearing and going), every folder in them (site files
/// created, removed or replaced) and every site file (edited in place). Changes are
/// collected for debounceMs() after the last one — an editor's save is several events —
/// but never longer than three times that, and then only the folders concerned are read
/// again and reported.
///
/// Editors that save by writing a new file and renaming it over the old one end the old
/// file's watch; the watcher adds it again after each rescan. Incremental rescans do not
/// re-check names across sites or links; a full SiteScanner::scan() does.
class SiteWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDebounceMs = 300;

    explicit SiteWatcher(const QStringList& appsDirs, const ScanOptions& options = {},
                         QObject* parent = nullptr);

    /// Scans the apps directories, starts watching and returns the scan.
    ScanResult start();
    /// Stops watching; pending changes are dropped.
    void stop();

    int debounceMs() const { return m_debounceMs; }
    void setDebounceMs(int ms) { m_debounceMs = qMax(0, ms); }

    /// The sites as last read, by name.
    QList<Site> sites() const;
    /// What is being watched (directories and files).
    QStringList watchedPaths() const;

Q_SIGNALS:
    /// A folder became a site (a new folder, or a site file appeared in one).
    void siteAdded(const ms::Site& site);
    /// A site's files changed; @p site is the site read again.
    void siteChanged(const ms::Site& site);
    /// A site's folder went, or no longer holds any site file.
    void siteRemoved(const QString& name, const QString& path);

private:
    void directoryChanged(const QString& path);
    void fileChanged(const QString& path);
    void schedule();
    void flush();
    void rescanFolder(const QString& folder);
    void watchFolder(const QString& folder);
    QStringList subfolders(const QString& appsDir) const;
    QString appsDirOf(const QString& folder) const;

    QStringList m_appsDirs;
    ScanOptions m_options;
    QFileSystemWatcher m_watcher;
    QTimer m_timer;
    int m_debounceMs = DefaultDebounceMs;
    qint64 m_firstPendingMs = -1;
    QSet<QString> m_pendingFolders;
    QSet<QString> m_pendingAppsDirs;
    QSet<QString> m_folders; // every folder watched in the apps dirs, sites or not
    QMap<QString, Site> m_sites; // folder path → site
    bool m_running = false;
};

} // namespace ms
