#include "Args.h"

namespace ctl {

Args::Args(const QStringList& args, const QList<Option>& options)
{
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (onlyPositionals || !a.startsWith(u'-') || a == u"-") {
            m_positionals << a;
            continue;
        }
        if (a == u"--") {
            onlyPositionals = true;
            continue;
        }
        QString name = a.mid(a.startsWith(QStringLiteral("--")) ? 2 : 1);
        std::optional<QString> inlineValue;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            inlineValue = name.mid(eq + 1);
            name = name.left(eq);
        }
        const auto it = std::find_if(options.begin(), options.end(), [&](const Option& o) { return o.name == name; });
        if (it == options.end()) {
            m_error = tr("unknown option '%1'").arg(a);
            return;
        }
        if (!it->takesValue) {
            if (inlineValue) {
                m_error = tr("option '--%1' takes no value").arg(name);
                return;
            }
            m_values[name] << QString();
            continue;
        }
        if (!inlineValue) {
            if (i + 1 >= args.size()) {
                m_error = tr("option '--%1' needs a value").arg(name);
                return;
            }
            inlineValue = args[++i];
        }
        if (!it->repeatable && m_values.contains(name)) {
            m_error = tr("option '--%1' given twice").arg(name);
            return;
        }
        m_values[name] << *inlineValue;
    }
}

std::optional<QString> Args::value(const QString& name) const
{
    const auto it = m_values.constFind(name);
    if (it == m_values.constEnd() || it->isEmpty())
        return std::nullopt;
    return it->last();
}

} // namespace ctl
