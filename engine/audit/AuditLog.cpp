#include "audit/AuditLog.h"

#include "core/AtomicFile.h"
#include "store/Database.h"

#include <QJsonDocument>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ms {

AuditLog::AuditLog(Database& database, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_repository(database)
    , m_actor(currentUser())
{
}

QString AuditLog::currentUser()
{
    if (const passwd* pw = ::getpwuid(::geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QString::number(::geteuid()) : user;
}

Result<AuditRecord> AuditLog::record(const AuditEvent& event)
{
    AuditRecord r;
    r.at = m_database.clock().now();
    r.actor = m_actor;
    r.action = event.action;
    r.site = event.site;
    r.module = event.module;
    r.fromVersion = event.fromVersion;
    r.toVersion = event.toVersion;
    r.outcome = event.outcome;
    r.message = event.message;
    r.details = QString::fromUtf8(QJsonDocument(event.details).toJson(QJsonDocument::Compact));
    r.operationId = event.operationId;
    Result<AuditRecord> stored = m_repository.append(r);
    if (stored)
        Q_EMIT recorded(*stored);
    return stored;
}

Result<QList<AuditRecord>> AuditLog::entries(const AuditFilter& filter) const
{
    return m_repository.list(filter);
}

Result<AuditVerification> AuditLog::verify() const
{
    AuditVerification v;
    QString previous = AuditRecord::genesisHash();
    qint64 lastId = 0;
    Status walked = m_repository.forEach([&](const AuditRecord& r) {
        ++v.entries;
        if (r.prevHash != previous) {
            v.intact = false;
            v.brokenAt = r.id;
            v.problem = lastId == 0
                ? tr("Entry %1 does not follow the start of the log: entries before it were removed.").arg(r.id)
                : tr("Entry %1 does not follow entry %2: an entry between them was removed, or entry %2 was "
                     "altered.")
                      .arg(r.id)
                      .arg(lastId);
            return false;
        }
        if (r.computeHash(r.prevHash) != r.hash) {
            v.intact = false;
            v.brokenAt = r.id;
            v.problem = tr("Entry %1 was altered after it was written.").arg(r.id);
            return false;
        }
        previous = r.hash;
        lastId = r.id;
        return true;
    });
    if (!walked)
        return walked.error();
    if (!v.intact)
        return v;
    Result<QPair<qint64, QString>> head = m_repository.head();
    if (!head)
        return head.error();
    if (head->first != lastId || head->second != previous) {
        v.intact = false;
        v.brokenAt = head->first;
        v.problem = lastId < head->first
            ? tr("The log ends at entry %1, but entry %2 was written: the newest entries were removed.")
                  .arg(lastId)
                  .arg(head->first)
            : tr("The log's head does not match its newest entry %1.").arg(lastId);
    }
    return v;
}

QByteArray AuditLog::toCsv(const QList<AuditRecord>& records)
{
    auto field = [](const QString& s) {
        QString out = s;
        if (out.contains(u',') || out.contains(u'"') || out.contains(u'\n') || out.contains(u'\r')) {
            out.replace(u"\""_s, u"\"\""_s);
            out = u'"' + out + u'"';
        }
        return out;
    };
    QString csv = u"id,time,actor,action,site,module,from,to,outcome,message,operation,hash\r\n"_s;
    for (const AuditRecord& r : records) {
        const QStringList row{QString::number(r.id),
                              r.at.toUTC().toString(Qt::ISODateWithMs),
                              r.actor,
                              r.action,
                              r.site,
                              r.module,
                              r.fromVersion,
                              r.toVersion,
                              AuditRecord::outcomeName(r.outcome),
                              r.message,
                              r.operationId > 0 ? QString::number(r.operationId) : QString(),
                              r.hash};
        QStringList quoted;
        for (const QString& f : row)
            quoted << field(f);
        csv += quoted.join(u',') + u"\r\n"_s;
    }
    return csv.toUtf8();
}

Status AuditLog::exportCsv(const AuditFilter& filter, const QString& path) const
{
    Result<QList<AuditRecord>> records = entries(filter);
    if (!records)
        return records.error();
    return AtomicFile::write(path, toCsv(*records));
}

} // namespace ms
