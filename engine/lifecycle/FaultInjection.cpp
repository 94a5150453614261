#include "lifecycle/FaultInjection.h"

#include <QAtomicInt>
#include <QByteArray>
#include <csignal>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

struct Hook
{
    QByteArray point; // empty: the hook is off
    int occurrence = 1;
    QAtomicInt seen;
};

Hook& hook()
{
    static Hook* h = [] {
        auto* parsed = new Hook;
        const QByteArray spec = qgetenv("MOTHERSHIP_FAULT");
        static const QByteArray prefix = "crash-after:";
        if (!spec.startsWith(prefix))
            return parsed;
        QByteArray point = spec.mid(prefix.size());
        if (const qsizetype hash = point.indexOf('#'); hash >= 0) {
            bool ok = false;
            const int n = point.mid(hash + 1).toInt(&ok);
            if (!ok || n < 1)
                return parsed;
            parsed->occurrence = n;
            point.truncate(hash);
        }
        if (FaultInjection::points().contains(QString::fromLatin1(point)))
            parsed->point = point;
        return parsed;
    }();
    return *h;
}

} // namespace

QStringList FaultInjection::points()
{
    return {u"journaled"_s, u"fetched"_s, u"extracting"_s, u"staged"_s,    u"verified"_s, u"moved"_s,
            u"switched"_s,  u"locked"_s,  u"reloaded"_s,   u"committed"_s, u"cleaned"_s};
}

void FaultInjection::reached(const char* point)
{
    Hook& h = hook();
    if (h.point.isEmpty() || h.point != point)
        return;
    if (h.seen.fetchAndAddOrdered(1) + 1 == h.occurrence)
        ::raise(SIGKILL);
}

} // namespace ms
