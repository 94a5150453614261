#include "resolve/Resolution.h"

namespace ms {

QJsonObject PlanStep::toJson() const
{
    return QJsonObject {
        {QStringLiteral("module_name"), moduleName},
        {QStringLiteral("version"), version.toString()},
        {QStringLiteral("from_version"),
         fromVersion.isNull() ? QJsonValue() : QJsonValue(fromVersion.toString())},
        {QStringLiteral("action"), actionName(action)},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("registry"), registry},
        {QStringLiteral("license_required"), licenseRequired},
    };
}

QString PlanStep::actionName(Action action)
{
    switch (action) {
    case Action::Install:
        return QStringLiteral("install");
    case Action::Upgrade:
        return QStringLiteral("upgrade");
    case Action::Downgrade:
        return QStringLiteral("downgrade");
    case Action::Keep:
        return QStringLiteral("keep");
    }
    return {};
}

const PlanStep* Resolution::step(const QString& moduleName) const
{
    for (const PlanStep& s : m_plan) {
        if (s.moduleName == moduleName)
            return &s;
    }
    return nullptr;
}

QJsonArray Resolution::planJson() const
{
    QJsonArray out;
    for (const PlanStep& s : m_plan)
        out.append(s.toJson());
    return out;
}

QJsonObject Resolution::toJson() const
{
    if (ok())
        return QJsonObject {{QStringLiteral("ok"), true}, {QStringLiteral("plan"), planJson()}};
    return QJsonObject {
        {QStringLiteral("ok"), false},
        {QStringLiteral("error"),
         QJsonObject {{QStringLiteral("code"), Error::codeName(m_error.code())},
                      {QStringLiteral("message"), m_error.message()},
                      {QStringLiteral("subject"), m_error.subject()},
                      {QStringLiteral("explanation"), QJsonArray::fromStringList(m_explanation)}}},
    };
}

} // namespace ms
