#pragma once

#include <QString>

namespace ms {

/// The names every Mothership program shares, so that the console, the CLI and the agent
/// find the same data directory, settings and translations.
class AppIdentity
{
public:
    /// Sets the application name ("mothership") and version on QCoreApplication.
    static void apply();

    /// This build's version ("0.1.0").
    static QString version();

    /// The language in effect: @p override when given ("es", "en"), else the "language"
    /// setting, else the system locale.
    static QString language(const QString& override = {});
};

} // namespace ms
