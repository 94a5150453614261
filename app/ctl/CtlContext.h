#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

namespace ms {
class Database;
}

namespace ctl {

/// Exit statuses, as DESIGN.md fixes them.
enum Exit {
    Success = 0,   ///< the command did what was asked
    Failed = 1,    ///< the operation failed (or found problems, e.g. port conflicts)
    BadUsage = 2,  ///< unknown command, missing argument, malformed option
};

/// What every command gets: the global options, the output streams and the database,
/// opened on first use so that `--help` and `pack` work without one.
class CtlContext
{
    Q_DECLARE_TR_FUNCTIONS(CtlContext)

public:
    CtlContext();
    ~CtlContext();

    QString dbSpec;           ///< --db PATH|URL; empty for the default location
    bool json = false;        ///< --json
    bool interactive = false; ///< stdout is a terminal (progress bars only then)
    QTextStream out;
    QTextStream err;

    /// The database, opened (and migrated) on first call; nullptr after printing the error.
    ms::Database* database();

    /// Prints @p error to stderr — or as {"error": …} on stdout under --json — and returns Failed.
    int fail(const ms::Error& error);
    /// Prints a usage error and returns BadUsage.
    int usage(const QString& message, const QString& command = {});
    /// Prints @p value as indented JSON on stdout.
    void printJson(const QJsonValue& value);
    /// Prints rows as aligned columns under @p headers.
    void printTable(const QStringList& headers, const QList<QStringList>& rows);

private:
    std::unique_ptr<ms::Database> m_db;
    bool m_dbFailed = false;
};

/// A command: its words ("site show"), a one-line summary, a usage line, and what runs it.
struct Command
{
    QStringList words;
    const char* summary;
    const char* usage;
    std::function<int(CtlContext&, const QStringList& args)> run;
};

/// Every command the tool knows, in the order `--help` lists them.
const QList<Command>& commands();

} // namespace ctl
