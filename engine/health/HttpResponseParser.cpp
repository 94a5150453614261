#include "health/HttpResponseParser.h"

namespace ms {

namespace {

bool isDigits(const QByteArray& s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Whether the comma-separated list @p value holds @p token (case-insensitive).
bool listHas(const QByteArray& value, const char* token)
{
    for (const QByteArray& part : value.split(',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

} // namespace

HttpResponseParser::HttpResponseParser(bool headRequest, qint64 maxBody)
    : m_head(headRequest)
    , m_maxBody(maxBody)
{
}

void HttpResponseParser::fail(Failure failure)
{
    m_state = State::Failed;
    m_failure = failure;
}

QString HttpResponseParser::errorString() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::Malformed:
        return tr("the answer is not HTTP");
    case Failure::HeadersTooLarge:
        return tr("the answer's headers are larger than 64 KiB");
    case Failure::BodyTooLarge:
        return tr("the answer is too large");
    }
    return {};
}

QByteArray HttpResponseParser::header(const QByteArray& name) const
{
    const QByteArray lower = name.toLower();
    QByteArray value;
    for (const auto& [n, v] : m_headers) {
        if (n != lower)
            continue;
        if (!value.isEmpty())
            value += ", ";
        value += v;
    }
    return value;
}

bool HttpResponseParser::keepAlive() const
{
    if (m_state != State::Done || m_framing == Framing::UntilClose || !m_leftover.isEmpty())
        return false;
    const QByteArray connection = header("connection");
    if (m_version == "1.0")
        return listHas(connection, "keep-alive");
    return !listHas(connection, "close");
}

bool HttpResponseParser::takeLine(QByteArray* line)
{
    const qsizetype end = m_buffer.indexOf('\n');
    if (end < 0) {
        if (m_state != State::Body && m_headerBytes + m_buffer.size() > MaxHeaderBytes)
            fail(Failure::HeadersTooLarge);
        return false;
    }
    *line = m_buffer.left(end);
    if (line->endsWith('\r'))
        line->chop(1);
    m_buffer.remove(0, end + 1);
    if (m_state != State::Body) {
        m_headerBytes += end + 1;
        if (m_headerBytes > MaxHeaderBytes) {
            fail(Failure::HeadersTooLarge);
            return false;
        }
    }
    return true;
}

void HttpResponseParser::parseStatus(const QByteArray& line)
{
    // "HTTP/1.1 200 OK" — the reason phrase may be empty or missing.
    if (!line.startsWith("HTTP/1.") || line.size() < 12 || line.at(8) != ' ')
        return fail(Failure::Malformed);
    const QByteArray code = line.mid(9, 3);
    if (!isDigits(code) || (line.size() > 12 && line.at(12) != ' '))
        return fail(Failure::Malformed);
    m_version = line.mid(5, 3);
    m_status = code.toInt();
    if (m_status < 100)
        return fail(Failure::Malformed);
    m_headers.clear();
    m_state = State::Headers;
}

void HttpResponseParser::parseHeader(const QByteArray& line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || line.at(0) == ' ' || line.at(0) == '\t')
        return fail(Failure::Malformed); // obsolete line folding is refused, as RFC 9112 allows
    m_headers.append({line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed()});
}

void HttpResponseParser::headersDone()
{
    if (m_status >= 100 && m_status < 200) {
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        m_state = State::StatusLine;
        return;
    }
    if (m_head || m_status == 204 || m_status == 304) {
        m_framing = Framing::None;
        m_state = State::Done;
        return;
    }
    const QByteArray encoding = header("transfer-encoding");
    if (!encoding.isEmpty()) {
        if (!encoding.trimmed().toLower().endsWith("chunked"))
            return fail(Failure::Malformed);
        m_framing = Framing::Chunked;
        m_chunkStep = ChunkStep::Size;
    } else if (const QByteArray length = header("content-length"); !length.isEmpty()) {
        if (!isDigits(length) || length.size() > 18)
            return fail(Failure::Malformed);
        m_framing = Framing::Length;
        m_remaining = length.toLongLong();
        if (m_remaining > m_maxBody)
            return fail(Failure::BodyTooLarge);
    } else {
        m_framing = Framing::UntilClose;
    }
    m_state = State::Body;
    if (m_framing == Framing::Length && m_remaining == 0)
        m_state = State::Done;
}

bool HttpResponseParser::appendBody(const QByteArray& bytes)
{
    if (m_body.size() + bytes.size() > m_maxBody) {
        fail(Failure::BodyTooLarge);
        return false;
    }
    m_body += bytes;
    return true;
}

void HttpResponseParser::readChunks()
{
    while (m_state == State::Body) {
        switch (m_chunkStep) {
        case ChunkStep::Size: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_buffer.size() > 1024)
                    fail(Failure::Malformed);
                return;
            }
            const qsizetype extension = line.indexOf(';'); // chunk extensions are ignored
            const QByteArray size = (extension < 0 ? line : line.left(extension)).trimmed();
            bool ok = false;
            m_remaining = size.toLongLong(&ok, 16);
            if (!ok || size.isEmpty() || m_remaining < 0)
                return fail(Failure::Malformed);
            m_chunkStep = m_remaining == 0 ? ChunkStep::Trailers : ChunkStep::Data;
            break;
        }
        case ChunkStep::Data: {
            if (m_buffer.isEmpty())
                return;
            const QByteArray part = m_buffer.left(m_remaining);
            m_buffer.remove(0, part.size());
            m_remaining -= part.size();
            if (!appendBody(part))
                return;
            if (m_remaining == 0)
                m_chunkStep = ChunkStep::DataEnd;
            break;
        }
        case ChunkStep::DataEnd: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_buffer.size() > 2)
                    fail(Failure::Malformed);
                return;
            }
            if (!line.isEmpty())
                return fail(Failure::Malformed);
            m_chunkStep = ChunkStep::Size;
            break;
        }
        case ChunkStep::Trailers: {
            QByteArray line;
            if (!takeLine(&line)) {
                if (m_buffer.size() > MaxHeaderBytes)
                    fail(Failure::HeadersTooLarge);
                return;
            }
            if (line.isEmpty())
                m_state = State::Done;
            break;
        }
        }
    }
}

HttpResponseParser::State HttpResponseParser::feed(const QByteArray& bytes)
{
    if (m_state == State::Failed)
        return m_state;
    if (m_state == State::Done) {
        m_leftover += bytes;
        return m_state;
    }
    m_buffer += bytes;
    while (m_state == State::StatusLine || m_state == State::Headers) {
        QByteArray line;
        if (!takeLine(&line))
            return m_state;
        if (m_state == State::StatusLine) {
            if (line.isEmpty())
                continue; // a stray CRLF before the status line is tolerated (RFC 9112 2.2)
            parseStatus(line);
        } else if (line.isEmpty()) {
            headersDone();
        } else {
            parseHeader(line);
        }
    }
    if (m_state == State::Body) {
        switch (m_framing) {
        case Framing::Length: {
            const QByteArray part = m_buffer.left(m_remaining);
            m_buffer.remove(0, part.size());
            m_remaining -= part.size();
            if (appendBody(part) && m_remaining == 0)
                m_state = State::Done;
            break;
        }
        case Framing::UntilClose:
            if (appendBody(m_buffer))
                m_buffer.clear();
            break;
        case Framing::Chunked:
            readChunks();
            break;
        case Framing::None:
            break;
        }
    }
    if (m_state == State::Done) {
        m_leftover += m_buffer;
        m_buffer.clear();
    }
    return m_state;
}

HttpResponseParser::State HttpResponseParser::finish()
{
    if (m_state == State::Body && m_framing == Framing::UntilClose)
        m_state = State::Done;
    return m_state;
}

} // namespace ms
