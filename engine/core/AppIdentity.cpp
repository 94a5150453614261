#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSettings>

namespace ms {

void AppIdentity::apply()
{
    QCoreApplication::setApplicationName(QStringLiteral("mothership"));
    QCoreApplication::setApplicationVersion(version());
}

QString AppIdentity::version()
{
    return QStringLiteral(MOTHERSHIP_VERSION);
}

QString AppIdentity::language(const QString& override)
{
    if (!override.isEmpty())
        return override;
    const QString configured = QSettings().value(QStringLiteral("language")).toString();
    if (!configured.isEmpty())
        return configured;
    return QLocale().name().section(u'_', 0, 0);
}

} // namespace ms
