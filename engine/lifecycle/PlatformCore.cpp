#include "lifecycle/PlatformCore.h"

#include "store/SettingsRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

Result<Version> PlatformCore::version(Database& database, const QString& siteDir)
{
    const QString installed = QDir(siteDir).filePath(u"node_modules/@paulovila/core/package.json"_s);
    QFile file(installed);
    if (file.open(QIODevice::ReadOnly)) {
        const QString v
            = QJsonDocument::fromJson(file.read(1024 * 1024)).object().value(u"version"_s).toString();
        if (auto parsed = Version::parse(v))
            return parsed;
    }
    auto setting = SettingsRepository(database).value(settingKey());
    if (!setting)
        return setting.error();
    if (!setting->isEmpty()) {
        auto parsed = Version::parse(*setting);
        if (!parsed)
            return Error(ErrorCode::Validation,
                         tr("the setting's value \"%1\" is not a version").arg(*setting), settingKey());
        return parsed;
    }
    return Error(
        ErrorCode::NotFound,
        tr("the platform core's version is unknown: install it in the site, or set %1").arg(settingKey()),
        installed);
}

} // namespace ms
