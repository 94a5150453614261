#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QString>

namespace ms {

/// One row of the operation log: a change requested of the engine (install, upgrade,
/// rollback, ...) and how it went. The lifecycle decides the kinds and states; the store keeps
/// them as text.
struct OperationRecord
{
    qint64 id = 0; ///< assigned by OperationRepository::create()
    QString kind; ///< "install", "upgrade", ...
    QString site; ///< site name; empty when not about one site
    QString module; ///< module name; empty when not about one module
    QString fromVersion;
    QString toVersion;
    QString state; ///< e.g. "queued", "running", "succeeded", "failed"
    QDateTime createdAt; ///< set by create()
    QDateTime startedAt; ///< invalid until started
    QDateTime finishedAt; ///< invalid until finished
    QString errorCode; ///< Error::codeName() of the failure; empty on success
    QString errorMessage; ///< Error::toString() of the failure
    QString requestedBy; ///< who asked: a user name, "mothershipctl", "agent:<host>"

    /// Records @p error (code and "subject: message"), or clears the error for ErrorCode::None.
    void setError(const Error& error)
    {
        errorCode = error.isError() ? Error::codeName(error.code()) : QString();
        errorMessage = error.isError() ? error.toString() : QString();
    }

    bool operator==(const OperationRecord&) const = default;
};

} // namespace ms
