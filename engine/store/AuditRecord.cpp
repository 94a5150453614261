#include "store/AuditRecord.h"

#include "core/Digest.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

QString AuditRecord::computeHash(const QString& previousHash) const
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QJsonObject fields{
        {u"id"_s, QString::number(id)},
        {u"at"_s, at.toUTC().toString(Qt::ISODateWithMs)},
        {u"actor"_s, actor},
        {u"action"_s, action},
        {u"site"_s, site},
        {u"module"_s, module},
        {u"from_version"_s, fromVersion},
        {u"to_version"_s, toVersion},
        {u"outcome"_s, outcomeName(outcome)},
        {u"message"_s, message},
        {u"details"_s, details},
        {u"operation_id"_s, QString::number(operationId)},
        {u"prev_hash"_s, previousHash},
    };
    return Sha256::hex(QJsonDocument(fields).toJson(QJsonDocument::Compact));
}

QString AuditRecord::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Success: return u"success"_s;
    case Outcome::Failure: return u"failure"_s;
    case Outcome::Info: return u"info"_s;
    }
    return u"info"_s;
}

AuditRecord::Outcome AuditRecord::outcomeFromName(const QString& name)
{
    if (name == u"success")
        return Outcome::Success;
    if (name == u"failure")
        return Outcome::Failure;
    return Outcome::Info;
}

QString AuditRecord::genesisHash()
{
    return QString(64, u'0');
}

} // namespace ms
