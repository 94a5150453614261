#include "discovery/ContextResolver.h"

#include "discovery/SiteConventions.h"

#include <algorithm>

namespace ms {

namespace {

void addName(QStringList& names, const QString& name)
{
    const auto at = std::lower_bound(names.begin(), names.end(), name);
    if (at == names.end() || *at != name)
        names.insert(at, name);
}

} // namespace

ContextResolver::ContextResolver(const QList<Site>& sites, const QString& fallbackSite)
{
    for (const Site& site : sites) {
        if (site.name == fallbackSite)
            m_fallback = fallbackSite;
        for (const QString& domain : site.domains) {
            const QString host = SiteConventions::hostOf(domain);
            if (host.startsWith(QLatin1String("*.")))
                addName(m_wildcard[host.sliced(2)], site.name);
            else if (!host.isEmpty())
                addName(m_exact[host], site.name);
        }
        if (site.port > 0)
            addName(m_ports[site.port], site.name);
        if (!site.businessContext.isEmpty())
            addName(m_contexts[site.businessContext.toLower()], site.name);
    }
}

ContextMatch ContextResolver::answer(ContextMatchKind kind, const QStringList& names,
                                     const QString& matched) const
{
    ContextMatch m;
    m.matched = matched;
    if (names.isEmpty()) {
        if (!m_fallback.isEmpty()) {
            m.kind = ContextMatchKind::Fallback;
            m.site = m_fallback;
        }
        return m;
    }
    m.kind = kind;
    m.site = names.constFirst();
    m.ambiguous = names.sliced(1);
    return m;
}

ContextMatch ContextResolver::byDomain(QStringView request) const
{
    const QString host = SiteConventions::hostOf(request);
    if (!host.isEmpty()) {
        const auto exact = m_exact.constFind(host);
        if (exact != m_exact.cend())
            return answer(ContextMatchKind::ExactDomain, *exact, host);
        // "a.b.example.org": try "*.b.example.org", then "*.example.org", then "*.org".
        for (qsizetype dot = host.indexOf(u'.'); dot >= 0; dot = host.indexOf(u'.', dot + 1)) {
            const QString suffix = host.sliced(dot + 1);
            const auto wild = m_wildcard.constFind(suffix);
            if (wild != m_wildcard.cend())
                return answer(ContextMatchKind::WildcardDomain, *wild, QStringLiteral("*.") + suffix);
        }
    }
    return answer(ContextMatchKind::Fallback, {}, host);
}

ContextMatch ContextResolver::byPort(int port) const
{
    const auto it = m_ports.constFind(port);
    if (it != m_ports.cend())
        return answer(ContextMatchKind::Port, *it, QString::number(port));
    return answer(ContextMatchKind::Fallback, {}, QString::number(port));
}

ContextMatch ContextResolver::byContext(QStringView context) const
{
    const QString key = context.trimmed().toString().toLower();
    const auto it = m_contexts.constFind(key);
    if (it != m_contexts.cend())
        return answer(ContextMatchKind::BusinessContext, *it, key);
    return answer(ContextMatchKind::Fallback, {}, key);
}

} // namespace ms
