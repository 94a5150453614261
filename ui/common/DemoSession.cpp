#include "DemoSession.h"

#include "ConsoleServices.h"
#include "DemoWorkspace.h"

namespace ms {

Result<DemoSession> DemoSession::open(const QString& location, QString* warning)
{
    auto prepared = DemoWorkspace::prepare();
    if (!prepared)
        return prepared.error();
    auto services = ConsoleServices::open(location.isEmpty() ? DemoWorkspace::databasePath() : location);
    if (!services)
        return services.error();
    if (Status configured
        = DemoWorkspace::configure((*services)->database(), *prepared, &(*services)->audit());
        !configured && warning)
        *warning = configured.error().toString();
    DemoSession session;
    session.services = std::move(*services);
    session.appsDirs << prepared->sites;
    return session;
}

} // namespace ms
