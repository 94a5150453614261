#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

/// A connection that goes around the store: to fake what another program wrote, or to look
/// at rows the repositories do not show. Parameters come from DatabaseLocation; nothing else
/// of the store is used (no pragmas, no migrations).
class RawConnection
{
public:
    explicit RawConnection(const QString& location);
    ~RawConnection();
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    bool isOpen() const;
    /// The last error, without the password.
    QString lastError() const { return m_lastError; }

    bool exec(const QString& sql);
    /// The first column of the first row; invalid on failure.
    QVariant scalar(const QString& sql);
    /// Every row, each joined with '|', rows joined with '\n'.
    QString dump(const QString& sql);

private:
    QString m_name;
    QString m_lastError;
};
