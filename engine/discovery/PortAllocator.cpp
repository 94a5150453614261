#include "discovery/PortAllocator.h"

#include "discovery/DotEnvWriter.h"
#include "discovery/SiteJson.h"
#include "discovery/SiteScanner.h"

#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>
#include <algorithm>

namespace ms {

namespace {

// The first port after @p port (FirstPort when @p port is below the range) for which
// @p taken is false, wrapping from LastPort to FirstPort; 0 when every port is taken.
template<typename Taken> int nextFree(int port, Taken taken)
{
    constexpr int span = PortAllocator::LastPort - PortAllocator::FirstPort + 1;
    int candidate = port < PortAllocator::FirstPort || port >= PortAllocator::LastPort
        ? PortAllocator::FirstPort
        : port + 1;
    for (int i = 0; i < span; ++i) {
        if (candidate != port && !taken(candidate))
            return candidate;
        candidate = candidate == PortAllocator::LastPort ? PortAllocator::FirstPort : candidate + 1;
    }
    return 0;
}

QList<const Site*> ordered(const QList<Site>& sites)
{
    QList<const Site*> out;
    out.reserve(sites.size());
    for (const Site& s : sites)
        out.append(&s);
    std::sort(out.begin(), out.end(),
              [](const Site* a, const Site* b) { return PortAllocator::precedes(*a, *b); });
    return out;
}

QStringList namesOf(const QList<const Site*>& sites)
{
    QStringList names;
    for (const Site* s : sites)
        names.append(s->name);
    return names;
}

QString canonicalFolder(const Site& site)
{
    const QString canonical = QFileInfo(site.path).canonicalFilePath();
    return canonical.isEmpty() ? site.path : canonical;
}

} // namespace

int PortAllocator::hashedPort(QStringView name)
{
    quint32 hash = 2166136261u; // FNV-1a offset basis
    for (const char c : name.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u; // FNV prime
    }
    return FirstPort + int(hash % quint32(LastPort - FirstPort + 1));
}

bool PortAllocator::precedes(const Site& a, const Site& b)
{
    const bool aDerived = a.portSource == PortSource::Derived || a.portSource == PortSource::None;
    const bool bDerived = b.portSource == PortSource::Derived || b.portSource == PortSource::None;
    if (aDerived != bDerived)
        return !aDerived;
    if (a.name != b.name)
        return a.name < b.name;
    return a.path < b.path;
}

void PortAllocator::assignDerivedPorts(QList<Site>& sites)
{
    QSet<int> taken;
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < sites.size(); ++i) {
        if (sites.at(i).port > 0)
            taken.insert(sites.at(i).port);
        else
            pending.append(i);
    }
    std::sort(pending.begin(), pending.end(), [&](qsizetype a, qsizetype b) {
        const Site& x = sites.at(a);
        const Site& y = sites.at(b);
        return x.name != y.name ? x.name < y.name : x.path < y.path;
    });
    for (const qsizetype i : std::as_const(pending)) {
        Site& site = sites[i];
        int port = hashedPort(site.name);
        if (taken.contains(port))
            port = nextFree(port, [&](int p) { return taken.contains(p); });
        if (port == 0)
            continue; // all 7000 ports are taken: the site stays without one
        site.port = port;
        site.portSource = PortSource::Derived;
        site.portKey.clear();
        taken.insert(port);
    }
}

QList<PortConflict> PortAllocator::conflicts(const QList<Site>& sites, const ListeningPorts& listening)
{
    QList<PortConflict> out;
    const QList<const Site*> order = ordered(sites);

    QMap<int, QList<const Site*>> byPort;
    QMap<QString, QList<const Site*>> byDomain;
    for (const Site* s : order) {
        if (s->port > 0)
            byPort[s->port].append(s);
        for (const QString& d : s->domains) {
            QList<const Site*>& claimants = byDomain[d.toLower()];
            if (!claimants.contains(s))
                claimants.append(s);
        }
    }
    for (auto it = byPort.cbegin(); it != byPort.cend(); ++it) {
        if (it->size() < 2)
            continue;
        PortConflict c;
        c.kind = ConflictKind::SharedPort;
        c.port = it.key();
        c.sites = namesOf(*it);
        c.message = tr("port %1 is used by %2 sites: %3")
                        .arg(c.port)
                        .arg(c.sites.size())
                        .arg(c.sites.join(QStringLiteral(", ")));
        out.append(c);
    }
    for (auto it = byDomain.cbegin(); it != byDomain.cend(); ++it) {
        if (it->size() < 2)
            continue;
        PortConflict c;
        c.kind = ConflictKind::SharedDomain;
        c.domain = it.key();
        c.sites = namesOf(*it);
        c.message = tr("%1 is claimed by %2 sites: %3")
                        .arg(c.domain)
                        .arg(c.sites.size())
                        .arg(c.sites.join(QStringLiteral(", ")));
        out.append(c);
    }
    for (const Site* s : order) {
        if (s->port <= 0 || !listening.isListening(s->port))
            continue;
        PortConflict c;
        c.port = s->port;
        c.sites = QStringList {s->name};
        c.listeners = listening.listenersOn(s->port);
        const QString folder = canonicalFolder(*s);
        const auto foreign = std::find_if(c.listeners.cbegin(), c.listeners.cend(), [&](const Listener& l) {
            return l.ownerKnown() && !l.runsFrom(folder);
        });
        if (foreign != c.listeners.cend()) {
            c.kind = ConflictKind::PortTaken;
            c.message = tr("port %1 of %2 is taken by another program: %3 (pid %4)")
                            .arg(c.port)
                            .arg(s->name, foreign->program.isEmpty() ? tr("unknown") : foreign->program)
                            .arg(foreign->pid);
        } else {
            c.kind = ConflictKind::InUseOnMachine;
            const auto own = std::find_if(c.listeners.cbegin(), c.listeners.cend(),
                                          [](const Listener& l) { return l.ownerKnown(); });
            c.message = own != c.listeners.cend()
                ? tr("port %1 of %2 is in use on this machine, by the site itself (pid %3)")
                      .arg(c.port)
                      .arg(s->name)
                      .arg(own->pid)
                : tr("port %1 of %2 is in use on this machine (owner not visible; perhaps the site itself)")
                      .arg(c.port)
                      .arg(s->name);
        }
        out.append(c);
    }
    return out;
}

PortPlan PortAllocator::plan(const QList<Site>& sites, const ListeningPorts& listening)
{
    PortPlan plan;
    const QList<PortConflict> found = conflicts(sites, listening);
    QSet<QString> taken; // names of sites whose port another program holds
    for (const PortConflict& c : found) {
        if (c.kind == ConflictKind::PortTaken)
            taken.insert(c.sites.constFirst());
        else if (c.kind == ConflictKind::SharedDomain || c.kind == ConflictKind::InUseOnMachine)
            plan.unresolved.append(c);
    }

    QSet<int> declared;
    for (const Site& s : sites) {
        if (s.port > 0)
            declared.insert(s.port);
    }
    QSet<int> claimed;
    QSet<int> planned;
    for (const Site* s : ordered(sites)) {
        if (s->port <= 0)
            continue;
        PortMove move;
        if (claimed.contains(s->port))
            move.reason = ConflictKind::SharedPort;
        else if (taken.contains(s->name))
            move.reason = ConflictKind::PortTaken;
        else {
            claimed.insert(s->port);
            continue;
        }
        move.site = s->name;
        move.sitePath = s->path;
        move.from = s->port;
        move.source = s->portSource;
        move.to = nextFree(s->port, [&](int p) {
            return declared.contains(p) || planned.contains(p) || listening.isListening(p);
        });
        if (move.to == 0) {
            PortConflict c;
            c.kind = move.reason;
            c.port = s->port;
            c.sites = QStringList {s->name};
            c.message = tr("no free port left for %1").arg(s->name);
            plan.unresolved.append(c);
            continue;
        }
        if (s->portSource == PortSource::SiteJson) {
            move.file = s->path + QStringLiteral("/site.json");
            move.key = QStringLiteral("port");
        } else {
            move.file = s->path + QStringLiteral("/.env");
            move.key = s->portSource == PortSource::EnvFile ? s->portKey : QStringLiteral("PORT");
        }
        planned.insert(move.to);
        plan.moves.append(move);
    }
    return plan;
}

PortApplyReport PortAllocator::apply(const PortPlan& plan, const Clock& clock)
{
    PortApplyReport report;
    for (const PortMove& move : plan.moves) {
        // The plan may be old: refuse to move a site whose files say something else now.
        const std::optional<Site> now
            = SiteScanner::scanSite(move.sitePath, QFileInfo(move.sitePath).absolutePath(), {});
        const bool unchanged = now
            && (move.source == PortSource::Derived
                    ? now->portSource == PortSource::None
                    : now->port == move.from && now->portSource == move.source && now->portKey == move.key);
        if (!unchanged) {
            report.errors.append(
                Error(ErrorCode::Conflict,
                      tr("%1 no longer has port %2 from this file; plan again").arg(move.site).arg(move.from),
                      move.file));
            continue;
        }
        const Result<FileChange> change = move.source == PortSource::SiteJson
            ? SiteJson::setPort(move.file, move.to, clock)
            : DotEnvWriter::setValue(move.file, move.key, QString::number(move.to), clock);
        if (!change) {
            report.errors.append(change.error());
            continue;
        }
        report.changes.append(*change);
    }
    return report;
}

} // namespace ms
