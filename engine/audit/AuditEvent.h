#pragma once

#include "store/AuditRecord.h"

#include <QJsonObject>
#include <QString>

namespace ms {

/// What a caller records; AuditLog adds the time, the actor and the chain.
struct AuditEvent
{
    QString action;       ///< "install", "upgrade", "ports.fix", "health.down", …
    QString site;
    QString module;
    QString fromVersion;
    QString toVersion;
    AuditRecord::Outcome outcome = AuditRecord::Outcome::Info;
    QString message;      ///< one line: what happened, or why it failed. Never a secret.
    QJsonObject details;  ///< structured context (error code, plan, probe). Never a secret.
    qint64 operationId = 0;
};

/// The result of walking the chain.
struct AuditVerification
{
    bool intact = true;
    qint64 entries = 0;    ///< entries checked
    qint64 brokenAt = 0;   ///< the id of the first entry that does not chain, 0 when intact
    QString problem;       ///< one translated line saying what is wrong
};

} // namespace ms
