#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace ms {

/// Reads one HTTP/1.x response as its bytes arrive, in any split: the status line, the
/// headers, and a body framed by Content-Length, chunked transfer coding, or the end of
/// the connection (RFC 9112 section 6.3). Informational (1xx) responses are skipped. The body
/// is kept up to a cap; going past it is an error, as is a header section past
/// MaxHeaderBytes or anything that is not HTTP.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    enum class State {
        StatusLine, ///< waiting for the status line
        Headers, ///< reading headers
        Body, ///< reading the body
        Done, ///< the whole response is in
        Failed, ///< not HTTP, too large, or a broken chunk; error() says which
    };
    enum class Failure {
        None,
        Malformed, ///< not an HTTP/1.x response
        HeadersTooLarge,
        BodyTooLarge, ///< more than the cap
    };

    /// @p headRequest: the answer to HEAD has no body whatever its headers say.
    /// @p maxBody: body bytes kept before BodyTooLarge.
    HttpResponseParser(bool headRequest, qint64 maxBody);

    /// Takes the next bytes. Returns the state after them. Bytes after the end of the
    /// response are kept in leftover() (a server may not send any: they make the
    /// connection unfit for reuse).
    State feed(const QByteArray& bytes);
    /// The connection ended. A body framed by the end of the connection is complete now;
    /// anything else unfinished stays as it is (the caller reports a truncated answer).
    State finish();

    State state() const { return m_state; }
    Failure failure() const { return m_failure; }
    /// One line for a person about a Failed state.
    QString errorString() const;
    bool headersSeen() const { return m_state == State::Body || m_state == State::Done; }

    int status() const { return m_status; }
    /// "1.1" or "1.0".
    const QByteArray& version() const { return m_version; }
    /// The value of header @p name (case-insensitive); repeated headers joined with ", ".
    QByteArray header(const QByteArray& name) const;
    const QByteArray& body() const { return m_body; }
    /// Whether the connection may carry another request: the response was complete and
    /// framed, HTTP/1.1 without "Connection: close" or HTTP/1.0 with "keep-alive", and
    /// nothing followed it.
    bool keepAlive() const;
    const QByteArray& leftover() const { return m_leftover; }

private:
    bool takeLine(QByteArray* line);
    void fail(Failure failure);
    bool appendBody(const QByteArray& bytes);
    void parseStatus(const QByteArray& line);
    void parseHeader(const QByteArray& line);
    void headersDone();
    void readChunks();

    enum class Framing {
        None,
        Length,
        Chunked,
        UntilClose,
    };
    enum class ChunkStep {
        Size,
        Data,
        DataEnd,
        Trailers,
    };

    bool m_head;
    qint64 m_maxBody;
    State m_state = State::StatusLine;
    Failure m_failure = Failure::None;
    QByteArray m_buffer;
    qsizetype m_headerBytes = 0;
    int m_status = 0;
    QByteArray m_version;
    QList<QPair<QByteArray, QByteArray>> m_headers; ///< lower-cased names
    Framing m_framing = Framing::None;
    qint64 m_remaining = 0; ///< of the body (Length) or of the chunk (Chunked)
    ChunkStep m_chunkStep = ChunkStep::Size;
    QByteArray m_body;
    QByteArray m_leftover;
};

} // namespace ms
