#include "resolve/PackageUniverse.h"

#include <algorithm>

namespace ms {

PackageUniverse::PackageUniverse(const Catalog& catalog, const Version& core,
                                 const QMap<QString, InstalledModule>& installed,
                                 const QList<ModuleRequest>& requests)
    : m_catalog(catalog)
    , m_core(core)
    , m_installed(installed)
    , m_requests(requests)
{
    for (qsizetype i = 0; i < m_requests.size(); ++i)
        m_requestsByName[m_requests.at(i).moduleName].append(int(i));
    Package root;
    root.name = tr("the request");
    root.versions << PackageVersion {};
    root.selectable = VersionSet::all(1);
    root.yanked = VersionSet::none(1);
    root.listed = true;
    m_packages.push_back(root);
}

int PackageUniverse::id(const QString& name)
{
    const auto it = m_ids.constFind(name);
    if (it != m_ids.constEnd())
        return *it;
    const int id = int(m_packages.size());
    m_packages.push_back(load(name));
    m_ids.insert(name, id);
    return id;
}

PackageUniverse::Package PackageUniverse::load(const QString& name) const
{
    Package p;
    p.name = name;
    if (const CatalogModule* m = m_catalog.module(name)) {
        p.listed = true;
        p.registry = m->registry;
        p.versions.reserve(m->versions.size() + 1);
        for (auto it = m->versions.crbegin(); it != m->versions.crend(); ++it)
            p.versions << PackageVersion {it->version, it->dependencies, it->conflicts, it->yanked,
                                          it->licenseRequired};
    }
    if (const auto inst = m_installed.constFind(name); inst != m_installed.constEnd()) {
        auto pos = std::lower_bound(p.versions.begin(), p.versions.end(), inst->version,
                                    [](const PackageVersion& v, const Version& x) { return v.version < x; });
        if (pos == p.versions.end() || pos->version != inst->version)
            pos = p.versions.insert(pos, PackageVersion {inst->version, {}, {}, false, false});
        // What is on disk is what runs: its manifest outranks the catalog.
        if (inst->dependencies)
            pos->dependencies = *inst->dependencies;
        if (inst->conflicts)
            pos->conflicts = *inst->conflicts;
        p.installed = int(pos - p.versions.begin());
    }
    const int n = int(p.versions.size());
    p.selectable = VersionSet::none(n);
    p.yanked = VersionSet::none(n);
    for (int i = 0; i < n; ++i) {
        if (p.versions.at(i).yanked)
            p.yanked.insert(i);
        else
            p.selectable.insert(i);
    }
    // An installed version stays usable even when yanked since; a request may pin a yanked one.
    if (p.installed >= 0)
        p.selectable.insert(p.installed);
    for (const int index : m_requestsByName.value(name)) {
        const ModuleRequest& r = m_requests.at(index);
        p.requested = true;
        if (const auto pinned = r.range.exactVersion()) {
            for (int i = 0; i < n; ++i) {
                if (p.versions.at(i).version == *pinned)
                    p.selectable.insert(i);
            }
        }
    }
    return p;
}

VersionSet PackageUniverse::setFor(int id, const VersionRange& range)
{
    Package& p = m_packages[std::size_t(id)];
    const auto cached = p.rangeCache.constFind(range.text());
    if (cached != p.rangeCache.constEnd())
        return *cached;
    VersionSet set = VersionSet::none(int(p.versions.size()));
    for (int i = 0; i < p.versions.size(); ++i) {
        if (range.contains(p.versions.at(i).version))
            set.insert(i);
    }
    p.rangeCache.insert(range.text(), set);
    const bool named = std::any_of(p.rangeNames.cbegin(), p.rangeNames.cend(),
                                   [&](const auto& entry) { return entry.first == set; });
    if (!named)
        p.rangeNames.append({set, range.text()});
    return set;
}

VersionSet PackageUniverse::installedFloor(int id)
{
    const Package& p = m_packages.at(std::size_t(id));
    Q_ASSERT(p.installed >= 0);
    const Version& at = p.versions.at(p.installed).version;
    // ">=installed" with node-semver's pre-release rule: an installed 2.0.0-beta.1 may move to
    // 2.0.0-beta.2 or any later release, never to an unrelated pre-release.
    const VersionRange floor = *VersionRange::parse(QString(QStringLiteral(">=") + at.toString()));
    VersionSet set = VersionSet::none(int(p.versions.size()));
    for (int i = p.installed; i < p.versions.size(); ++i) {
        if (i == p.installed || floor.contains(p.versions.at(i).version))
            set.insert(i);
    }
    return set;
}

QString PackageUniverse::setText(int id, const VersionSet& set) const
{
    const Package& p = m_packages.at(std::size_t(id));
    for (const auto& [named, text] : p.rangeNames) {
        if (named == set)
            return text;
    }
    return runsText(p, set);
}

// Runs of consecutive releases, each written as the tightest comparator pair over the known
// versions; pre-releases in the set are listed one by one, since a range over releases
// never admits them. The result is checked by parsing it back.
QString PackageUniverse::runsText(const Package& p, const VersionSet& set) const
{
    QList<int> releases;
    for (int i = 0; i < p.versions.size(); ++i) {
        if (!p.versions.at(i).version.isPrerelease())
            releases << i;
    }
    QStringList parts;
    for (qsizetype r = 0; r < releases.size(); ++r) {
        if (!set.contains(releases[r]))
            continue;
        qsizetype end = r;
        while (end + 1 < releases.size() && set.contains(releases[end + 1]))
            ++end;
        const QString lo = p.versions.at(releases[r]).version.toString();
        const bool fromBottom = r == 0;
        const bool toTop = end == releases.size() - 1;
        const QString above = toTop ? QString() : p.versions.at(releases[end + 1]).version.toString();
        if (fromBottom && toTop)
            parts << QStringLiteral("*");
        else if (r == end)
            parts << lo;
        else if (fromBottom)
            parts << u'<' + above;
        else if (toTop)
            parts << QStringLiteral(">=") + lo;
        else
            parts << QStringLiteral(">=") + lo + QStringLiteral(" <") + above;
        r = end;
    }
    for (int i = 0; i < p.versions.size(); ++i) {
        if (set.contains(i) && p.versions.at(i).version.isPrerelease())
            parts << p.versions.at(i).version.toString();
    }
    const QString text = parts.join(QStringLiteral(" || "));

    const Result<VersionRange> check = VersionRange::parse(text);
    bool same = check.ok() && !parts.isEmpty();
    for (int i = 0; same && i < p.versions.size(); ++i)
        same = check->contains(p.versions.at(i).version) == set.contains(i);
    if (same)
        return text;
    QStringList listed;
    for (int i = set.first(); i >= 0; i = set.next(i))
        listed << p.versions.at(i).version.toString();
    return listed.isEmpty() ? tr("(no known version)") : listed.join(QStringLiteral(" || "));
}

QString PackageUniverse::termText(const Term& term, bool allowEvery) const
{
    const Package& p = m_packages.at(std::size_t(term.package));
    if (term.package == Root)
        return p.name;
    if (p.installed >= 0 && term.set == VersionSet::single(term.set.size(), p.installed))
        return tr("%1 %2 (installed)").arg(p.name, p.versions.at(p.installed).version.toString());
    // "*" is every release: what an administrator means by every version.
    const QString range
        = term.set.isFull() && term.set.size() > 0 ? QStringLiteral("*") : setText(term.package, term.set);
    if (range == u"*")
        return allowEvery ? tr("every version of %1").arg(p.name) : p.name;
    return p.name + u' ' + range;
}

} // namespace ms
