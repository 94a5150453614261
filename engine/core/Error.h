#pragma once

#include <QCoreApplication>
#include <QString>

namespace ms {

/// What kind of failure an Error describes. Callers branch on the code; people read the message.
enum class ErrorCode {
    None,            ///< no error (a default-constructed Error)
    InvalidArgument, ///< the caller passed something malformed (bad usage)
    Parse,           ///< a file or string could not be parsed; subject names the file or field
    Validation,      ///< parsed, but a value breaks a rule; subject names the field path
    NotFound,        ///< a site, module, version, file or row does not exist
    Conflict,        ///< two things cannot both hold (ports, versions, states)
    Io,              ///< reading or writing the filesystem failed
    Network,         ///< a transfer failed in a way a retry may fix
    Protocol,        ///< a server answered, but not with what was expected
    Integrity,       ///< size, checksum or signature does not match
    Untrusted,       ///< signed by a key we do not trust, or not signed
    Expired,         ///< a catalog, license or lease is past its validity
    Database,        ///< the local database refused an operation
    Unsupported,     ///< the data is newer than this program, or a feature is unavailable
    Cancelled,       ///< the user or a shutdown cancelled the work
    Timeout,         ///< something did not answer in time
    Unsatisfiable,   ///< no set of versions satisfies the constraints
    Internal,        ///< a bug: an invariant did not hold
};

/// An error as the engine reports it: a code to branch on, one line for a person (already
/// translated), the file, field or URL it concerns, and optional detail (a longer
/// explanation, a server's answer) shown one click away.
class Error
{
public:
    Error() = default;
    Error(ErrorCode code, QString message, QString subject = {}, QString detail = {});

    ErrorCode code() const { return m_code; }
    const QString& message() const { return m_message; }
    const QString& subject() const { return m_subject; }
    const QString& detail() const { return m_detail; }
    bool isError() const { return m_code != ErrorCode::None; }

    Error& withDetail(QString detail) &;
    Error&& withDetail(QString detail) &&;
    /// A copy with @p subject in place of the current subject (e.g. the file a field error was found in).
    Error withSubject(const QString& subject) const;

    /// "subject: message", or just the message when there is no subject.
    QString toString() const;

    static QString codeName(ErrorCode code);

    /// @p text as a message may quote it when it came from outside (a file, a catalog, a
    /// server): control characters, line breaks and bidirectional overrides escaped as
    /// \n, \xNN or \u{NNNN}, and anything past @p maxLength characters cut with "…". Keeps
    /// every message on one line, and a hostile value from rewriting a terminal or a log.
    static QString shown(QStringView text, qsizetype maxLength = 120);

private:
    ErrorCode m_code = ErrorCode::None;
    QString m_message;
    QString m_subject;
    QString m_detail;
};

} // namespace ms
