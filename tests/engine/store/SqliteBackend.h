#pragma once

#include "StoreBackend.h"

#include <QTemporaryDir>
#include <memory>

/// SQLite files on disk, one per test function, in a temporary directory of their own.
class SqliteBackend : public StoreBackend
{
public:
    QString name() const override { return QStringLiteral("sqlite"); }
    Readiness start(QString* why) override;
    QString freshLocation(QString* why) override;
    /// The bytes of the database file and of every file beside it that shares its name
    /// (journal, -wal, -shm).
    QByteArray fingerprint(const QString& location) override;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    int m_next = 0;
};
