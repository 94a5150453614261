#include "core/Error.h"

#include <utility>

namespace ms {

namespace {

/// A message and a subject are one line whatever they quote: a value read from a hostile
/// file (a name with a line break, a terminal escape) is shown escaped, not obeyed.
QString oneLine(const QString& text)
{
    return Error::shown(text, text.size());
}

} // namespace

Error::Error(ErrorCode code, QString message, QString subject, QString detail)
    : m_code(code)
    , m_message(oneLine(message))
    , m_subject(oneLine(subject))
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
    copy.m_subject = oneLine(subject);
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

QString Error::shown(QStringView text, qsizetype maxLength)
{
    QString out;
    out.reserve(qMin(text.size(), maxLength) + 8);
    qsizetype taken = 0;
    for (auto it = text.begin(); it != text.end(); ++it, ++taken) {
        if (taken >= maxLength) {
            out += u'…';
            break;
        }
        const QChar c = *it;
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f)
            out += QStringLiteral("\\x%1").arg(uint(u), 2, 16, QLatin1Char('0'));
        else if ((u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || (u >= 0x202a && u <= 0x202e)
                 || (u >= 0x2066 && u <= 0x2069) || u == 0x200e || u == 0x200f || u == 0xfeff
                 || (c.isSurrogate() && !(c.isHighSurrogate() && it + 1 != text.end() && (it + 1)->isLowSurrogate())
                     && !(c.isLowSurrogate() && it != text.begin() && (it - 1)->isHighSurrogate())))
            // C1 controls, line and paragraph separators, bidi controls, a BOM, a lone surrogate.
            out += QStringLiteral("\\u{%1}").arg(uint(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

} // namespace ms
