#include "DemoWorkspace.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ms {

QString DemoWorkspace::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/demo"_s;
}

QString DemoWorkspace::databasePath(const QString& dir)
{
    return QDir(dir).filePath(u"mothership.db"_s);
}

Result<QString> DemoWorkspace::prepare(const QString& dir)
{
    const QString sites = QDir(dir).filePath(u"sites"_s);
    if (QFileInfo(sites).isDir())
        return sites;
    // Copy into a temporary folder first: an interrupted copy never looks like a demo.
    const QString partial = dir + u"/.sites.partial"_s;
    QDir(partial).removeRecursively();
    QDirIterator it(u":/demo/sites"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString from = it.next();
        const QString to = partial + from.mid(QStringLiteral(":/demo/sites").size());
        if (!QDir().mkpath(QFileInfo(to).absolutePath()))
            return Error(ErrorCode::Io, tr("cannot create the folder"), QFileInfo(to).absolutePath());
        if (!QFile::copy(from, to))
            return Error(ErrorCode::Io, tr("cannot copy the demo file"), to);
        // Resources are read-only; the copy must be editable (the port fix rewrites a .env).
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    if (!QDir().rename(partial, sites))
        return Error(ErrorCode::Io, tr("cannot move the demo into place"), sites);
    return sites;
}

} // namespace ms
