#include "lifecycle/OperationRequest.h"

using namespace Qt::StringLiterals;

namespace ms {

QString OperationRequest::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Install:
        return u"install"_s;
    case Kind::Upgrade:
        return u"upgrade"_s;
    case Kind::Enable:
        return u"enable"_s;
    case Kind::Disable:
        return u"disable"_s;
    case Kind::Rollback:
        return u"rollback"_s;
    case Kind::Uninstall:
        return u"uninstall"_s;
    }
    return QString();
}

QString ModuleChange::actionName(Action action)
{
    switch (action) {
    case Action::Install:
        return u"install"_s;
    case Action::Upgrade:
        return u"upgrade"_s;
    case Action::Downgrade:
        return u"downgrade"_s;
    case Action::Enable:
        return u"enable"_s;
    case Action::Disable:
        return u"disable"_s;
    case Action::Rollback:
        return u"rollback"_s;
    case Action::Uninstall:
        return u"uninstall"_s;
    }
    return QString();
}

} // namespace ms
