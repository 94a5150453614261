#include "lifecycle/SiteReloader.h"

#include <QProcess>

using namespace Qt::StringLiterals;

namespace ms {

Status SiteReloader::run(const QString& command, const QString& siteDir, int timeoutMs)
{
    QProcess process;
    process.setWorkingDirectory(siteDir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(u"/bin/sh"_s, {u"-c"_s, command});
    if (!process.waitForStarted(10'000))
        return Error(ErrorCode::Io,
                     tr("the site's reload command did not start: %1").arg(process.errorString()), command);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5'000);
        // Io, not Timeout: the queue retries timeouts, which are for transfers.
        return Error(ErrorCode::Io,
                     tr("the site's reload command did not finish within %1 s").arg(timeoutMs / 1000),
                     command);
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const QString err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
        const QString tail = err.section(u'\n', -5);
        const QString why = process.exitStatus() != QProcess::NormalExit
            ? tr("the site's reload command crashed")
            : tr("the site's reload command failed with status %1").arg(process.exitCode());
        return Error(ErrorCode::Io, why, command, tail);
    }
    return {};
}

} // namespace ms
