#include "discovery/DotEnvWriter.h"

#include "core/AtomicFile.h"
#include "discovery/FileContent.h"

#include <QFile>
#include <fcntl.h>
#include <sys/stat.h>

namespace ms {

namespace {

// Whether an unquoted value would read back as @p value.
bool safeUnquoted(const QString& value)
{
    if (value.isEmpty())
        return true;
    const QChar first = value.front();
    const QChar last = value.back();
    if (first == u' ' || first == u'\t' || last == u' ' || last == u'\t' || first == u'"' || first == u'\''
        || first == u'#')
        return false;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'\n' || c == u'\r')
            return false;
        if (c == u'#' && (value.at(i - 1) == u' ' || value.at(i - 1) == u'\t'))
            return false;
    }
    return true;
}

QByteArray doubleQuoted(const QString& value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out.append('"');
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '$':
            out.append("\\$");
            break;
        default:
            out.append(c);
            break;
        }
    }
    out.append('"');
    return out;
}

} // namespace

QByteArray DotEnvWriter::encode(const QString& value, DotEnv::Quote style)
{
    switch (style) {
    case DotEnv::Quote::None:
        if (safeUnquoted(value))
            return value.toUtf8();
        break;
    case DotEnv::Quote::Single:
        if (!value.contains(u'\''))
            return '\'' + value.toUtf8() + '\'';
        break;
    case DotEnv::Quote::Double:
        break;
    }
    return doubleQuoted(value);
}

Result<QByteArray> DotEnvWriter::withValue(QByteArrayView original, const QString& fileName,
                                           const QString& key, const QString& value)
{
    if (!DotEnv::isValidKey(key))
        return Error(ErrorCode::InvalidArgument, tr("invalid variable name"), fileName);
    const Result<DotEnv> env = DotEnv::parse(original, fileName);
    if (!env)
        return env.error();

    if (const DotEnv::Entry* entry = env->find(key)) {
        QByteArray out;
        const QByteArray encoded = encode(value, entry->quote);
        out.reserve(original.size() + encoded.size());
        out.append(original.first(entry->valueBegin));
        out.append(encoded);
        out.append(original.sliced(entry->valueEnd));
        return out;
    }

    const QByteArray eol = env->lineEnding();
    QByteArray out = original.toByteArray();
    if (!out.isEmpty() && !out.endsWith('\n'))
        out.append(eol);
    out.append(key.toLatin1());
    out.append('=');
    out.append(encode(value, DotEnv::Quote::None));
    out.append(eol);
    return out;
}

Result<FileChange> DotEnvWriter::setValue(const QString& path, const QString& key, const QString& value,
                                          const Clock& clock)
{
    FileChange change;
    change.path = path;
    change.key = key;

    const Result<QByteArray> original = FileContent::read(path, DotEnv::MaxFileSize);
    if (!original && original.error().code() != ErrorCode::NotFound)
        return original.error();
    const QByteArray before = original ? *original : QByteArray();

    const Result<QByteArray> after = withValue(before, path, key, value);
    if (!after)
        return after.error();
    if (original) {
        const Result<QString> backup = BackupFile::write(path, before, clock);
        if (!backup)
            return backup.error();
        change.backupPath = *backup;
    } else {
        // A new .env will hold secrets sooner or later: create it private, then let
        // AtomicFile (which keeps an existing file's mode) fill it.
        const int fd
            = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0)
            return Error(ErrorCode::Io, tr("cannot create the file"), path);
        ::close(fd);
    }
    const Status written = AtomicFile::write(path, *after);
    if (!written) {
        if (!original)
            QFile::remove(path);
        return written.error();
    }
    return change;
}

} // namespace ms
