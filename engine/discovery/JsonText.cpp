#include "discovery/JsonText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace ms {

namespace {

class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_text(text)
    {
    }

    QList<JsonText::Member> members()
    {
        QList<JsonText::Member> out;
        if (m_text.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        skipSpace();
        if (!take('{'))
            return out;
        skipSpace();
        if (take('}'))
            return out;
        for (;;) {
            skipSpace();
            JsonText::Member m;
            m.keyOffset = m_pos;
            if (peek() != '"' || !skipString())
                return out;
            m.key = decodeKey(m_text.sliced(m.keyOffset, m_pos - m.keyOffset));
            skipSpace();
            if (!take(':'))
                return out;
            skipSpace();
            m.valueBegin = m_pos;
            if (!skipValue())
                return out;
            m.valueEnd = m_pos;
            out.append(m);
            skipSpace();
            if (take(','))
                continue;
            return out;
        }
    }

private:
    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }
    bool take(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            ++m_pos;
        }
    }
    bool skipString()
    {
        ++m_pos; // opening quote
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos++];
            if (c == '\\')
                ++m_pos;
            else if (c == '"')
                return true;
        }
        return false;
    }
    bool skipValue()
    {
        const char c = peek();
        if (c == '"')
            return skipString();
        if (c == '{' || c == '[') {
            int depth = 0;
            while (m_pos < m_text.size()) {
                const char d = m_text[m_pos];
                if (d == '"') {
                    if (!skipString())
                        return false;
                    continue;
                }
                ++m_pos;
                if (d == '{' || d == '[')
                    ++depth;
                else if ((d == '}' || d == ']') && --depth == 0)
                    return true;
            }
            return false;
        }
        const qsizetype begin = m_pos;
        while (m_pos < m_text.size()) {
            const char d = m_text[m_pos];
            if (d == ',' || d == '}' || d == ']' || d == ' ' || d == '\t' || d == '\n' || d == '\r')
                break;
            ++m_pos;
        }
        return m_pos > begin;
    }
    // Keys are almost always plain; the rare escaped one is decoded by QJsonDocument.
    static QString decodeKey(QByteArrayView quoted)
    {
        const QByteArrayView inner = quoted.sliced(1, quoted.size() - 2);
        if (!inner.contains('\\'))
            return QString::fromUtf8(inner);
        const QJsonDocument doc = QJsonDocument::fromJson('[' + quoted.toByteArray() + ']');
        return doc.array().at(0).toString();
    }

    QByteArrayView m_text;
    qsizetype m_pos = 0;
};

} // namespace

JsonText::Position JsonText::positionAt(QByteArrayView text, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, text.size());
    Position p;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++p.line;
            lineStart = i + 1;
        }
    }
    for (qsizetype i = lineStart; i < offset; ++i) {
        if ((uchar(text[i]) & 0xC0) != 0x80)
            ++p.column;
    }
    return p;
}

JsonText::Position JsonText::errorPosition(QByteArrayView text, qsizetype parseErrorOffset)
{
    return positionAt(text, parseErrorOffset > 0 ? parseErrorOffset - 1 : 0);
}

QList<JsonText::Member> JsonText::topLevelMembers(QByteArrayView text)
{
    return Scanner(text).members();
}

const JsonText::Member* JsonText::find(const QList<Member>& members, QStringView key)
{
    for (qsizetype i = members.size() - 1; i >= 0; --i) {
        if (members.at(i).key == key)
            return &members.at(i);
    }
    return nullptr;
}

} // namespace ms
