#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ms {

/// The translations embedded in the programs (under :/i18n/).
class Translations
{
public:
    /// Languages Mothership is translated into, English first ("en", "es").
    static QStringList available();

    /// Loads Qt's own and Mothership's translations for AppIdentity::language(@p override)
    /// into @p app (for English, only its plural forms). Returns false when the language is
    /// not available.
    static bool install(QCoreApplication& app, const QString& override = {});
};

} // namespace ms
