#include "RegistryFixture.h"

#include "TestSupport.h"
#include "packages/Packer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QProcess>

RegistryFixture::RegistryFixture(QString root, QString registryName)
    : m_root(std::move(root))
    , m_name(std::move(registryName))
{
    QDir().mkpath(registryDir());
    QDir().mkpath(m_root + "/keys");
}

int RegistryFixture::minisign(const QStringList& args, const QByteArray& input, QByteArray* output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start("minisign", args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    const QByteArray out = p.readAll();
    if (output)
        *output = out;
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

bool RegistryFixture::makeKey(const QString& name, const QByteArray& password)
{
    QStringList args {"-G", "-f", "-p", publicKeyPath(name), "-s", secretKeyPath(name)};
    if (password.isEmpty())
        args << "-W";
    QByteArray out;
    const int rc
        = minisign(args, password.isEmpty() ? QByteArray() : password + '\n' + password + '\n', &out);
    if (rc != 0)
        qWarning("minisign -G failed: %s", out.constData());
    return rc == 0;
}

QString RegistryFixture::publicKeyPath(const QString& name) const
{
    return m_root + "/keys/" + name + ".pub";
}

QString RegistryFixture::secretKeyPath(const QString& name) const
{
    return m_root + "/keys/" + name + ".key";
}

ms::MinisignPublicKey RegistryFixture::publicKey(const QString& name) const
{
    const auto key = ms::MinisignPublicKey::load(publicKeyPath(name));
    if (!key) {
        qWarning("%s", qPrintable(key.error().toString()));
        return {};
    }
    return *key;
}

bool RegistryFixture::sign(const QString& file, const QString& key, const QString& trustedComment) const
{
    QStringList args {"-S", "-s", secretKeyPath(key), "-m", file, "-x", file + ".minisig"};
    if (!trustedComment.isEmpty())
        args << "-t" << trustedComment;
    QByteArray out;
    const int rc = minisign(args, {}, &out);
    if (rc != 0)
        qWarning("minisign -S failed: %s", out.constData());
    return rc == 0;
}

bool RegistryFixture::minisignVerifies(const QString& file, const QString& key) const
{
    return minisign({"-V", "-q", "-p", publicKeyPath(key), "-m", file}) == 0;
}

QString RegistryFixture::makeModuleFolder(const QString& module, const QString& version,
                                          const QByteArray& payload, const QString& description,
                                          const QStringList& tags)
{
    const QString folder = m_root + "/src/" + module + "-" + version;
    QDir(folder).removeRecursively();
    QJsonObject manifest {
        {"module_name", module},
        {"display_name", QString(module.at(0).toUpper() + module.mid(1).replace('_', ' '))},
        {"version", version},
        {"kind", "business"},
        {"description", description.isEmpty() ? QString("The " + module + " module") : description},
        {"dependencies", QJsonObject {{"core", ">=1.0.0"}}}};
    if (!tags.isEmpty())
        manifest.insert("tags", QJsonArray::fromStringList(tags));
    TestSupport::writeFile(folder + "/manifest.json", QJsonDocument(manifest).toJson());
    TestSupport::writeFile(folder + "/lib/" + module + ".js",
                           "// " + module.toUtf8() + " " + version.toUtf8() + "\n" + payload + "\n");
    return folder;
}

QString RegistryFixture::addPackage(const QString& module, const QString& version, const QString& key,
                                    const QByteArray& payload)
{
    const QString folder = makeModuleFolder(module, version, payload);
    const QString dir = registryDir() + "/" + module + "/" + version;
    QDir().mkpath(dir);
    const auto packed = ms::Packer::pack(folder, dir);
    if (!packed) {
        qWarning("pack failed: %s", qPrintable(packed.error().toString()));
        return {};
    }
    if (!key.isEmpty() && !sign(packed->path, key))
        return {};
    return packed->path;
}

QJsonObject RegistryFixture::catalog(qint64 serial, const QDateTime& expires) const
{
    QMap<QString, QJsonArray> versions;
    QDirIterator it(registryDir(), {"*.tar.gz"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = QDir(registryDir()).relativeFilePath(path);
        const QStringList parts = rel.split('/');
        if (parts.size() != 3)
            continue;
        const QByteArray bytes = TestSupport::readFile(path);
        versions[parts[0]].append(QJsonObject {
            {"version", parts[1]},
            {"path", rel},
            {"sha256",
             QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex())},
            {"size", double(bytes.size())},
            {"dependencies", QJsonObject {{"core", ">=1.0.0"}}},
            {"released_at", "2026-01-01T00:00:00Z"}});
    }
    QJsonArray modules;
    for (auto m = versions.cbegin(); m != versions.cend(); ++m) {
        modules.append(QJsonObject {
            {"module_name", m.key()},
            {"display_name", QString(m.key().at(0).toUpper() + m.key().mid(1).replace('_', ' '))},
            {"description", QString("The " + m.key() + " module")},
            {"kind", "business"},
            {"tags", QJsonArray {"test"}},
            {"versions", m.value()}});
    }
    return QJsonObject {{"schema", 1},
                        {"registry", m_name},
                        {"serial", double(serial)},
                        {"expires", expires.toUTC().toString(Qt::ISODate)},
                        {"modules", modules}};
}

bool RegistryFixture::writeCatalog(const QJsonObject& catalog, const QString& key,
                                   const QString& trustedComment)
{
    const QString path = registryDir() + "/catalog.json";
    if (!TestSupport::writeFile(path, QJsonDocument(catalog).toJson()))
        return false;
    return key.isEmpty() || sign(path, key, trustedComment);
}

bool RegistryFixture::publish(qint64 serial, const QDateTime& expires, const QString& key)
{
    return writeCatalog(catalog(serial, expires), key);
}

QByteArray RegistryFixture::read(const QString& relative) const
{
    return TestSupport::readFile(registryDir() + "/" + relative);
}

bool RegistryFixture::write(const QString& relative, const QByteArray& data) const
{
    return TestSupport::writeFile(registryDir() + "/" + relative, data);
}
