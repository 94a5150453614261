#include "JsonOutput.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ctl::json {

QString siteStatus(ms::SiteStatus status)
{
    switch (status) {
    case ms::SiteStatus::Ok: return u"ok"_s;
    case ms::SiteStatus::Warning: return u"warning"_s;
    case ms::SiteStatus::Error: return u"error"_s;
    case ms::SiteStatus::Missing: return u"missing"_s;
    }
    return u"ok"_s;
}

QString portSource(ms::PortSource source)
{
    switch (source) {
    case ms::PortSource::None: return u"none"_s;
    case ms::PortSource::EnvFile: return u"env"_s;
    case ms::PortSource::SiteJson: return u"site_json"_s;
    case ms::PortSource::Derived: return u"derived"_s;
    }
    return u"none"_s;
}

QJsonObject problem(const ms::ScanProblem& p)
{
    QJsonObject o{{u"site"_s, p.site}, {u"file"_s, p.file}, {u"message"_s, p.message}, {u"fatal"_s, p.fatal}};
    if (p.line > 0)
        o.insert(u"line"_s, p.line);
    return o;
}

QJsonObject site(const ms::Site& s)
{
    QJsonArray plugins;
    for (const ms::SitePlugin& p : s.plugins) {
        QJsonObject o{{u"name"_s, p.name}, {u"source"_s, p.source}, {u"enabled"_s, p.enabled}};
        if (!p.packageName.isEmpty())
            o.insert(u"package"_s, p.packageName);
        if (!p.versionSpec.isEmpty())
            o.insert(u"version"_s, p.versionSpec);
        plugins.append(o);
    }
    QJsonArray problems;
    for (const ms::ScanProblem& p : s.problems)
        problems.append(problem(p));
    QJsonObject o{
        {u"name"_s, s.name},
        {u"title"_s, s.displayTitle()},
        {u"domains"_s, QJsonArray::fromStringList(s.domains)},
        {u"port"_s, s.port},
        {u"port_source"_s, portSource(s.portSource)},
        {u"environment"_s, s.environment},
        {u"features"_s, QJsonArray::fromStringList(s.features)},
        {u"plugins"_s, plugins},
        {u"business_context"_s, s.businessContext},
        {u"path"_s, s.path},
        {u"apps_dir"_s, s.appsDir},
        {u"modules_dir"_s, s.modulesDir},
        {u"instances"_s, s.instances},
        {u"status"_s, siteStatus(s.status)},
        {u"problems"_s, problems},
    };
    if (!s.titleOverride.isEmpty())
        o.insert(u"scanned_title"_s, s.title);
    if (!s.agent.isEmpty())
        o.insert(u"agent"_s, s.agent);
    if (s.firstSeen.isValid())
        o.insert(u"first_seen"_s, s.firstSeen.toString(Qt::ISODateWithMs));
    if (s.lastSeen.isValid())
        o.insert(u"last_seen"_s, s.lastSeen.toString(Qt::ISODateWithMs));
    return o;
}

QString conflictKind(ms::ConflictKind kind)
{
    switch (kind) {
    case ms::ConflictKind::SharedPort: return u"shared_port"_s;
    case ms::ConflictKind::SharedDomain: return u"shared_domain"_s;
    case ms::ConflictKind::PortTaken: return u"port_taken"_s;
    case ms::ConflictKind::InUseOnMachine: return u"in_use_on_machine"_s;
    }
    return u"shared_port"_s;
}

QJsonObject conflict(const ms::PortConflict& c)
{
    QJsonArray listeners;
    for (const ms::Listener& l : c.listeners) {
        QJsonObject o{{u"address"_s, l.address}, {u"port"_s, l.port}};
        if (l.pid > 0)
            o.insert(u"pid"_s, l.pid);
        if (!l.program.isEmpty())
            o.insert(u"program"_s, l.program);
        listeners.append(o);
    }
    QJsonObject o{{u"kind"_s, conflictKind(c.kind)},
                  {u"sites"_s, QJsonArray::fromStringList(c.sites)},
                  {u"message"_s, c.message},
                  {u"listeners"_s, listeners}};
    if (c.kind == ms::ConflictKind::SharedDomain)
        o.insert(u"domain"_s, c.domain);
    else
        o.insert(u"port"_s, c.port);
    return o;
}

QJsonObject move(const ms::PortMove& m)
{
    return {{u"site"_s, m.site}, {u"from"_s, m.from}, {u"to"_s, m.to}, {u"file"_s, m.file}, {u"key"_s, m.key}};
}

QString contextMatchKind(ms::ContextMatchKind kind)
{
    switch (kind) {
    case ms::ContextMatchKind::None: return u"none"_s;
    case ms::ContextMatchKind::ExactDomain: return u"exact_domain"_s;
    case ms::ContextMatchKind::WildcardDomain: return u"wildcard_domain"_s;
    case ms::ContextMatchKind::Port: return u"port"_s;
    case ms::ContextMatchKind::BusinessContext: return u"business_context"_s;
    case ms::ContextMatchKind::Fallback: return u"fallback"_s;
    }
    return u"none"_s;
}

QJsonObject contextMatch(const ms::ContextMatch& m)
{
    QJsonObject o{{u"match"_s, contextMatchKind(m.kind)}, {u"matched"_s, m.matched}};
    o.insert(u"site"_s, m.found() ? QJsonValue(m.site) : QJsonValue(QJsonValue::Null));
    if (!m.ambiguous.isEmpty())
        o.insert(u"ambiguous"_s, QJsonArray::fromStringList(m.ambiguous));
    return o;
}

QJsonObject auditRecord(const ms::AuditRecord& r)
{
    QJsonObject o{{u"id"_s, r.id},
                  {u"time"_s, r.at.toUTC().toString(Qt::ISODateWithMs)},
                  {u"actor"_s, r.actor},
                  {u"action"_s, r.action},
                  {u"outcome"_s, ms::AuditRecord::outcomeName(r.outcome)},
                  {u"hash"_s, r.hash}};
    auto opt = [&](const QString& key, const QString& value) {
        if (!value.isEmpty())
            o.insert(key, value);
    };
    opt(u"site"_s, r.site);
    opt(u"module"_s, r.module);
    opt(u"from"_s, r.fromVersion);
    opt(u"to"_s, r.toVersion);
    opt(u"message"_s, r.message);
    if (r.operationId > 0)
        o.insert(u"operation"_s, r.operationId);
    const QJsonDocument details = QJsonDocument::fromJson(r.details.toUtf8());
    if (details.isObject() && !details.object().isEmpty())
        o.insert(u"details"_s, details.object());
    return o;
}

} // namespace ctl::json
