#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

/// The bundled demo platform: five business sites with realistic .env and package.json
/// files (and one deliberate port conflict), embedded in the programs. The console's
/// `--demo` works on a writable copy in the user's data directory, so fixing the conflict
/// never touches the installed files.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    /// <data dir>/demo: where the copy lives.
    static QString defaultLocation();

    /// Copies the embedded demo into @p dir unless it is already there (a second run keeps
    /// the administrator's changes). Returns the apps directory of the copy (<dir>/sites).
    [[nodiscard]] static Result<QString> prepare(const QString& dir = defaultLocation());

    /// The database the demo uses: <dir>/mothership.db.
    static QString databasePath(const QString& dir = defaultLocation());
};

} // namespace ms
