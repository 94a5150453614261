#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ms {

/// One problem found in a document, and the field it concerns ("health[0].type").
struct FieldIssue
{
    QString path; ///< the JSON path of the field; empty for the document itself
    QString message; ///< one translated sentence fragment ("\"ready\" is not one of ...")

    /// "path: message", or the message alone when the path is empty.
    QString toString() const;
    bool operator==(const FieldIssue&) const = default;
};

/// Every error and warning found while validating a document (a manifest, a catalog), so
/// that an author fixes them all in one pass instead of one per attempt.
class ValidationReport
{
    Q_DECLARE_TR_FUNCTIONS(ValidationReport)

public:
    void addError(const QString& path, const QString& message);
    void addWarning(const QString& path, const QString& message);
    /// Appends every problem of @p other.
    void merge(const ValidationReport& other);

    const QList<FieldIssue>& errors() const { return m_errors; }
    const QList<FieldIssue>& warnings() const { return m_warnings; }
    bool hasErrors() const { return !m_errors.isEmpty(); }
    /// The error whose path is @p path, if any; for tests and for highlighting a field.
    const FieldIssue* errorAt(const QString& path) const;

    /// Every problem, one per line: errors first, then warnings prefixed "warning: ".
    QStringList lines() const;

    /// An Error of @p code for a document that has errors: the message says how many problems
    /// there are and quotes the first, the subject is @p subject (a file) or else the first
    /// problem's path, the detail lists every problem (lines()).
    Error toError(ErrorCode code, const QString& document, const QString& subject = {}) const;

    /// Joins a JSON path and an object key: "dependencies" + "core" → "dependencies.core";
    /// keys that are not plain identifiers are quoted: `hooks["pre install"]`.
    static QString child(const QString& path, const QString& key);
    /// Joins a JSON path and an array index: "health" + 0 → "health[0]".
    static QString index(const QString& path, qsizetype i);

private:
    QList<FieldIssue> m_errors;
    QList<FieldIssue> m_warnings;
};

} // namespace ms
