#pragma once

#include "core/Result.h"

#include <QStringList>
#include <memory>

namespace ms {

class ConsoleServices;

/// What `mothership --demo` opens: the bundled demo copied into the user's data directory
/// (DemoWorkspace), its database with the demo registry and vendor key configured, and the
/// apps directory to scan the first time. The console's "Open the demo workspace" does the
/// same.
struct DemoSession
{
    std::unique_ptr<ConsoleServices> services;
    QStringList appsDirs; ///< the demo's apps directory, scanned once (MainWindow::startBackgroundWork)

    /// Prepares the demo and opens @p location (empty: the demo's own database). A failure to
    /// configure the registry is reported in @p warning and leaves the session usable.
    [[nodiscard]] static Result<DemoSession> open(const QString& location = {}, QString* warning = nullptr);
};

} // namespace ms
