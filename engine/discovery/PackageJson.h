#pragma once

#include "core/Result.h"
#include "discovery/Site.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ms {

/// The parts of a site's `package.json` the inventory uses: its name and version, and the
/// platform's modules it depends on — the entries of `dependencies` and
/// `optionalDependencies` whose package name is under the plugin scope (`@paulovila/` by
/// default). `@paulovila/farm-manager` becomes the plugin `farm_manager`.
class PackageJson
{
    Q_DECLARE_TR_FUNCTIONS(PackageJson)

public:
    /// The npm scope whose packages are the platform's modules.
    static QString defaultScope() { return QStringLiteral("@paulovila/"); }
    /// package.json files larger than this are refused.
    static constexpr qsizetype MaxFileSize = 4 * 1024 * 1024;

    /// Parses @p data. Invalid JSON, or a root that is not an object, fails with the
    /// error's subject "fileName:line:column". Fields of the wrong type (a `dependencies`
    /// that is not an object, a version that is not a string) are skipped with a warning
    /// in problems(). @p scope may be given with or without its trailing "/".
    [[nodiscard]] static Result<PackageJson> parse(QByteArrayView data, const QString& fileName,
                                                   const QString& scope = defaultScope());
    /// As parse(), but never fails: invalid JSON gives an object with no fields and one
    /// fatal problem naming the line (and, in the message, the column). For the scanner.
    static PackageJson parseLenient(QByteArrayView data, const QString& fileName,
                                    const QString& scope = defaultScope());
    /// Reads and parses the file at @p path.
    [[nodiscard]] static Result<PackageJson> read(const QString& path, const QString& scope = defaultScope());

    /// The module name for an npm package name under @p scope: the scope removed,
    /// lower-cased, '-' and '.' turned into '_'. Empty when @p packageName is not under it.
    static QString pluginName(QStringView packageName, QStringView scope = u"@paulovila/");

    const QString& name() const { return m_name; }
    const QString& version() const { return m_version; }
    /// The scoped dependencies, sorted by name; `dependencies` win over the same package in
    /// `optionalDependencies`.
    const QList<SitePlugin>& plugins() const { return m_plugins; }
    /// Warnings (fields of the wrong type, each naming the field and its line) and, from
    /// parseLenient(), the error that made the file unreadable (`fatal`).
    const QList<ScanProblem>& problems() const { return m_problems; }

private:
    QString m_name;
    QString m_version;
    QList<SitePlugin> m_plugins;
    QList<ScanProblem> m_problems;
};

} // namespace ms
