#pragma once

#include "discovery/Site.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

/// How a request was matched to a site.
enum class ContextMatchKind {
    None, ///< no site, and no fallback configured (or the fallback is not a site)
    ExactDomain, ///< a site lists the host name itself
    WildcardDomain, ///< a site lists "*.<suffix>" for it; the longest suffix wins
    Port, ///< a site has the port
    BusinessContext, ///< a site's BUSINESS_CONTEXT is the value asked for
    Fallback, ///< nothing matched; the configured admin site answers
};

/// The answer to "which site serves this?".
struct ContextMatch
{
    ContextMatchKind kind = ContextMatchKind::None;
    QString site; ///< the site's name; empty for None
    QString matched; ///< what matched: the host or pattern, the port, the context
    QStringList ambiguous; ///< other sites that matched just as well (a conflict to fix)

    bool found() const { return kind != ContextMatchKind::None; }
};

/// Which site serves a domain, a port or a business context, for the platform's router
/// and for `mothershipctl context`. Built once from the inventory; lookups are hash
/// lookups. Domains compare case-insensitively, with any port, scheme or path of the
/// request ignored. A wildcard "*.example.org" matches every name below example.org (as
/// nginx's does) but not example.org itself. When several sites match equally, the first
/// by name answers and the others are listed in ContextMatch::ambiguous.
class ContextResolver
{
public:
    /// @p fallbackSite names the admin site that answers when nothing else does; empty
    /// for none.
    explicit ContextResolver(const QList<Site>& sites, const QString& fallbackSite = {});

    /// The site for a host name, "host:port" or URL.
    ContextMatch byDomain(QStringView host) const;
    /// The site listening on @p port.
    ContextMatch byPort(int port) const;
    /// The site whose BUSINESS_CONTEXT is @p context (case-insensitive).
    ContextMatch byContext(QStringView context) const;

private:
    ContextMatch answer(ContextMatchKind kind, const QStringList& names, const QString& matched) const;

    QHash<QString, QStringList> m_exact; // host → site names, sorted
    QHash<QString, QStringList> m_wildcard; // suffix of "*.suffix" → site names
    QHash<int, QStringList> m_ports;
    QHash<QString, QStringList> m_contexts; // lower-cased context → site names
    QString m_fallback;
};

} // namespace ms
