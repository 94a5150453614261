#include "core/Error.h"

#include <utility>

namespace ms {

Error::Error(ErrorCode code, QString message, QString subject, QString detail)
    : m_code(code)
    , m_message(std::move(message))
    , m_subject(std::move(subject))
    , m_detail(std::move(detail))
{
}

Error& Error::withDetail(QString detail) &
{
    m_detail = std::move(detail);
    return *this;
}

Error&& Error::withDetail(QString detail) &&
{
    m_detail = std::move(detail);
    return std::move(*this);
}

Error Error::withSubject(const QString& subject) const
{
    Error copy = *this;
    copy.m_subject = subject;
    return copy;
}

QString Error::toString() const
{
    if (m_subject.isEmpty())
        return m_message;
    return m_subject + QStringLiteral(": ") + m_message;
}

QString Error::codeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::None: return QStringLiteral("none");
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid_argument");
    case ErrorCode::Parse: return QStringLiteral("parse");
    case ErrorCode::Validation: return QStringLiteral("validation");
    case ErrorCode::NotFound: return QStringLiteral("not_found");
    case ErrorCode::Conflict: return QStringLiteral("conflict");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Network: return QStringLiteral("network");
    case ErrorCode::Protocol: return QStringLiteral("protocol");
    case ErrorCode::Integrity: return QStringLiteral("integrity");
    case ErrorCode::Untrusted: return QStringLiteral("untrusted");
    case ErrorCode::Expired: return QStringLiteral("expired");
    case ErrorCode::Database: return QStringLiteral("database");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Timeout: return QStringLiteral("timeout");
    case ErrorCode::Unsatisfiable: return QStringLiteral("unsatisfiable");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("unknown");
}

} // namespace ms
