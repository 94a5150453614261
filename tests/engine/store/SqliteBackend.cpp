#include "SqliteBackend.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>

StoreBackend::Readiness SqliteBackend::start(QString* why)
{
    if (!m_dir) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *why = m_dir->errorString();
            m_dir.reset();
            return Readiness::Failed;
        }
    }
    return Readiness::Ready;
}

QString SqliteBackend::freshLocation(QString* why)
{
    if (!m_dir) {
        *why = QStringLiteral("the backend was not started");
        return {};
    }
    // A folder per database, so fingerprint() sees exactly this database's files.
    const QString folder = m_dir->filePath(QString::number(++m_next));
    if (!QDir().mkpath(folder)) {
        *why = QStringLiteral("cannot create ") + folder;
        return {};
    }
    return folder + QStringLiteral("/mothership.db");
}

QByteArray SqliteBackend::fingerprint(const QString& location)
{
    const QFileInfo db(location);
    QByteArray out;
    const auto files
        = QDir(db.absolutePath()).entryInfoList({db.fileName() + QLatin1Char('*')}, QDir::Files, QDir::Name);
    for (const QFileInfo& file : files) {
        QFile f(file.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            return {};
        out += file.fileName().toUtf8() + ' '
            + QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex() + '\n';
    }
    return out;
}
