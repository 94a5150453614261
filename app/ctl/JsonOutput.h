#pragma once

#include "discovery/ContextResolver.h"
#include "discovery/PortAllocator.h"
#include "discovery/Site.h"
#include "store/AuditRecord.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON that mothershipctl prints, in one place: it is documented in docs/cli.md and
// scripts depend on it, so fields are added, never renamed or removed.
namespace ctl::json {

QString siteStatus(ms::SiteStatus status);
QString portSource(ms::PortSource source);
QJsonObject site(const ms::Site& site);
QJsonObject problem(const ms::ScanProblem& problem);
QJsonObject conflict(const ms::PortConflict& conflict);
QString conflictKind(ms::ConflictKind kind);
QJsonObject move(const ms::PortMove& move);
QJsonObject contextMatch(const ms::ContextMatch& match);
QString contextMatchKind(ms::ContextMatchKind kind);
QJsonObject auditRecord(const ms::AuditRecord& record);

} // namespace ctl::json
