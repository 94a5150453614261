#include "TestRegistry.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <archive.h>
#include <archive_entry.h>
#include <memory>
#include <sys/stat.h>

namespace {

bool fail(QString* error, const QString& why)
{
    if (error)
        *error = why;
    return false;
}

} // namespace

QString TestRegistry::packagePath(const QString& module, const QString& version) const
{
    return m_dir + u'/' + module + u'/' + version + u'/' + module + u'-' + version
        + QStringLiteral(".tar.gz");
}

bool TestRegistry::packFolder(const QString& folder, const QString& archivePath, QString* error)
{
    std::unique_ptr<archive, decltype(&archive_write_free)> a(archive_write_new(), &archive_write_free);
    archive_write_set_format_pax_restricted(a.get());
    archive_write_add_filter_gzip(a.get());
    if (archive_write_open_filename(a.get(), QFile::encodeName(archivePath).constData()) != ARCHIVE_OK)
        return fail(error, QString::fromLocal8Bit(archive_error_string(a.get())));
    const QDir root(folder);
    QStringList paths;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        paths << it.next();
    paths.sort(); // a stable order: the same folder always makes the same archive
    for (const QString& path : std::as_const(paths)) {
        const QByteArray name = root.relativeFilePath(path).toUtf8();
        struct stat st;
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return fail(error, QStringLiteral("cannot stat ") + path);
        std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                            &archive_entry_free);
        archive_entry_set_pathname(entry.get(), name.constData());
        archive_entry_set_mtime(entry.get(), 1767225600, 0);
        QByteArray data;
        if (S_ISLNK(st.st_mode)) {
            archive_entry_set_filetype(entry.get(), AE_IFLNK);
            archive_entry_set_perm(entry.get(), 0777);
            char target[4096];
            const ssize_t n = ::readlink(QFile::encodeName(path).constData(), target, sizeof target);
            if (n < 0)
                return fail(error, QStringLiteral("cannot read link ") + path);
            archive_entry_set_symlink(entry.get(), QByteArray(target, n).constData());
        } else if (S_ISDIR(st.st_mode)) {
            archive_entry_set_filetype(entry.get(), AE_IFDIR);
            archive_entry_set_perm(entry.get(), 0755);
        } else {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(error, QStringLiteral("cannot read ") + path);
            data = file.readAll();
            archive_entry_set_filetype(entry.get(), AE_IFREG);
            archive_entry_set_perm(entry.get(), (st.st_mode & 0111) ? 0755 : 0644);
            archive_entry_set_size(entry.get(), data.size());
        }
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return fail(error, QString::fromLocal8Bit(archive_error_string(a.get())));
        if (!data.isEmpty()
            && archive_write_data(a.get(), data.constData(), size_t(data.size())) != data.size())
            return fail(error, QString::fromLocal8Bit(archive_error_string(a.get())));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return fail(error, QString::fromLocal8Bit(archive_error_string(a.get())));
    return true;
}

QString TestRegistry::sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

bool TestRegistry::build(const QString& description, const QString& dir, QString* error)
{
    QFile file(description);
    if (!file.open(QIODevice::ReadOnly))
        return fail(error, QStringLiteral("cannot read ") + description);
    const QJsonObject spec = QJsonDocument::fromJson(file.readAll()).object();
    const QString base = QFileInfo(description).absolutePath();
    m_dir = QDir(dir).absolutePath();
    QJsonArray modules;
    for (const QJsonValue& mv : spec.value(QStringLiteral("modules")).toArray()) {
        const QJsonObject m = mv.toObject();
        const QString name = m.value(QStringLiteral("module_name")).toString();
        QJsonArray versions;
        for (const QJsonValue& vv : m.value(QStringLiteral("versions")).toArray()) {
            const QJsonObject v = vv.toObject();
            const QString version = v.value(QStringLiteral("version")).toString();
            const QString package = packagePath(name, version);
            QDir().mkpath(QFileInfo(package).absolutePath());
            if (!packFolder(base + u'/' + v.value(QStringLiteral("folder")).toString(), package, error))
                return false;
            if (v.value(QStringLiteral("archive")).toString() == QStringLiteral("corrupt")) {
                // Keep the gzip header, damage the deflate stream after it.
                QFile f(package);
                if (!f.open(QIODevice::ReadWrite))
                    return fail(error, QStringLiteral("cannot damage ") + package);
                QByteArray bytes = f.readAll();
                for (qsizetype i = 16; i < bytes.size() - 8; ++i)
                    bytes[i] = char(bytes[i] ^ 0x5a);
                f.seek(0);
                f.write(bytes);
            }
            QJsonObject entry {{QStringLiteral("version"), version},
                               {QStringLiteral("path"), QDir(m_dir).relativeFilePath(package)},
                               {QStringLiteral("sha256"), sha256(package)},
                               {QStringLiteral("size"), QFileInfo(package).size()},
                               {QStringLiteral("released_at"), QStringLiteral("2026-01-15T09:30:00Z")},
                               {QStringLiteral("dependencies"), v.value(QStringLiteral("dependencies"))}};
            if (v.value(QStringLiteral("license_required")).toBool())
                entry.insert(QStringLiteral("license_required"), true);
            versions.append(entry);
        }
        modules.append(
            QJsonObject {{QStringLiteral("module_name"), name},
                         {QStringLiteral("display_name"), m.value(QStringLiteral("display_name"))},
                         {QStringLiteral("description"), QString(name + QStringLiteral(" (test)"))},
                         {QStringLiteral("kind"), m.value(QStringLiteral("kind"))},
                         {QStringLiteral("tags"), QJsonArray()},
                         {QStringLiteral("versions"), versions}});
    }
    const QJsonObject catalog {{QStringLiteral("schema"), 1},
                               {QStringLiteral("registry"), spec.value(QStringLiteral("registry"))},
                               {QStringLiteral("serial"), 1},
                               {QStringLiteral("expires"), QStringLiteral("2099-01-01T00:00:00Z")},
                               {QStringLiteral("modules"), modules}};
    const QByteArray json = QJsonDocument(catalog).toJson();
    QFile out(catalogPath());
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size())
        return fail(error, QStringLiteral("cannot write ") + catalogPath());
    out.close();
    auto parsed = ms::Catalog::parse(json);
    if (!parsed)
        return fail(error, parsed.error().toString() + u'\n' + parsed.error().detail());
    m_catalog = *parsed;
    return true;
}
