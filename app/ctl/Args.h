#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

namespace ctl {

/// A command's own arguments: options it declared (`--fix`, `--catalog FILE` or
/// `--catalog=FILE`) and positionals, in order. Anything else is a usage error.
class Args
{
    Q_DECLARE_TR_FUNCTIONS(Args)

public:
    struct Option
    {
        QString name;       ///< without dashes
        bool takesValue;    ///< `--name VALUE`
        bool repeatable = false;
    };

    /// Parses @p args against @p options. On failure error() says what is wrong.
    Args(const QStringList& args, const QList<Option>& options);

    bool ok() const { return m_error.isEmpty(); }
    const QString& error() const { return m_error; }

    bool isSet(const QString& name) const { return m_values.contains(name); }
    /// The last value given for @p name.
    std::optional<QString> value(const QString& name) const;
    QStringList values(const QString& name) const { return m_values.value(name); }
    const QStringList& positionals() const { return m_positionals; }

private:
    QHash<QString, QStringList> m_values;
    QStringList m_positionals;
    QString m_error;
};

} // namespace ctl
