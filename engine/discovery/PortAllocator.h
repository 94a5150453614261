#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "discovery/BackupFile.h"
#include "discovery/ListeningPorts.h"
#include "discovery/Site.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

/// What is wrong with a port or a domain.
enum class ConflictKind {
    SharedPort, ///< two or more sites have the same port; all but the first move
    SharedDomain, ///< two or more sites claim the same host name; a person decides
    PortTaken, ///< another program listens on the site's port; the site moves
    InUseOnMachine, ///< the port is listening and it is (or, owner unseen, may be) the site
                    ///< itself: the normal state of a running site; reported, never moved
};

struct PortConflict
{
    ConflictKind kind = ConflictKind::SharedPort;
    int port = 0; ///< the port (every kind but SharedDomain)
    QString domain; ///< the host name (SharedDomain)
    QStringList sites; ///< the sites involved, the one that keeps it first
    QList<Listener> listeners; ///< what listens (PortTaken, InUseOnMachine)
    QString message; ///< one translated line
};

/// One site moving to another port, and the file and key that will say so.
struct PortMove
{
    QString site; ///< its name
    QString sitePath; ///< its folder
    int from = 0;
    int to = 0;
    ConflictKind reason = ConflictKind::SharedPort;
    PortSource source = PortSource::None; ///< where the old port came from
    QString file; ///< the file to rewrite: <folder>/site.json or <folder>/.env
    QString key; ///< "port" (site.json), the .env key that held it, or PORT when derived
};

/// What plan() proposes: the moves, and what it cannot fix by moving ports.
struct PortPlan
{
    QList<PortMove> moves;
    QList<PortConflict> unresolved; ///< shared domains, sites whose port is in use by themselves
    bool isEmpty() const { return moves.isEmpty(); }
};

/// What apply() did.
struct [[nodiscard]] PortApplyReport
{
    QList<FileChange> changes; ///< each changed file and its backup
    QList<Error> errors; ///< moves that could not be made; their files are unchanged
    bool ok() const { return errors.isEmpty(); }
};

/// Gives every site a port and finds the ones that clash.
///
/// Derivation: a site without a port gets FNV-1a (32-bit) of its name's UTF-8 bytes,
/// modulo 7000, plus 3000 — the same port on every machine, every time — or, when another
/// site has that port, the next one that is free, wrapping from 9999 to 3000.
///
/// Order ("earlier" keeps, "later" moves): a site whose port is written in a file
/// (site.json or .env) comes before one whose port is derived; then by name; then by path.
/// Moving a derived port costs nothing on disk yet, and names give an order an
/// administrator can predict from the inventory.
class PortAllocator
{
    Q_DECLARE_TR_FUNCTIONS(PortAllocator)

public:
    static constexpr int FirstPort = 3000;
    static constexpr int LastPort = 9999;

    /// The port @p name hashes to, in FirstPort–LastPort.
    static int hashedPort(QStringView name);

    /// Gives each site without a port (PortSource::None) a derived one, avoiding every
    /// port another site has. Sites are served in name order, so the result does not
    /// depend on the order of @p sites.
    static void assignDerivedPorts(QList<Site>& sites);

    /// Whether @p a comes before @p b in the order above.
    static bool precedes(const Site& a, const Site& b);

    /// Every conflict among @p sites and with @p listening (whose owners should be
    /// resolved: ListeningPorts::resolveOwners()). Listening ports owned by a process
    /// running from the site's own folder, or by a process we cannot see, are
    /// InUseOnMachine; by any other process, PortTaken.
    static QList<PortConflict> conflicts(const QList<Site>& sites, const ListeningPorts& listening);

    /// A fix that changes nothing yet: every later site on a shared port, and every site
    /// whose port another program holds, moves to the next port after its own (within
    /// FirstPort–LastPort, wrapping) that no site has, no other move takes and nothing
    /// listens on.
    static PortPlan plan(const QList<Site>& sites, const ListeningPorts& listening);

    /// Carries out @p plan: for each move, reads the site again and checks that it still has
    /// the old port from the same place (a derived one: still none on disk), writes a
    /// backup beside the file and rewrites
    /// the one key (DotEnvWriter, SiteJson::setPort). A move that fails leaves its file as
    /// it was and does not stop the others.
    static PortApplyReport apply(const PortPlan& plan, const Clock& clock = Clock::system());
};

} // namespace ms
