#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <optional>

namespace ms {

/// An RFC 6901 JSON pointer ("/status", "/checks/0/ok", "" for the whole document), for the
/// HTTP probe's json_pointer check.
class JsonPointer
{
public:
    /// Nothing when @p text is neither empty nor starts with "/", or has a "~" not followed
    /// by 0 or 1.
    static std::optional<JsonPointer> parse(const QString& text);

    /// The value @p pointer names in @p document; nothing when it names no value (a missing
    /// key, an index out of range or not a number, a step into a scalar).
    std::optional<QJsonValue> resolve(const QJsonValue& document) const;

    const QString& text() const { return m_text; }

private:
    QString m_text;
    QStringList m_tokens;
};

} // namespace ms
