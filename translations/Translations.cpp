#include "Translations.h"

#include "core/AppIdentity.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace ms {

QStringList Translations::available()
{
    QStringList langs{QStringLiteral("en")};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("mothership_*.qm")});
    for (const QString& f : files) {
        const QString lang = f.mid(11).chopped(3);
        if (!langs.contains(lang))
            langs << lang;
    }
    return langs;
}

bool Translations::install(QCoreApplication& app, const QString& override)
{
    QString lang = AppIdentity::language(override);
    if (lang.isEmpty() || lang == u"C")
        lang = QStringLiteral("en");
    auto* ours = new QTranslator(&app);
    if (!ours->load(QStringLiteral(":/i18n/mothership_") + lang)) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    if (lang == u"en")
        return true; // English plural forms only; Qt's own strings are English already
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

} // namespace ms
