#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace ms {

/// One entry of the audit log as stored. The hash chains it to the entry before.
struct AuditRecord
{
    enum class Outcome {
        Success, ///< the operation did what was asked
        Failure, ///< it failed; message says why
        Info,    ///< an event, not an operation (a probe went down, a setting changed)
    };

    qint64 id = 0;
    QDateTime at;          ///< UTC, millisecond precision
    QString actor;         ///< the OS user who acted, or "mothership" for the engine itself
    QString action;        ///< "install", "upgrade", "ports.fix", "health.down", …
    QString site;
    QString module;
    QString fromVersion;
    QString toVersion;
    Outcome outcome = Outcome::Info;
    QString message;       ///< one line for a person: the reason for a failure, what happened
    QString details;       ///< compact JSON text; hashed as stored
    qint64 operationId = 0;
    QString prevHash;      ///< hex SHA-256 of the previous entry (64 zeros for the first)
    QString hash;          ///< hex SHA-256 over prevHash and every field above

    /// The hash this entry should carry, given the previous entry's hash.
    QString computeHash(const QString& previousHash) const;

    static QString outcomeName(Outcome outcome);
    static Outcome outcomeFromName(const QString& name);
    /// The hash that precedes the first entry.
    static QString genesisHash();
};

} // namespace ms
