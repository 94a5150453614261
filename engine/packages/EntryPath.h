#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace ms {

/// The path of an entry inside a module package, checked and normalised: relative,
/// components separated by single slashes, no empty, "." or ".." components. It is the
/// key the extractor uses to decide what an entry may touch, so everything an archive can
/// say about a name is settled here, in one place, before the filesystem is involved.
///
/// A name is refused when it is empty, absolute, has a ".." component anywhere, has a
/// component longer than NAME_MAX or is longer than the platform's PATH_MAX, contains a
/// control character (0x01–0x1f, 0x7f: they forge log lines and terminal output and break
/// the line-based checksum lists), or is not valid UTF-8 (names travel through QString to
/// the console and the summary; bytes that do not decode would not round-trip). A NUL
/// cannot occur: the archive reader hands names over as C strings.
class EntryPath
{
    Q_DECLARE_TR_FUNCTIONS(EntryPath)

public:
    EntryPath() = default;

    /// Checks and normalises the raw name @p raw of an archive entry ("./a//b/" → "a/b").
    /// @p maxBytes is the longest normalised path accepted, so that the staging directory,
    /// a slash and the path fit in PATH_MAX. On failure the error (code Validation) holds
    /// the reason only; the caller names the entry.
    static Result<EntryPath> parse(QByteArrayView raw, qsizetype maxBytes);

    /// Checks the target @p target of a symbolic link to be created at @p link. It must be
    /// relative and, resolved from the link's directory, stay inside the package; its ".."
    /// components may only come first ("../../lib/x", never "a/../../x"). That last rule is
    /// what makes the lexical check sound: a ".." after a name that is itself a link would
    /// climb from wherever that link points, so "x/up -> .." plus "x/up2 -> up/.." would
    /// leave the package although each looks inside on paper. Fails with Validation and the
    /// reason only.
    static Status checkSymlinkTarget(const EntryPath& link, QByteArrayView target);

    /// @p raw as a one-line string for a message: control characters escaped as \xNN,
    /// invalid UTF-8 replaced, and very long names shortened in the middle.
    static QString display(QByteArrayView raw);

    /// True for "." and "./": the package root itself.
    bool isRoot() const { return m_components.isEmpty(); }
    /// Whether the raw name ended in a slash, which only a directory's name may.
    bool hadTrailingSlash() const { return m_trailingSlash; }
    const QList<QByteArray>& components() const { return m_components; }
    /// The last component; empty for the root.
    QByteArray fileName() const { return isRoot() ? QByteArray() : m_components.constLast(); }
    /// The path of the directory holding this entry (the root for a top-level entry).
    EntryPath parent() const;
    /// The normalised path, "a/b/c"; empty for the root.
    const QByteArray& key() const { return m_key; }
    /// The normalised path as text (the name is valid UTF-8 by construction).
    QString toString() const { return QString::fromUtf8(m_key); }

private:
    QList<QByteArray> m_components;
    QByteArray m_key;
    bool m_trailingSlash = false;
};

} // namespace ms
