#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ms {

/// Where things are in a JSON text. QJsonDocument tells what a file says but not where;
/// error messages want a line, and rewriting one value in place wants its byte range.
class JsonText
{
public:
    struct Position
    {
        int line = 1; ///< 1-based
        int column = 1; ///< 1-based, in characters (not UTF-8 bytes)
    };

    /// A member of the top-level object.
    struct Member
    {
        QString key;
        qsizetype keyOffset = 0; ///< byte offset of the key's opening quote
        qsizetype valueBegin = 0; ///< byte offset of the value's first byte
        qsizetype valueEnd = 0; ///< one past its last byte
    };

    /// Line and column of byte @p offset in @p text (clamped to the text).
    static Position positionAt(QByteArrayView text, qsizetype offset);

    /// Where QJsonDocument stopped: the character it could not accept. (QJsonParseError's
    /// offset is one past that character, the parser having consumed it.)
    static Position errorPosition(QByteArrayView text, qsizetype parseErrorOffset);

    /// The members of the top-level object of @p text, in file order, duplicates included.
    /// Meant for text QJsonDocument has accepted; on anything else it returns what it found
    /// before the text stopped making sense.
    static QList<Member> topLevelMembers(QByteArrayView text);

    /// The last member named @p key (the one QJsonDocument keeps), or nullptr.
    static const Member* find(const QList<Member>& members, QStringView key);
};

} // namespace ms
