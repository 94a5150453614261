#include "packages/EntryPath.h"

#include <climits>

namespace ms {

namespace {

bool hasControlCharacter(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

// Qt's decoder rejects overlong forms, surrogates and truncated sequences; a string
// that survives the round trip unchanged is valid UTF-8.
bool isValidUtf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).toUtf8() == bytes;
}

constexpr qsizetype DisplayLimit = 160;

// The slash-separated parts of @p path, views into it (empty parts included).
QList<QByteArrayView> splitPath(QByteArrayView path)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = path.indexOf('/', start);
        if (slash < 0) {
            parts.append(path.sliced(start));
            return parts;
        }
        parts.append(path.sliced(start, slash - start));
        start = slash + 1;
    }
}

} // namespace

Result<EntryPath> EntryPath::parse(QByteArrayView raw, qsizetype maxBytes)
{
    if (raw.isEmpty())
        return Error(ErrorCode::Validation, tr("the entry has no name"));
    if (raw.size() >= PATH_MAX)
        return Error(ErrorCode::Validation, tr("the name is longer than %1 bytes").arg(PATH_MAX - 1));
    if (hasControlCharacter(raw))
        return Error(ErrorCode::Validation, tr("the name contains a control character"));
    if (!isValidUtf8(raw))
        return Error(ErrorCode::Validation, tr("the name is not valid UTF-8"));
    if (raw.front() == '/')
        return Error(ErrorCode::Validation, tr("the path is absolute"));

    EntryPath path;
    path.m_trailingSlash = raw.back() == '/';
    for (const QByteArrayView part : splitPath(raw)) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..")
            return Error(ErrorCode::Validation, tr("the path leaves the package"));
        if (part.size() > NAME_MAX)
            return Error(ErrorCode::Validation,
                         tr("a component of the path is longer than %1 bytes").arg(NAME_MAX));
        path.m_components.append(part.toByteArray());
    }
    path.m_key = path.m_components.join('/');
    if (path.m_key.size() > maxBytes)
        return Error(ErrorCode::Validation,
                     tr("the path is too long to extract here (longer than %1 bytes)")
                         .arg(qMax<qsizetype>(maxBytes, 0)));
    return path;
}

Status EntryPath::checkSymlinkTarget(const EntryPath& link, QByteArrayView target)
{
    if (target.isEmpty())
        return Error(ErrorCode::Validation, tr("the link has no target"));
    if (target.size() >= PATH_MAX)
        return Error(ErrorCode::Validation, tr("the link target is longer than %1 bytes").arg(PATH_MAX - 1));
    if (hasControlCharacter(target))
        return Error(ErrorCode::Validation, tr("the link target contains a control character"));
    if (!isValidUtf8(target))
        return Error(ErrorCode::Validation, tr("the link target is not valid UTF-8"));
    if (target.front() == '/')
        return Error(ErrorCode::Validation, tr("the link points to an absolute path"));

    qsizetype ups = 0;
    bool descended = false;
    for (const QByteArrayView part : splitPath(target)) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (descended)
                return Error(ErrorCode::Validation, tr("the link target has \"..\" after a directory name"));
            ++ups;
            continue;
        }
        if (part.size() > NAME_MAX)
            return Error(ErrorCode::Validation,
                         tr("a component of the link target is longer than %1 bytes").arg(NAME_MAX));
        descended = true;
    }
    // The link lives in a directory link.components().size() - 1 levels below the root.
    if (ups > link.components().size() - 1)
        return Error(ErrorCode::Validation, tr("the link points outside the package"));
    return {};
}

QString EntryPath::display(QByteArrayView raw)
{
    QString text;
    const QString decoded = QString::fromUtf8(raw);
    text.reserve(decoded.size());
    for (const QChar c : decoded) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            text += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
        else
            text += c;
    }
    if (text.size() > DisplayLimit)
        text = text.left(DisplayLimit / 2) + QStringLiteral("…") + text.right(DisplayLimit / 2);
    return text;
}

EntryPath EntryPath::parent() const
{
    EntryPath p;
    if (m_components.size() > 1) {
        p.m_components = m_components.first(m_components.size() - 1);
        p.m_key = p.m_components.join('/');
    }
    return p;
}

} // namespace ms
