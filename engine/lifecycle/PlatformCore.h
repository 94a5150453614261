#pragma once

#include "core/Result.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

class Database;

/// The version of the platform core a site runs, which modules' `dependencies.core` must
/// admit: the version installed in the site's node_modules/@paulovila/core, else the
/// setting "platform.core_version". (The same rule `mothershipctl resolve` follows.)
class PlatformCore
{
    Q_DECLARE_TR_FUNCTIONS(PlatformCore)

public:
    static QString settingKey() { return QStringLiteral("platform.core_version"); }

    /// NotFound, naming where it looked, when neither says; Validation when the setting is
    /// not a version.
    [[nodiscard]] static Result<Version> version(Database& database, const QString& siteDir);
};

} // namespace ms
