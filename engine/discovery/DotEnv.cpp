#include "discovery/DotEnv.h"

#include "discovery/FileContent.h"

namespace ms {

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isKeyStart(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
}

bool isKeyChar(char c)
{
    return isKeyStart(c) || (c >= '0' && c <= '9') || c == '.' || c == '-';
}

} // namespace

// The parser works on bytes: keys are ASCII, values are decoded from UTF-8 once each.
class DotEnvParser
{
public:
    DotEnvParser(QByteArrayView data, const QString& fileName, bool lenient)
        : m_data(data)
        , m_lenient(lenient)
    {
        m_env.m_fileName = fileName;
    }

    // Returns false after the first error in strict mode (m_error holds it).
    bool run()
    {
        const qsizetype n = m_data.size();
        if (n >= 3 && m_data.first(3) == QByteArrayView("\xEF\xBB\xBF", 3))
            m_pos = 3;
        detectLineEnding();
        while (m_pos < n) {
            if (!parseLine())
                return false;
        }
        return true;
    }

    DotEnv m_env;
    Error m_error;

private:
    char at(qsizetype i) const { return i < m_data.size() ? m_data[i] : '\n'; }
    bool atLineEnd(qsizetype i) const
    {
        return i >= m_data.size() || m_data[i] == '\n' || (m_data[i] == '\r' && at(i + 1) == '\n');
    }

    void detectLineEnding()
    {
        const qsizetype nl = m_data.indexOf('\n');
        m_env.m_crlf = nl > 0 && m_data[nl - 1] == '\r';
    }

    void skipBlanks()
    {
        while (m_pos < m_data.size() && isBlank(m_data[m_pos]))
            ++m_pos;
    }

    // Moves past the end of the current line (and its line break).
    void skipToNextLine()
    {
        const qsizetype nl = m_data.indexOf('\n', m_pos);
        m_pos = nl < 0 ? m_data.size() : nl + 1;
        ++m_line;
    }

    // Reports a malformed line. Strict: stop. Lenient: record it and go on with the next line.
    bool fail(int line, const QString& message)
    {
        if (!m_lenient) {
            m_error = Error(ErrorCode::Parse, message, m_env.m_fileName + u':' + QString::number(line));
            return false;
        }
        ScanProblem p;
        p.file = m_env.m_fileName;
        p.line = line;
        p.message = message;
        p.fatal = true;
        m_env.m_problems.append(p);
        return true;
    }

    bool parseLine()
    {
        skipBlanks();
        if (atLineEnd(m_pos) || m_data[m_pos] == '#') {
            skipToNextLine();
            return true;
        }

        const int line = m_line;
        const qsizetype lineStart = m_pos;
        DotEnv::Entry entry;
        entry.line = line;
        if (m_data.sliced(m_pos).startsWith("export") && isBlank(at(m_pos + 6))) {
            qsizetype p = m_pos + 6;
            while (isBlank(at(p)))
                ++p;
            if (isKeyStart(at(p))) {
                entry.exported = true;
                m_pos = p;
            }
        }

        const qsizetype keyBegin = m_pos;
        if (isKeyStart(at(m_pos))) {
            while (isKeyChar(at(m_pos)))
                ++m_pos;
        }
        const qsizetype keyEnd = m_pos;
        skipBlanks();
        if (keyEnd == keyBegin || at(m_pos) != '=') {
            const qsizetype nl = m_data.indexOf('\n', lineStart);
            const QByteArrayView rest = m_data.sliced(lineStart, (nl < 0 ? m_data.size() : nl) - lineStart);
            const QString message = rest.contains('=')
                ? DotEnv::tr(
                      "invalid variable name at column %1; names are letters, digits, '_', '.' and '-', "
                      "not starting with a digit")
                      .arg(columnOf(keyEnd == keyBegin ? keyBegin : m_pos))
                : DotEnv::tr("expected KEY=VALUE");
            const bool goOn = fail(line, message);
            skipToNextLine();
            return goOn;
        }
        entry.key = QString::fromLatin1(m_data.sliced(keyBegin, keyEnd - keyBegin));
        const qsizetype equals = m_pos;
        ++m_pos;
        skipBlanks();
        const bool blankAfterEquals = m_pos > equals + 1;

        const char c = at(m_pos);
        if (c == '"' || c == '\'') {
            if (!parseQuoted(entry, c))
                return !m_lenient ? false : stopLenient();
            skipBlanks();
            if (!atLineEnd(m_pos) && m_data[m_pos] != '#') {
                const bool goOn = fail(
                    m_line,
                    DotEnv::tr("unexpected text after the closing quote at column %1").arg(columnOf(m_pos)));
                skipToNextLine();
                return goOn;
            }
        } else {
            parseUnquoted(entry, equals, blankAfterEquals);
        }
        entry.lastLine = m_line;
        skipToNextLine();
        add(std::move(entry));
        return true;
    }

    // After an unterminated quote nothing later in the file can be trusted: the quote may
    // have been meant to close anywhere.
    bool stopLenient()
    {
        m_pos = m_data.size();
        return true;
    }

    bool parseQuoted(DotEnv::Entry& entry, char quote)
    {
        const int openLine = m_line;
        entry.quote = quote == '"' ? DotEnv::Quote::Double : DotEnv::Quote::Single;
        entry.valueBegin = m_pos;
        ++m_pos;
        QByteArray value;
        const qsizetype n = m_data.size();
        qsizetype chunk = m_pos; // start of the run of bytes copied verbatim
        while (m_pos < n) {
            const char ch = m_data[m_pos];
            if (ch == quote) {
                value.append(m_data.sliced(chunk, m_pos - chunk));
                ++m_pos;
                entry.valueEnd = m_pos;
                entry.value = QString::fromUtf8(value);
                return true;
            }
            if (ch == '\n') {
                // A CRLF file's multi-line value holds plain newlines.
                const qsizetype end = (m_pos > chunk && m_data[m_pos - 1] == '\r') ? m_pos - 1 : m_pos;
                value.append(m_data.sliced(chunk, end - chunk));
                value.append('\n');
                ++m_line;
                chunk = ++m_pos;
                continue;
            }
            if (ch == '\\' && quote == '"' && m_pos + 1 < n) {
                const char next = m_data[m_pos + 1];
                char decoded = 0;
                switch (next) {
                case 'n':
                    decoded = '\n';
                    break;
                case 't':
                    decoded = '\t';
                    break;
                case 'r':
                    decoded = '\r';
                    break;
                case '"':
                    decoded = '"';
                    break;
                case '\\':
                    decoded = '\\';
                    break;
                case '$':
                    decoded = '$';
                    break;
                default:
                    break; // not an escape: the backslash stays, as in a shell
                }
                if (decoded) {
                    value.append(m_data.sliced(chunk, m_pos - chunk));
                    value.append(decoded);
                    m_pos += 2;
                    chunk = m_pos;
                    continue;
                }
            }
            ++m_pos;
        }
        const QString message = quote == '"' ? DotEnv::tr("unterminated double quote (opened here)")
                                             : DotEnv::tr("unterminated single quote (opened here)");
        if (!m_lenient) {
            m_error = Error(ErrorCode::Parse, message, m_env.m_fileName + u':' + QString::number(openLine));
        } else {
            fail(openLine, message);
        }
        return false;
    }

    void parseUnquoted(DotEnv::Entry& entry, qsizetype equals, bool blankAfterEquals)
    {
        const qsizetype begin = m_pos;
        qsizetype end = m_data.indexOf('\n', begin);
        if (end < 0)
            end = m_data.size();
        // A comment starts at a '#' that follows whitespace, including the blanks after '='.
        for (qsizetype i = begin; i < end; ++i) {
            if (m_data[i] == '#' && (i == begin ? blankAfterEquals : isBlank(m_data[i - 1]))) {
                end = i;
                break;
            }
        }
        while (end > begin && (isBlank(m_data[end - 1]) || m_data[end - 1] == '\r'))
            --end;
        if (end == begin) {
            // An empty value is edited right after the '=', so " # comment" keeps its blank.
            entry.valueBegin = entry.valueEnd = equals + 1;
            return;
        }
        entry.valueBegin = begin;
        entry.valueEnd = end;
        entry.value = QString::fromUtf8(m_data.sliced(begin, end - begin));
        m_pos = end;
    }

    void add(DotEnv::Entry&& entry)
    {
        auto it = m_env.m_index.find(entry.key);
        if (it != m_env.m_index.end()) {
            const DotEnv::Entry& earlier = m_env.m_entries.at(*it);
            ScanProblem p;
            p.file = m_env.m_fileName;
            p.line = entry.line;
            p.message = DotEnv::tr("%1 is set again on line %2; this value replaces the one on line %3")
                            .arg(entry.key)
                            .arg(entry.line)
                            .arg(earlier.line);
            m_env.m_problems.append(p);
            *it = m_env.m_entries.size();
        } else {
            m_env.m_index.insert(entry.key, m_env.m_entries.size());
        }
        m_env.m_entries.append(std::move(entry));
    }

    // 1-based column of byte offset @p pos, counting characters, not UTF-8 bytes.
    int columnOf(qsizetype pos) const
    {
        qsizetype lineStart = pos;
        while (lineStart > 0 && m_data[lineStart - 1] != '\n')
            --lineStart;
        int column = 1;
        for (qsizetype i = lineStart; i < pos; ++i) {
            if ((uchar(m_data[i]) & 0xC0) != 0x80)
                ++column;
        }
        return column;
    }

    QByteArrayView m_data;
    qsizetype m_pos = 0;
    int m_line = 1;
    bool m_lenient;
};

Result<DotEnv> DotEnv::parse(QByteArrayView data, const QString& fileName)
{
    DotEnvParser parser(data, fileName, false);
    if (!parser.run())
        return parser.m_error;
    return std::move(parser.m_env);
}

DotEnv DotEnv::parseLenient(QByteArrayView data, const QString& fileName)
{
    DotEnvParser parser(data, fileName, true);
    parser.run();
    return std::move(parser.m_env);
}

Result<DotEnv> DotEnv::read(const QString& path)
{
    const Result<QByteArray> data = FileContent::read(path, MaxFileSize);
    if (!data)
        return data.error();
    return parse(*data, path);
}

bool DotEnv::isValidKey(QStringView key)
{
    if (key.isEmpty() || key.front().unicode() > 0x7f || !isKeyStart(char(key.front().unicode())))
        return false;
    for (QChar c : key) {
        if (c.unicode() > 0x7f || !isKeyChar(char(c.unicode())))
            return false;
    }
    return true;
}

const DotEnv::Entry* DotEnv::find(QStringView key) const
{
    const auto it = m_index.constFind(key.toString());
    return it == m_index.cend() ? nullptr : &m_entries.at(*it);
}

QString DotEnv::value(QStringView key, const QString& fallback) const
{
    const Entry* e = find(key);
    return e ? e->value : fallback;
}

bool DotEnv::hasErrors() const
{
    for (const ScanProblem& p : m_problems) {
        if (p.fatal)
            return true;
    }
    return false;
}

} // namespace ms
