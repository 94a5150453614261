#pragma once

#include "core/Result.h"
#include "discovery/Site.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace ms {

/// A parsed `.env` file, in the syntax the platform's sites use (node's dotenv, plus what
/// shells accept):
///
///     # a full-line comment
///     export KEY=value            # "export " is allowed and remembered
///     KEY = unquoted value  # a comment after whitespace; the value is trimmed
///     URL=postgres://u:p@h/db?x=1 # "=" inside a value is part of it
///     LITERAL='single quotes: nothing is escaped, $HOME stays as written'
///     ESCAPED="double quotes: \n \t \r \" \\ \$ are escapes"
///     MULTI="a value that
///     spans lines"                # multi-line values in either kind of quote
///     EMPTY=
///
/// Keys match `[A-Za-z_][A-Za-z0-9_.-]*`. Values are never interpolated (`\$` exists so a
/// file written for an interpolating loader still reads the same here). CRLF line ends and
/// a UTF-8 byte-order mark are accepted. A key set twice keeps its last value; the file
/// gets a warning naming both lines.
///
/// Values are secrets (database passwords, API keys): no message this class produces
/// quotes a value or the text of a line, only keys, line and column numbers.
class DotEnv
{
    Q_DECLARE_TR_FUNCTIONS(DotEnv)

public:
    /// How a value was written; the writer keeps the style when it changes the value.
    enum class Quote {
        None, ///< unquoted: trimmed, ends at the line end or at " #"
        Single, ///< '…': literal
        Double, ///< "…": with escapes
    };

    /// One `KEY=value` assignment as found in the file.
    struct Entry
    {
        QString key;
        QString value; ///< unquoted and unescaped
        int line = 0; ///< 1-based line of the key
        int lastLine = 0; ///< last line of the value (> line for multi-line values)
        bool exported = false; ///< written as "export KEY=…"
        Quote quote = Quote::None;
        qsizetype valueBegin = 0; ///< byte offset of the value as written (quotes included)
        qsizetype valueEnd = 0; ///< one past its last byte
    };

    /// Files larger than this are refused: a .env is a page of settings, not data.
    static constexpr qsizetype MaxFileSize = 4 * 1024 * 1024;

    /// Parses @p data. Fails on the first malformed line — a line without "=", an invalid
    /// key, text after a closing quote — or an unterminated quote; the error's subject is
    /// "fileName:line" (for a quote, the line where it opened).
    [[nodiscard]] static Result<DotEnv> parse(QByteArrayView data, const QString& fileName);

    /// Parses @p data keeping everything that can be read: a malformed line is skipped and
    /// reported as a fatal problem; an unterminated quote ends the file there. For the
    /// scanner, which shows a broken site with what it could read.
    static DotEnv parseLenient(QByteArrayView data, const QString& fileName);

    /// Reads and parses the file at @p path (as parse()). I/O errors name the path.
    [[nodiscard]] static Result<DotEnv> read(const QString& path);

    /// Whether @p key is a valid variable name.
    static bool isValidKey(QStringView key);

    const QString& fileName() const { return m_fileName; }
    /// Every assignment in file order, repeated keys included.
    const QList<Entry>& entries() const { return m_entries; }
    /// The assignment that counts for @p key (the last one), or nullptr.
    const Entry* find(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    /// The value of @p key, or @p fallback when the key is absent.
    QString value(QStringView key, const QString& fallback = {}) const;

    /// Warnings (repeated keys) and, from parseLenient(), the errors (`fatal`).
    const QList<ScanProblem>& problems() const { return m_problems; }
    bool hasErrors() const;
    /// "\r\n" when the file's first line break is CRLF, else "\n".
    QByteArray lineEnding() const { return m_crlf ? QByteArrayLiteral("\r\n") : QByteArrayLiteral("\n"); }

private:
    friend class DotEnvParser;

    QString m_fileName;
    QList<Entry> m_entries;
    QHash<QString, qsizetype> m_index; // key → index of its last entry
    QList<ScanProblem> m_problems;
    bool m_crlf = false;
};

} // namespace ms
