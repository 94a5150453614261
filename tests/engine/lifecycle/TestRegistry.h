#pragma once

#include "registry/Catalog.h"

#include <QByteArray>
#include <QString>

/// A registry on disk for the lifecycle tests, built from a description such as
/// tests/fixtures/lifecycle/registry.json: each version names a fixture folder, which is
/// packed (libarchive, tar + gzip) into <module>/<version>/<module>-<version>.tar.gz; the
/// catalog.json written beside them carries each package's real size and SHA-256, and the
/// dependencies the description gives — which may disagree with the folder's manifest on
/// purpose. A version with "archive": "corrupt" gets a damaged gzip stream.
class TestRegistry
{
public:
    /// Builds into @p dir (created). False, with @p error set, on any failure.
    bool build(const QString& description, const QString& dir, QString* error);

    QString dir() const { return m_dir; }
    QString catalogPath() const { return m_dir + QStringLiteral("/catalog.json"); }
    ms::Catalog catalog() const { return m_catalog; }
    /// The package file of @p module at @p version.
    QString packagePath(const QString& module, const QString& version) const;

    /// Packs the folder @p folder (files, folders, links; permissions kept, times fixed) into
    /// the gzip-compressed tar @p archive.
    static bool packFolder(const QString& folder, const QString& archive, QString* error);
    /// 64 lowercase hex digits; empty when the file cannot be read.
    static QString sha256(const QString& file);

private:
    QString m_dir;
    ms::Catalog m_catalog;
};
