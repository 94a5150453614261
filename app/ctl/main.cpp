// mothershipctl: the engine on the command line. Global options (--db, --json, --help,
// --version) may stand before or after the command's name.

#include "CtlContext.h"

#include "Translations.h"
#include "core/AppIdentity.h"
#include "core/MemoryPolicy.h"
#include "store/DatabaseLocation.h"

#include <QCoreApplication>

using namespace ctl;

namespace {

void printHelp(CtlContext& ctx)
{
    ctx.out << CtlContext::tr("Usage: mothershipctl [--db PATH|URL] [--json] COMMAND [ARGS...]") << Qt::endl
            << Qt::endl
            << CtlContext::tr("Commands:") << Qt::endl;
    // Usages longer than the column put their summary on the next line, as git's help does.
    constexpr qsizetype Column = 40;
    for (const Command& c : commands()) {
        const QString usage = QString::fromUtf8(c.usage);
        const QString summary = QCoreApplication::translate("ctl", c.summary);
        if (usage.size() < Column)
            ctx.out << QStringLiteral("  ") << usage.leftJustified(Column) << summary << Qt::endl;
        else
            ctx.out << QStringLiteral("  ") << usage << Qt::endl
                    << QString(Column + 2, u' ') << summary << Qt::endl;
    }
    ctx.out << Qt::endl
            << CtlContext::tr("Global options:") << Qt::endl
            << CtlContext::tr("  --db PATH|URL   the database (default: %1)").arg(ms::DatabaseLocation::defaultPath())
            << Qt::endl
            << CtlContext::tr("  --json          machine-readable output (see docs/cli.md)") << Qt::endl
            << CtlContext::tr("  --help          this help, or a command's with COMMAND --help") << Qt::endl
            << CtlContext::tr("  --version       the program's version") << Qt::endl
            << Qt::endl
            << CtlContext::tr("Exit status: 0 success, 1 the operation failed, 2 bad usage.") << Qt::endl;
}

} // namespace

int main(int argc, char** argv)
{
    ms::MemoryPolicy::reuseFreedMemory();
    QCoreApplication app(argc, argv);
    ms::AppIdentity::apply();
    ms::Translations::install(app);

    CtlContext ctx;
    QStringList rest;
    bool help = false;
    bool version = false;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a == u"--") {
            rest << args.mid(i);
            break;
        }
        if (a == u"--json") {
            ctx.json = true;
        } else if (a == u"--help" || a == u"-h") {
            help = true;
        } else if (a == u"--version" || a == u"-V") {
            version = true;
        } else if (a == u"--db") {
            if (i + 1 >= args.size())
                return ctx.usage(CtlContext::tr("option '--db' needs a value"));
            ctx.dbSpec = args[++i];
        } else if (a.startsWith(QStringLiteral("--db="))) {
            ctx.dbSpec = a.mid(5);
        } else {
            rest << a;
        }
    }

    if (version) {
        ctx.out << QStringLiteral("mothershipctl ") << QCoreApplication::applicationVersion() << Qt::endl;
        return Success;
    }

    // The longest run of leading words that names a command ("site show" before "site").
    const Command* command = nullptr;
    for (const Command& c : commands()) {
        if (c.words.size() <= rest.size() && rest.mid(0, c.words.size()) == c.words
            && (!command || c.words.size() > command->words.size()))
            command = &c;
    }
    if (!command) {
        if (help || rest.isEmpty()) {
            printHelp(ctx);
            return rest.isEmpty() && !help ? BadUsage : Success;
        }
        return ctx.usage(CtlContext::tr("unknown command '%1'").arg(rest.first()));
    }
    if (help) {
        ctx.out << CtlContext::tr("Usage: mothershipctl %1").arg(QString::fromUtf8(command->usage)) << Qt::endl
                << QCoreApplication::translate("ctl", command->summary) << Qt::endl;
        return Success;
    }
    return command->run(ctx, rest.mid(command->words.size()));
}
