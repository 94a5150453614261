#include "packages/ConfigSchema.h"

#include "packages/JsonFieldReader.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace ms {

namespace {

const QStringList kTypeNames {QStringLiteral("object"), QStringLiteral("array"),   QStringLiteral("string"),
                              QStringLiteral("number"), QStringLiteral("integer"), QStringLiteral("boolean"),
                              QStringLiteral("null")};

// Keywords whose value is a string.
const QStringList kStringKeywords {QStringLiteral("title"),  QStringLiteral("description"),
                                   QStringLiteral("format"), QStringLiteral("$schema"),
                                   QStringLiteral("$id"),    QStringLiteral("$comment"),
                                   QStringLiteral("$ref"),   QStringLiteral("$anchor")};
const QStringList kNumberKeywords {QStringLiteral("minimum"), QStringLiteral("maximum"),
                                   QStringLiteral("exclusiveMinimum"), QStringLiteral("exclusiveMaximum")};
const QStringList kCountKeywords {QStringLiteral("minLength"),     QStringLiteral("maxLength"),
                                  QStringLiteral("minItems"),      QStringLiteral("maxItems"),
                                  QStringLiteral("minProperties"), QStringLiteral("maxProperties")};
const QStringList kBoolKeywords {QStringLiteral("uniqueItems"), QStringLiteral("readOnly"),
                                 QStringLiteral("writeOnly"), QStringLiteral("deprecated"),
                                 QStringLiteral("secret")};
const QStringList kSchemaListKeywords {QStringLiteral("allOf"), QStringLiteral("anyOf"),
                                       QStringLiteral("oneOf")};
const QStringList kSchemaMapKeywords {QStringLiteral("properties"), QStringLiteral("patternProperties"),
                                      QStringLiteral("$defs"), QStringLiteral("definitions")};
const QStringList kSchemaKeywords {QStringLiteral("items"),    QStringLiteral("additionalProperties"),
                                   QStringLiteral("not"),      QStringLiteral("if"),
                                   QStringLiteral("then"),     QStringLiteral("else"),
                                   QStringLiteral("contains"), QStringLiteral("propertyNames")};
const QStringList kAnyValueKeywords {QStringLiteral("default"), QStringLiteral("const"),
                                     QStringLiteral("examples"), QStringLiteral("enum")};

bool valueHasType(const QJsonValue& v, const QString& type)
{
    if (type == u"object")
        return v.isObject();
    if (type == u"array")
        return v.isArray();
    if (type == u"string")
        return v.isString();
    if (type == u"number")
        return v.isDouble();
    if (type == u"integer")
        return JsonFieldReader::wholeNumber(v, std::numeric_limits<qint64>::min(),
                                            std::numeric_limits<qint64>::max())
            .has_value();
    if (type == u"boolean")
        return v.isBool();
    return v.isNull();
}

class Checker
{
public:
    explicit Checker(ValidationReport& report)
        : m_report(report)
    {
    }

    void schemaValue(const QJsonValue& value, const QString& path, int depth)
    {
        // A boolean is a schema too: true accepts anything, false nothing.
        if (value.isBool())
            return;
        if (!value.isObject()) {
            m_report.addError(path,
                              ConfigSchema::tr("must be a schema (an object), not %1")
                                  .arg(JsonFieldReader::describe(value)));
            return;
        }
        schema(value.toObject(), path, depth);
    }

    void schema(const QJsonObject& s, const QString& path, int depth)
    {
        if (depth > ConfigSchema::MaxDepth) {
            m_report.addError(
                path, ConfigSchema::tr("is nested deeper than %1 levels").arg(ConfigSchema::MaxDepth));
            return;
        }
        const QStringList types = typeList(s, path);
        for (auto it = s.constBegin(); it != s.constEnd(); ++it) {
            const QString& key = it.key();
            const QJsonValue v = it.value();
            const QString at = ValidationReport::child(path, key);
            if (key == u"type" || kAnyValueKeywords.contains(key)) {
                continue; // checked below, against the types
            } else if (kStringKeywords.contains(key)) {
                if (!v.isString())
                    m_report.addError(
                        at, ConfigSchema::tr("must be a string, not %1").arg(JsonFieldReader::describe(v)));
            } else if (kNumberKeywords.contains(key)) {
                if (!v.isDouble())
                    m_report.addError(
                        at, ConfigSchema::tr("must be a number, not %1").arg(JsonFieldReader::describe(v)));
            } else if (kCountKeywords.contains(key)) {
                if (!JsonFieldReader::wholeNumber(v, 0, std::numeric_limits<qint32>::max()))
                    m_report.addError(at, ConfigSchema::tr("must be a whole number of at least 0"));
            } else if (kBoolKeywords.contains(key)) {
                if (!v.isBool())
                    m_report.addError(
                        at,
                        ConfigSchema::tr("must be true or false, not %1").arg(JsonFieldReader::describe(v)));
            } else if (key == u"multipleOf") {
                if (!v.isDouble() || v.toDouble() <= 0)
                    m_report.addError(at, ConfigSchema::tr("must be a number greater than 0"));
            } else if (key == u"pattern") {
                pattern(v, at);
            } else if (key == u"required") {
                required(v, at, s);
            } else if (kSchemaListKeywords.contains(key)) {
                const QJsonArray list = v.toArray();
                if (!v.isArray() || list.isEmpty()) {
                    m_report.addError(at, ConfigSchema::tr("must be a non-empty array of schemas"));
                    continue;
                }
                for (qsizetype i = 0; i < list.size(); ++i)
                    schemaValue(list.at(i), ValidationReport::index(at, i), depth + 1);
            } else if (kSchemaMapKeywords.contains(key)) {
                if (!v.isObject()) {
                    m_report.addError(at,
                                      ConfigSchema::tr("must be an object of schemas, not %1")
                                          .arg(JsonFieldReader::describe(v)));
                    continue;
                }
                const QJsonObject map = v.toObject();
                for (auto p = map.constBegin(); p != map.constEnd(); ++p) {
                    if (key == u"patternProperties")
                        pattern(QJsonValue(p.key()), ValidationReport::child(at, p.key()));
                    schemaValue(p.value(), ValidationReport::child(at, p.key()), depth + 1);
                }
            } else if (kSchemaKeywords.contains(key)) {
                schemaValue(v, at, depth + 1);
            } else {
                m_report.addWarning(at, ConfigSchema::tr("unknown schema keyword, kept as is"));
            }
        }
        bounds(s, path, QStringLiteral("minimum"), QStringLiteral("maximum"));
        bounds(s, path, QStringLiteral("minLength"), QStringLiteral("maxLength"));
        bounds(s, path, QStringLiteral("minItems"), QStringLiteral("maxItems"));
        bounds(s, path, QStringLiteral("minProperties"), QStringLiteral("maxProperties"));
        values(s, path, types);
    }

private:
    QStringList typeList(const QJsonObject& s, const QString& path)
    {
        if (!s.contains(u"type"))
            return {};
        const QJsonValue v = s.value(u"type");
        const QString at = ValidationReport::child(path, QStringLiteral("type"));
        const QString allowed = kTypeNames.join(QStringLiteral(", "));
        QStringList types;
        if (v.isString()) {
            types << v.toString();
        } else if (v.isArray() && !v.toArray().isEmpty()) {
            for (const QJsonValue& t : v.toArray()) {
                if (!t.isString()) {
                    m_report.addError(at, ConfigSchema::tr("must list type names (strings)"));
                    return {};
                }
                types << t.toString();
            }
        } else {
            m_report.addError(at, ConfigSchema::tr("must be a type name or a non-empty array of them"));
            return {};
        }
        QStringList valid;
        for (const QString& t : std::as_const(types)) {
            if (!kTypeNames.contains(t))
                m_report.addError(at, ConfigSchema::tr("\"%1\" is not one of %2").arg(t, allowed));
            else if (valid.contains(t))
                m_report.addError(at, ConfigSchema::tr("\"%1\" is listed twice").arg(t));
            else
                valid << t;
        }
        return valid;
    }

    void pattern(const QJsonValue& v, const QString& at)
    {
        if (!v.isString()) {
            m_report.addError(at, ConfigSchema::tr("must be a regular expression (a string)"));
            return;
        }
        const QRegularExpression re(v.toString());
        if (!re.isValid())
            m_report.addError(at,
                              ConfigSchema::tr("\"%1\" is not a valid regular expression: %2")
                                  .arg(v.toString(), re.errorString()));
    }

    void required(const QJsonValue& v, const QString& at, const QJsonObject& s)
    {
        if (!v.isArray()) {
            m_report.addError(at, ConfigSchema::tr("must be an array of property names"));
            return;
        }
        const QJsonArray names = v.toArray();
        const QJsonObject properties = s.value(u"properties").toObject();
        QSet<QString> seen;
        for (qsizetype i = 0; i < names.size(); ++i) {
            const QString itemPath = ValidationReport::index(at, i);
            if (!names.at(i).isString()) {
                m_report.addError(itemPath, ConfigSchema::tr("must be a property name (a string)"));
                continue;
            }
            const QString name = names.at(i).toString();
            if (seen.contains(name))
                m_report.addError(itemPath, ConfigSchema::tr("\"%1\" is listed twice").arg(name));
            seen.insert(name);
            if (s.contains(u"properties") && !properties.contains(name))
                m_report.addWarning(itemPath,
                                    ConfigSchema::tr("\"%1\" is not one of the properties").arg(name));
        }
    }

    void bounds(const QJsonObject& s, const QString& path, const QString& minKey, const QString& maxKey)
    {
        const QJsonValue lo = s.value(minKey);
        const QJsonValue hi = s.value(maxKey);
        if (lo.isDouble() && hi.isDouble() && lo.toDouble() > hi.toDouble())
            m_report.addError(ValidationReport::child(path, minKey),
                              ConfigSchema::tr("%1 is greater than %2 (%3)")
                                  .arg(lo.toDouble())
                                  .arg(maxKey)
                                  .arg(hi.toDouble()));
    }

    // default, const, examples and enum must fit the schema's own type, and a default its enum:
    // a module whose default breaks its own schema fails the first time it starts.
    void values(const QJsonObject& s, const QString& path, const QStringList& types)
    {
        auto fits = [&](const QJsonValue& v) {
            return types.isEmpty() || std::any_of(types.begin(), types.end(), [&](const QString& t) {
                       return valueHasType(v, t)
                           || (t == u"number" && valueHasType(v, QStringLiteral("integer")));
                   });
        };
        const QString typeText = types.join(tr(" or "));
        QJsonArray enumValues;
        if (s.contains(u"enum")) {
            const QString at = ValidationReport::child(path, QStringLiteral("enum"));
            const QJsonValue v = s.value(u"enum");
            if (!v.isArray() || v.toArray().isEmpty()) {
                m_report.addError(at, ConfigSchema::tr("must be a non-empty array"));
            } else {
                enumValues = v.toArray();
                for (qsizetype i = 0; i < enumValues.size(); ++i) {
                    if (!fits(enumValues.at(i)))
                        m_report.addError(ValidationReport::index(at, i),
                                          ConfigSchema::tr("is not of type %1").arg(typeText));
                    for (qsizetype j = 0; j < i; ++j) {
                        if (enumValues.at(j) == enumValues.at(i)) {
                            m_report.addError(ValidationReport::index(at, i),
                                              ConfigSchema::tr("repeats enum[%1]").arg(j));
                            break;
                        }
                    }
                }
            }
        }
        for (const QString& key : {QStringLiteral("default"), QStringLiteral("const")}) {
            if (!s.contains(key))
                continue;
            const QString at = ValidationReport::child(path, key);
            const QJsonValue v = s.value(key);
            if (!fits(v))
                m_report.addError(at, ConfigSchema::tr("is not of type %1").arg(typeText));
            else if (!enumValues.isEmpty() && !enumValues.contains(v))
                m_report.addError(at, ConfigSchema::tr("is not one of the enum values"));
        }
        if (s.contains(u"examples") && !s.value(u"examples").isArray())
            m_report.addError(ValidationReport::child(path, QStringLiteral("examples")),
                              ConfigSchema::tr("must be an array"));
    }

    static QString tr(const char* text) { return ConfigSchema::tr(text); }

    ValidationReport& m_report;
};

} // namespace

void ConfigSchema::check(const QJsonObject& schema, const QString& path, ValidationReport& report)
{
    Checker(report).schema(schema, path, 1);
    // A module's configuration is one object; a schema that describes anything else cannot
    // validate it.
    const QJsonValue type = schema.value(u"type");
    if (type.isString() && kTypeNames.contains(type.toString()) && type.toString() != u"object")
        report.addError(ValidationReport::child(path, QStringLiteral("type")),
                        tr("must be \"object\": a module's configuration is an object"));
}

} // namespace ms
