#pragma once

#include "packages/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QVarLengthArray>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <optional>

namespace ms {

/// Reads the fields of one JSON object with type checks, reporting each problem with its
/// field path to a ValidationReport and remembering which keys were read, so that the rest
/// can be kept and reported as unknown. Shared by the manifest and catalog parsers so that
/// both speak the same words ("must be a string", "required field is missing").
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    enum class Presence {
        Optional, ///< absent is fine; the getter returns nothing
        Required, ///< absent is an error
    };

    /// @p path is the object's own path ("health[0]"), empty for a document's root.
    JsonFieldReader(const QJsonObject& object, QString path, ValidationReport& report);

    bool has(const QString& key) const { return m_object.contains(key); }
    /// The path of @p key inside this object.
    QString path(const QString& key) const { return ValidationReport::child(m_path, key); }
    const QString& path() const { return m_path; }
    ValidationReport& report() { return m_report; }

    /// The raw value, marking the key as known. Undefined when absent (an error if Required).
    QJsonValue value(const QString& key, Presence presence = Presence::Optional);
    std::optional<QString> string(const QString& key, Presence presence = Presence::Optional);
    /// A string that must not be empty or only whitespace.
    std::optional<QString> text(const QString& key, Presence presence = Presence::Optional);
    std::optional<bool> boolean(const QString& key, Presence presence = Presence::Optional);
    /// A whole number in [@p min, @p max] (JSON numbers are doubles: 3.0 is whole, 3.5 is not).
    std::optional<qint64> integer(const QString& key, qint64 min, qint64 max,
                                  Presence presence = Presence::Optional);
    std::optional<QJsonObject> object(const QString& key, Presence presence = Presence::Optional);
    std::optional<QJsonArray> array(const QString& key, Presence presence = Presence::Optional);

    /// The fields no getter asked for, each reported as a warning ("unknown field, kept as
    /// is") unless @p warn is false. They belong to a newer format or to another tool.
    QJsonObject unknownFields(bool warn = true);

    /// "a string", "a number", ... for messages about the wrong JSON type.
    static QString describe(const QJsonValue& value);
    /// The whole number @p value holds, if it holds one in [@p min, @p max].
    static std::optional<qint64> wholeNumber(const QJsonValue& value, qint64 min, qint64 max);

private:
    /// Looks @p key up once, marks it known, and reports it missing when Required.
    QJsonValue lookup(const QString& key, Presence presence);

    QJsonObject m_object;
    QString m_path;
    ValidationReport& m_report;
    // A handful of keys per object: a vector beats a hash set (catalogs have 10^5 objects).
    QVarLengthArray<QString, 16> m_known;
    qsizetype m_found = 0; // known keys present in the object
};

} // namespace ms
