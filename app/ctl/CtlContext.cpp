#include "CtlContext.h"

#include "store/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <unistd.h>

namespace ctl {

CtlContext::CtlContext()
    : interactive(::isatty(STDOUT_FILENO) == 1)
    , out(stdout)
    , err(stderr)
{
}

CtlContext::~CtlContext() = default;

ms::Database* CtlContext::database()
{
    if (m_db || m_dbFailed)
        return m_db.get();
    auto opened = ms::Database::open(dbSpec);
    if (!opened) {
        m_dbFailed = true;
        fail(opened.error());
        return nullptr;
    }
    m_db = std::move(*opened);
    return m_db.get();
}

int CtlContext::fail(const ms::Error& error)
{
    if (json) {
        QJsonObject e{{QStringLiteral("code"), ms::Error::codeName(error.code())},
                      {QStringLiteral("message"), error.message()}};
        if (!error.subject().isEmpty())
            e.insert(QStringLiteral("subject"), error.subject());
        if (!error.detail().isEmpty())
            e.insert(QStringLiteral("detail"), error.detail());
        printJson(QJsonObject{{QStringLiteral("error"), e}});
    } else {
        err << QStringLiteral("mothershipctl: ") << error.toString() << Qt::endl;
        if (!error.detail().isEmpty())
            err << error.detail() << Qt::endl;
    }
    return Failed;
}

int CtlContext::usage(const QString& message, const QString& command)
{
    err << QStringLiteral("mothershipctl: ") << message << Qt::endl;
    if (!command.isEmpty())
        err << tr("Try 'mothershipctl %1 --help'.").arg(command) << Qt::endl;
    else
        err << tr("Try 'mothershipctl --help'.") << Qt::endl;
    return BadUsage;
}

void CtlContext::printJson(const QJsonValue& value)
{
    QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out.flush();
}

void CtlContext::printTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QString& h : headers)
        widths << h.size();
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], row[i].size());
    }
    auto line = [&](const QStringList& cells) {
        QString s;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            if (i + 1 == cells.size())
                s += cells[i];
            else
                s += cells[i].leftJustified(widths[i] + 2);
        }
        out << s.trimmed() << Qt::endl;
    };
    line(headers);
    for (const QStringList& row : rows)
        line(row);
    out.flush();
}

} // namespace ctl
