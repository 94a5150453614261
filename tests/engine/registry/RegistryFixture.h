#pragma once

#include "registry/MinisignPublicKey.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// A registry built for a test, signed with the real `minisign`:
///
///     RegistryFixture f(tempDir.path());
///     f.makeKey("a");                              // minisign -G -W
///     f.addPackage("farm_manager", "1.8.0");       // packed with ms::Packer
///     f.publish(5, expires, "a");                  // catalog.json (serial 5) + minisign -S
///
/// Packages are built from generated module folders (or tests/fixtures/registry/modules) and
/// signed with minisign -S; catalog.json lists every package in the registry folder with its
/// real size and SHA-256.
class RegistryFixture
{
public:
    explicit RegistryFixture(QString root, QString registryName = QStringLiteral("acme"));

    const QString& root() const { return m_root; }
    QString registryDir() const { return m_root + QStringLiteral("/registry"); }
    QString registryName() const { return m_name; }

    /// Runs minisign with @p input on stdin; its exit code, -1 when it did not run.
    static int minisign(const QStringList& args, const QByteArray& input = {}, QByteArray* output = nullptr);

    /// Makes key pair @p name with `minisign -G` (-W without @p password).
    bool makeKey(const QString& name, const QByteArray& password = {});
    QString publicKeyPath(const QString& name) const;
    QString secretKeyPath(const QString& name) const;
    ms::MinisignPublicKey publicKey(const QString& name) const;

    /// Signs @p file with `minisign -S` and key @p key into @p file.minisig.
    bool sign(const QString& file, const QString& key, const QString& trustedComment = {}) const;
    /// `minisign -Vm FILE -p KEY.pub`: true when minisign accepts the signature.
    bool minisignVerifies(const QString& file, const QString& key) const;

    /// Writes a module folder (manifest + a payload file) and returns its path. @p payload
    /// makes the package's bytes differ between builds of the same version.
    QString makeModuleFolder(const QString& module, const QString& version,
                             const QByteArray& payload = "payload", const QString& description = {},
                             const QStringList& tags = {});
    /// Packs a module folder into the registry (<module>/<version>/<module>-<version>.tar.gz),
    /// signs it with @p key (when given) and returns the package's path.
    QString addPackage(const QString& module, const QString& version,
                       const QString& key = QStringLiteral("a"), const QByteArray& payload = "payload");

    /// catalog.json for every package in the registry folder.
    QJsonObject catalog(qint64 serial, const QDateTime& expires) const;
    /// Writes @p catalog as catalog.json and signs it with @p key (when given).
    bool writeCatalog(const QJsonObject& catalog, const QString& key = QStringLiteral("a"),
                      const QString& trustedComment = {});
    /// catalog(serial, expires) written and signed.
    bool publish(qint64 serial, const QDateTime& expires, const QString& key = QStringLiteral("a"));

    QByteArray read(const QString& relative) const;
    bool write(const QString& relative, const QByteArray& data) const;

private:
    QString m_root;
    QString m_name;
};
