#pragma once

#include <QByteArray>
#include <QString>

/// The database server a store suite runs against. The same suites run on SQLite
/// (tst_siterepository, ...) and on a private PostgreSQL cluster (tst_postgresql).
class StoreBackend
{
public:
    enum class Readiness {
        Ready, ///< fresh databases can be made
        Unavailable, ///< the server's programs are not installed: the suite skips
        Failed, ///< installed, but could not be started: the suite fails
    };

    virtual ~StoreBackend() = default;

    virtual QString name() const = 0;
    /// Called from each suite's initTestCase(); starting more than once is a no-op.
    virtual Readiness start(QString* why) = 0;
    /// The location (path or URL) of an empty database, new for every test function. Empty
    /// with @p why set when it cannot be made.
    virtual QString freshLocation(QString* why) = 0;
    /// Everything a refused open must leave as it was (file bytes, or the schema and the
    /// migrations table), for comparison before and after.
    virtual QByteArray fingerprint(const QString& location) = 0;
};
