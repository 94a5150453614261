#include "packages/JsonFieldReader.h"

#include <cmath>
#include <utility>

namespace ms {

JsonFieldReader::JsonFieldReader(const QJsonObject& object, QString path, ValidationReport& report)
    : m_object(object)
    , m_path(std::move(path))
    , m_report(report)
{
}

QJsonValue JsonFieldReader::lookup(const QString& key, Presence presence)
{
    const bool first = !m_known.contains(key);
    if (first)
        m_known.append(key);
    const auto it = m_object.constFind(key);
    if (it != m_object.constEnd()) {
        if (first)
            ++m_found;
        return it.value();
    }
    if (presence == Presence::Required)
        m_report.addError(path(key), tr("required field is missing"));
    return QJsonValue(QJsonValue::Undefined);
}

QJsonValue JsonFieldReader::value(const QString& key, Presence presence)
{
    return lookup(key, presence);
}

std::optional<QString> JsonFieldReader::string(const QString& key, Presence presence)
{
    const QJsonValue v = lookup(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isString()) {
        m_report.addError(path(key), tr("must be a string, not %1").arg(describe(v)));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<QString> JsonFieldReader::text(const QString& key, Presence presence)
{
    std::optional<QString> s = string(key, presence);
    if (s && s->trimmed().isEmpty()) {
        m_report.addError(path(key), tr("must not be empty"));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> JsonFieldReader::boolean(const QString& key, Presence presence)
{
    const QJsonValue v = lookup(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isBool()) {
        m_report.addError(path(key), tr("must be true or false, not %1").arg(describe(v)));
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<qint64> JsonFieldReader::integer(const QString& key, qint64 min, qint64 max, Presence presence)
{
    const QJsonValue v = lookup(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    const std::optional<qint64> n = wholeNumber(v, min, max);
    if (!n) {
        const QString got = v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : describe(v);
        m_report.addError(path(key),
                          tr("must be a whole number from %1 to %2, not %3").arg(min).arg(max).arg(got));
    }
    return n;
}

std::optional<QJsonObject> JsonFieldReader::object(const QString& key, Presence presence)
{
    const QJsonValue v = lookup(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isObject()) {
        m_report.addError(path(key), tr("must be an object, not %1").arg(describe(v)));
        return std::nullopt;
    }
    return v.toObject();
}

std::optional<QJsonArray> JsonFieldReader::array(const QString& key, Presence presence)
{
    const QJsonValue v = lookup(key, presence);
    if (v.isUndefined())
        return std::nullopt;
    if (!v.isArray()) {
        m_report.addError(path(key), tr("must be an array, not %1").arg(describe(v)));
        return std::nullopt;
    }
    return v.toArray();
}

QJsonObject JsonFieldReader::unknownFields(bool warn)
{
    QJsonObject unknown;
    // Every field was asked for (the usual case): nothing to walk.
    if (m_found == m_object.size())
        return unknown;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (m_known.contains(it.key()))
            continue;
        unknown.insert(it.key(), it.value());
        if (warn)
            m_report.addWarning(path(it.key()), tr("unknown field, kept as is"));
    }
    return unknown;
}

QString JsonFieldReader::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return tr("null");
    case QJsonValue::Bool:
        return tr("%1 (a boolean)").arg(value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
    case QJsonValue::Double:
        return tr("a number");
    case QJsonValue::String:
        return tr("a string");
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

std::optional<qint64> JsonFieldReader::wholeNumber(const QJsonValue& value, qint64 min, qint64 max)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // 2^53: beyond it doubles skip whole numbers, and the value may not be what was written.
    if (!std::isfinite(d) || std::floor(d) != d || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max)
        return std::nullopt;
    return n;
}

} // namespace ms
