#include "registry/RegistryIndexer.h"

#include "core/AtomicFile.h"
#include "registry/Catalog.h"
#include "registry/MinisignSecretKey.h"
#include "registry/MinisignSignature.h"
#include "registry/MinisignVerifier.h"
#include "core/Digest.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <archive.h>
#include <archive_entry.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

constexpr qint64 MaxEntriesScanned = 100'000;

struct ReadDeleter
{
    void operator()(::archive* a) const { archive_read_free(a); }
};

struct IndexedVersion
{
    Manifest manifest;
    QString path; ///< relative to DIR
    QString absolute;
    QString fileName;
    QString sha256;
    qint64 size = 0;
};

Result<QString> sha256Of(const QString& path)
{
    QFile file(path);
    Sha256 hash;
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return Error(ErrorCode::Io,
                     RegistryIndexer::tr("cannot read the package: %1").arg(file.errorString()), path);
    return hash.hexResult();
}

QString timestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// The newest release nobody withdrew; pre-releases only when there is nothing else.
const IndexedVersion* latest(const QList<IndexedVersion>& versions, const QSet<QString>& yanked)
{
    const IndexedVersion* best = nullptr;
    const IndexedVersion* bestPre = nullptr;
    for (const IndexedVersion& v : versions) {
        if (yanked.contains(v.manifest.version().toString()))
            continue;
        const IndexedVersion*& slot = v.manifest.version().isPrerelease() ? bestPre : best;
        if (!slot || slot->manifest.version() < v.manifest.version())
            slot = &v;
    }
    return best ? best : bestPre;
}

} // namespace

Result<Manifest> RegistryIndexer::readManifest(const QString& packagePath)
{
    std::unique_ptr<::archive, ReadDeleter> a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_zstd(a.get());
    archive_read_support_format_tar(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(packagePath).constData(), 64 * 1024)
        != ARCHIVE_OK)
        return Error(ErrorCode::Parse,
                     tr("not a package (a tar.gz): %1").arg(QString::fromUtf8(archive_error_string(a.get()))),
                     packagePath);
    ::archive_entry* entry = nullptr;
    for (qint64 n = 0; n < MaxEntriesScanned; ++n) {
        const int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF)
            break;
        if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN)
            return Error(
                ErrorCode::Parse,
                tr("the package is damaged: %1").arg(QString::fromUtf8(archive_error_string(a.get()))),
                packagePath);
        QByteArray name = archive_entry_pathname(entry);
        while (name.startsWith("./"))
            name.remove(0, 2);
        if (name != "manifest.json")
            continue;
        if (archive_entry_filetype(entry) != AE_IFREG)
            return Error(ErrorCode::Validation, tr("the package's manifest.json is not a regular file"),
                         packagePath);
        QByteArray data;
        QByteArray buffer(64 * 1024, Qt::Uninitialized);
        for (;;) {
            const la_ssize_t got = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (got < 0)
                return Error(
                    ErrorCode::Parse,
                    tr("the package is damaged: %1").arg(QString::fromUtf8(archive_error_string(a.get()))),
                    packagePath);
            if (got == 0)
                break;
            data.append(buffer.constData(), got);
            if (data.size() > Manifest::MaxFileSize)
                return Error(
                    ErrorCode::Validation,
                    tr("the package's manifest.json is larger than %1 bytes").arg(Manifest::MaxFileSize),
                    packagePath);
        }
        Result<Manifest> manifest = Manifest::parse(data);
        if (!manifest)
            return manifest.error().withSubject(packagePath + u": manifest.json "_s
                                                + manifest.error().subject());
        return manifest;
    }
    return Error(ErrorCode::NotFound, tr("the package has no manifest.json at its root"), packagePath);
}

Result<RegistryIndexer::Summary> RegistryIndexer::index(const QString& dirPath, const Options& options)
{
    const QDir dir(dirPath);
    if (!dir.exists())
        return Error(ErrorCode::NotFound, tr("there is no folder here"), dirPath);
    if (options.expiryDays < 1)
        return Error(ErrorCode::InvalidArgument, tr("a catalog must stay valid for at least one day"),
                     u"expires"_s);
    const QDateTime now = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    Summary summary;
    summary.catalogPath = dir.absoluteFilePath(u"catalog.json"_s);

    // The previous catalog: its serial, and what a publisher decided per version.
    std::optional<Catalog> previous;
    if (QFileInfo::exists(summary.catalogPath)) {
        QFile file(summary.catalogPath);
        if (!file.open(QIODevice::ReadOnly))
            return Error(ErrorCode::Io, tr("cannot read the existing catalog: %1").arg(file.errorString()),
                         summary.catalogPath);
        Result<Catalog> parsed = Catalog::parse(file.readAll());
        if (!parsed)
            return Error(
                parsed.error().code(),
                tr("the existing catalog.json is invalid; fix or remove it (its serial keeps clients "
                   "safe from rollbacks): %1")
                    .arg(parsed.error().toString()),
                summary.catalogPath, parsed.error().detail());
        previous = std::move(*parsed);
    }
    summary.registry = !options.name.isEmpty() ? options.name
        : previous                             ? previous->registry()
                                               : dir.dirName();
    summary.serial = previous ? previous->serial() + 1 : 1;
    summary.expires = now.addDays(options.expiryDays);

    // <module>/<version>/<module>-<version>.tar.gz
    QMap<QString, QList<IndexedVersion>> modules;
    const QStringList moduleDirs = dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString& moduleName : moduleDirs) {
        if (!Manifest::isValidModuleName(moduleName) || moduleName == Manifest::coreName()) {
            summary.warnings << tr("skipped %1: not a module name").arg(dir.filePath(moduleName));
            continue;
        }
        const QDir moduleDir(dir.filePath(moduleName));
        const QStringList versionDirs = moduleDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString& versionText : versionDirs) {
            const Result<Version> version = Version::parse(versionText);
            if (!version) {
                summary.warnings << tr("skipped %1: not a version").arg(moduleDir.filePath(versionText));
                continue;
            }
            IndexedVersion v;
            v.fileName = moduleName + u'-' + versionText + u".tar.gz"_s;
            v.path = moduleName + u'/' + versionText + u'/' + v.fileName;
            v.absolute = dir.filePath(v.path);
            if (!QFileInfo(v.absolute).isFile()) {
                summary.warnings
                    << tr("skipped %1: no %2 in it").arg(moduleDir.filePath(versionText), v.fileName);
                continue;
            }
            Result<Manifest> manifest = readManifest(v.absolute);
            if (!manifest)
                return manifest.error();
            if (manifest->moduleName() != moduleName || manifest->version().toString() != versionText)
                return Error(
                    ErrorCode::Validation,
                    tr("the package's manifest says %1 %2, but it is filed as %3 %4")
                        .arg(manifest->moduleName(), manifest->version().toString(), moduleName, versionText),
                    v.absolute);
            v.manifest = *manifest;
            Result<QString> sha = sha256Of(v.absolute);
            if (!sha)
                return sha.error();
            v.sha256 = *sha;
            v.size = QFileInfo(v.absolute).size();
            modules[moduleName].append(v);
        }
    }
    if (previous) {
        for (const CatalogModule& m : previous->modules()) {
            for (const CatalogVersion& cv : m.versions) {
                const QList<IndexedVersion> found = modules.value(m.moduleName);
                const bool still = std::any_of(found.cbegin(), found.cend(), [&](const IndexedVersion& v) {
                    return v.manifest.version() == cv.version;
                });
                if (!still)
                    summary.warnings << tr("%1 %2 is in the previous catalog but its package is gone; it is "
                                           "no longer listed")
                                            .arg(m.moduleName, cv.version.toString());
            }
        }
    }

    const MinisignSecretKey* key = options.signingKey;
    std::optional<MinisignVerifier> keyCheck;
    if (key) {
        summary.isSigned = true;
        summary.keyId = key->keyIdHex();
        keyCheck.emplace(QList<MinisignPublicKey> {key->publicKey()});
    }

    QJsonArray moduleArray;
    for (auto it = modules.begin(); it != modules.end(); ++it) {
        QList<IndexedVersion>& versions = it.value();
        std::sort(versions.begin(), versions.end(), [](const IndexedVersion& a, const IndexedVersion& b) {
            return b.manifest.version() < a.manifest.version();
        });
        const CatalogModule* before = previous ? previous->module(it.key()) : nullptr;
        QSet<QString> yanked;
        QJsonArray versionArray;
        for (const IndexedVersion& v : std::as_const(versions)) {
            const CatalogVersion* old = before ? before->find(v.manifest.version()) : nullptr;
            const QJsonObject manifestJson = v.manifest.toJson();
            QJsonObject o {
                {u"version"_s, v.manifest.version().toString()},
                {u"path"_s, v.path},
                {u"sha256"_s, v.sha256},
                {u"size"_s, double(v.size)},
                {u"released_at"_s, timestamp(old && old->releasedAt.isValid() ? old->releasedAt : now)},
                {u"yanked"_s, old ? old->yanked : false}};
            if (manifestJson.contains(u"dependencies"_s))
                o.insert(u"dependencies"_s, manifestJson.value(u"dependencies"_s));
            if (manifestJson.contains(u"conflicts"_s))
                o.insert(u"conflicts"_s, manifestJson.value(u"conflicts"_s));
            if (v.manifest.licenseRequired())
                o.insert(u"license_required"_s, true);
            if (old && old->yanked)
                yanked.insert(v.manifest.version().toString());
            versionArray.append(o);

            const QString versionDir = QFileInfo(v.absolute).absolutePath();
            if (Status s = AtomicFile::write(versionDir + u"/checksums.txt"_s,
                                             (v.sha256 + u"  "_s + v.fileName + u'\n').toUtf8());
                !s)
                return s.error();
            if (key) {
                const QString sigPath = v.absolute + u".minisig"_s;
                bool keep = false;
                if (QFileInfo::exists(sigPath)) {
                    const Result<MinisignSignature> existing = MinisignSignature::load(sigPath);
                    keep = existing && keyCheck->verifyFile(v.absolute, *existing).ok();
                }
                if (keep) {
                    ++summary.signaturesKept;
                } else {
                    Result<MinisignSignature> sig = key->signFile(
                        v.absolute, MinisignSignature::defaultTrustedComment(v.fileName, now));
                    if (!sig)
                        return sig.error();
                    if (Status s = AtomicFile::write(sigPath, sig->toFileContent()); !s)
                        return s.error();
                    ++summary.packagesSigned;
                }
            }
        }

        // Module fields from the newest version's manifest.
        const Manifest& newest = versions.first().manifest;
        QStringList tags;
        const QJsonValue manifestTags = newest.unknownFields().value(u"tags"_s);
        if (manifestTags.isArray()) {
            for (const QJsonValue& t : manifestTags.toArray()) {
                if (t.isString())
                    tags << t.toString();
            }
        } else if (before) {
            tags = before->tags;
        }
        QJsonObject m {{u"module_name"_s, it.key()},
                       {u"display_name"_s, newest.displayName()},
                       {u"kind"_s, Manifest::kindName(newest.kind())},
                       {u"tags"_s, QJsonArray::fromStringList(tags)},
                       {u"versions"_s, versionArray}};
        if (!newest.description().isEmpty())
            m.insert(u"description"_s, newest.description());
        moduleArray.append(m);

        if (const IndexedVersion* l = latest(versions, yanked)) {
            const QByteArray latestJson
                = QJsonDocument(QJsonObject {{u"version"_s, l->manifest.version().toString()}}).toJson();
            if (Status s = AtomicFile::write(dir.filePath(it.key() + u"/latest.json"_s), latestJson); !s)
                return s.error();
        }
        ++summary.modules;
        summary.versions += int(versions.size());
    }

    const QJsonObject catalog {{u"schema"_s, Catalog::SchemaVersion},
                               {u"registry"_s, summary.registry},
                               {u"serial"_s, double(summary.serial)},
                               {u"expires"_s, timestamp(summary.expires)},
                               {u"modules"_s, moduleArray}};
    // Compact: a catalog is read by programs, and indentation would double its size.
    const QByteArray bytes = QJsonDocument(catalog).toJson(QJsonDocument::Compact) + '\n';
    // What we write must be what clients will accept.
    if (Result<Catalog> check = Catalog::parse(bytes); !check)
        return check.error().withSubject(summary.catalogPath);

    const QString sigPath = summary.catalogPath + u".minisig"_s;
    if (key) {
        Result<MinisignSignature> sig
            = key->sign(bytes, MinisignSignature::defaultTrustedComment(u"catalog.json"_s, now));
        if (!sig)
            return sig.error();
        // The signature first: a client that sees the new catalog finds its signature too.
        if (Status s = AtomicFile::write(sigPath, sig->toFileContent()); !s)
            return s.error();
    } else if (QFileInfo::exists(sigPath)) {
        if (!QFile::remove(sigPath))
            return Error(ErrorCode::Io,
                         tr("cannot remove the old catalog signature, which no longer matches"), sigPath);
        summary.warnings
            << tr("removed %1: it signed the previous catalog; sign this one with --sign KEY").arg(sigPath);
    }
    if (Status s = AtomicFile::write(summary.catalogPath, bytes); !s)
        return s.error();
    return summary;
}

} // namespace ms
