#include "packages/ValidationReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace ms {

namespace {

bool isPlainKey(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'_' || c == u'-' || c == u'$';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString FieldIssue::toString() const
{
    if (path.isEmpty())
        return message;
    return path + QStringLiteral(": ") + message;
}

void ValidationReport::addError(const QString& path, const QString& message)
{
    m_errors.append(FieldIssue {path, message});
}

void ValidationReport::addWarning(const QString& path, const QString& message)
{
    m_warnings.append(FieldIssue {path, message});
}

void ValidationReport::merge(const ValidationReport& other)
{
    m_errors.append(other.m_errors);
    m_warnings.append(other.m_warnings);
}

const FieldIssue* ValidationReport::errorAt(const QString& path) const
{
    for (const FieldIssue& issue : m_errors) {
        if (issue.path == path)
            return &issue;
    }
    return nullptr;
}

QStringList ValidationReport::lines() const
{
    QStringList out;
    for (const FieldIssue& issue : m_errors)
        out << issue.toString();
    for (const FieldIssue& issue : m_warnings)
        out << tr("warning: %1").arg(issue.toString());
    return out;
}

Error ValidationReport::toError(ErrorCode code, const QString& document, const QString& subject) const
{
    if (m_errors.isEmpty())
        return Error(ErrorCode::Internal, tr("%1 has no errors to report").arg(document), subject);
    const FieldIssue& first = m_errors.first();
    const QString message = m_errors.size() == 1
        ? tr("%1 is invalid: %2").arg(document, first.toString())
        : tr("%1 has %2 problems; the first: %3").arg(document).arg(m_errors.size()).arg(first.toString());
    return Error(code, message, subject.isEmpty() ? first.path : subject, lines().join(u'\n'));
}

QString ValidationReport::child(const QString& path, const QString& key)
{
    QString part;
    if (isPlainKey(key)) {
        part = key;
        return path.isEmpty() ? part : path + u'.' + part;
    }
    // JSON-escape the key so that a path names it unambiguously, quotes and all.
    const QByteArray quoted = QJsonDocument(QJsonArray {QJsonValue(key)}).toJson(QJsonDocument::Compact);
    part = u'[' + QString::fromUtf8(quoted.mid(1, quoted.size() - 2)) + u']';
    return path + part;
}

QString ValidationReport::index(const QString& path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

} // namespace ms
