#include "health/JsonPointer.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ms {

std::optional<JsonPointer> JsonPointer::parse(const QString& text)
{
    JsonPointer p;
    p.m_text = text;
    if (text.isEmpty())
        return p;
    if (!text.startsWith(u'/'))
        return std::nullopt;
    const QStringList raw = text.mid(1).split(u'/');
    for (const QString& token : raw) {
        QString decoded;
        decoded.reserve(token.size());
        for (qsizetype i = 0; i < token.size(); ++i) {
            const QChar c = token.at(i);
            if (c != u'~') {
                decoded += c;
                continue;
            }
            if (i + 1 >= token.size())
                return std::nullopt;
            const QChar next = token.at(++i);
            if (next == u'0')
                decoded += u'~';
            else if (next == u'1')
                decoded += u'/';
            else
                return std::nullopt;
        }
        p.m_tokens << decoded;
    }
    return p;
}

std::optional<QJsonValue> JsonPointer::resolve(const QJsonValue& document) const
{
    QJsonValue current = document;
    for (const QString& token : m_tokens) {
        if (current.isObject()) {
            const QJsonObject o = current.toObject();
            const auto it = o.constFind(token);
            if (it == o.constEnd())
                return std::nullopt;
            current = *it;
        } else if (current.isArray()) {
            // RFC 6901: an index is "0" or digits without a leading zero.
            const bool digits = !token.isEmpty()
                && std::all_of(token.begin(), token.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
            if (!digits || (token.size() > 1 && token.startsWith(u'0')))
                return std::nullopt;
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            const QJsonArray a = current.toArray();
            if (!ok || index >= a.size())
                return std::nullopt;
            current = a.at(index);
        } else {
            return std::nullopt;
        }
    }
    return current;
}

} // namespace ms
