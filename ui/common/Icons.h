#pragma once

#include <QIcon>
#include <QPalette>

namespace ms {

/// The console's bundled icons (resources/icons, stroke-style SVGs drawn in currentColor),
/// coloured for a palette so that they read on light and dark themes alike.
class Icons
{
public:
    /// The bundled icon called @p name (":/icons/<name>.svg") in @p palette's text colour;
    /// a null icon when there is none.
    static QIcon bundled(const QString& name, const QPalette& palette);
    /// The theme's icon @p themeName, or the bundled @p name when the theme has none (always
    /// offscreen, and on many desktops).
    static QIcon themed(const QString& themeName, const QString& name, const QPalette& palette);
};

} // namespace ms
