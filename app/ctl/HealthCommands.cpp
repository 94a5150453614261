// health, health --watch, health history: probe the sites now, follow their transitions, and
// read back their uptime and latency.

#include "Args.h"
#include "CommandGroups.h"
#include "health/HealthHistory.h"
#include "health/HealthMonitor.h"
#include "health/ProbeConfig.h"
#include "health/ProbeRound.h"
#include "health/SampleWriter.h"
#include "health/ScopeHealth.h"
#include "inventory/Inventory.h"
#include "store/Database.h"
#include "store/SettingsRepository.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ctl {

namespace {

// SIGINT and SIGTERM as an event in the loop (the self-pipe trick), so `health --watch`
// stores its last samples before it exits.
class StopSignals
{
public:
    StopSignals()
    {
        if (::pipe2(s_pipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
        struct sigaction action = {};
        action.sa_handler = [](int) {
            const char byte = 1;
            [[maybe_unused]] const ssize_t n = ::write(s_pipe[1], &byte, 1);
        };
        ::sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~StopSignals()
    {
        if (!m_notifier)
            return;
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
    }
    QSocketNotifier* notifier() const { return m_notifier.get(); }

private:
    static inline int s_pipe[2] = {-1, -1};
    std::unique_ptr<QSocketNotifier> m_notifier;
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
};

QString timeText(const QDateTime& t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : u"-"_s;
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue(QJsonValue::Null);
}

QJsonValue textJson(const QString& s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// Milliseconds with a tenth below 100 ms, whole above.
QString latencyText(qint64 us)
{
    if (us < 0)
        return u"-"_s;
    const double ms = double(us) / 1000.0;
    return ms < 100 ? CtlContext::tr("%1 ms").arg(ms, 0, 'f', 1) : CtlContext::tr("%1 ms").arg(qRound64(ms));
}

QJsonValue latencyJson(qint64 us)
{
    return us < 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(double(qRound64(double(us) / 10.0)) / 100.0);
}

QString probeLabel(const QString& module, const QString& name)
{
    return module.isEmpty() ? name : module + u'/' + name;
}

void printProblems(CtlContext& ctx, const ms::ProbeConfig& config)
{
    for (const ms::ProbeConfig::Problem& p : config.problems)
        ctx.err << (p.error ? CtlContext::tr("error: ") : CtlContext::tr("warning: ")) << p.toString()
                << Qt::endl;
}

// The sites to probe: all recorded ones (missing ones left out), or the one named.
ms::Result<QList<ms::Site>> selectSites(ms::Database& db, const QStringList& positionals)
{
    ms::Inventory inventory(db);
    if (!positionals.isEmpty()) {
        auto site = inventory.site(positionals.first());
        if (!site)
            return site.error();
        return QList<ms::Site> {*site};
    }
    auto all = inventory.sites();
    if (!all)
        return all.error();
    QList<ms::Site> present;
    for (const ms::Site& s : std::as_const(*all)) {
        if (s.status != ms::SiteStatus::Missing)
            present.append(s);
    }
    return present;
}

QStringList namesOf(const QList<ms::Site>& sites)
{
    QStringList names;
    for (const ms::Site& s : sites)
        names << s.name;
    return names;
}

ms::Result<ms::HealthSettings> settingsOf(ms::Database& db)
{
    return ms::HealthSettings::load(ms::SettingsRepository(db));
}

int watch(CtlContext& ctx, ms::Database& db, const ms::ProbeConfig& config, const QStringList& sites,
          const ms::HealthSettings& settings)
{
    ms::HealthMonitor monitor(db);
    monitor.setSettings(settings);
    monitor.setProbes(config, sites);
    QHash<QString, ms::ScopeState> shown;

    auto print = [&](const QDateTime& at, const QJsonObject& json, const QString& line) {
        if (ctx.json)
            ctx.out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)) << Qt::endl;
        else
            ctx.out << timeText(at) << u"  "_s << line << Qt::endl;
    };
    // Every change of a site's or module's state, the first ones included: a watcher wants
    // the picture, not only what is worth a notification.
    QObject::connect(&monitor, &ms::HealthMonitor::scopeChanged, &monitor, [&](const ms::ScopeHealth& h) {
        const auto before = shown.constFind(h.scope());
        if (before != shown.cend() ? *before == h.state : h.state == ms::ScopeState::Unknown)
            return;
        const ms::ScopeState from = before != shown.cend() ? *before : ms::ScopeState::Unknown;
        shown.insert(h.scope(), h.state);
        ms::HealthEvent e;
        e.subject = h.module.isEmpty() ? ms::HealthEvent::Subject::Site : ms::HealthEvent::Subject::Module;
        e.site = h.site;
        e.module = h.module;
        e.from = ms::HealthNames::scopeState(from);
        e.to = ms::HealthNames::scopeState(h.state);
        e.at = h.since;
        e.detail = h.reason;
        print(e.at,
              QJsonObject {{u"at"_s, timeJson(e.at)},
                           {u"subject"_s, ms::HealthEvent::subjectName(e.subject)},
                           {u"site"_s, e.site},
                           {u"module"_s, textJson(e.module)},
                           {u"from"_s, e.from},
                           {u"to"_s, e.to},
                           {u"detail"_s, textJson(e.detail)}},
              e.describe());
    });
    QObject::connect(&monitor, &ms::HealthMonitor::transition, &monitor, [&](const ms::HealthEvent& e) {
        if (e.subject != ms::HealthEvent::Subject::Breaker)
            return;
        print(e.at,
              QJsonObject {{u"at"_s, timeJson(e.at)},
                           {u"subject"_s, u"breaker"_s},
                           {u"site"_s, e.site},
                           {u"target"_s, e.target},
                           {u"from"_s, e.from},
                           {u"to"_s, e.to},
                           {u"detail"_s, textJson(e.detail)}},
              e.describe());
    });
    QObject::connect(
        &monitor, &ms::HealthMonitor::behindSchedule, &monitor, [&](const ms::SchedulerStats& s) {
            ctx.err << CtlContext::tr(
                           "warning: probes are running behind schedule (%1 late, %2 skipped, %3 missed; "
                           "up to %4 ms late, %5 waiting)")
                           .arg(s.late)
                           .arg(s.overruns)
                           .arg(s.missed)
                           .arg(s.maxLagMs)
                           .arg(s.queued)
                    << Qt::endl;
        });
    QObject::connect(&monitor, &ms::HealthMonitor::storageFailed, &monitor, [&](const ms::Error& e) {
        ctx.err << CtlContext::tr("warning: cannot store samples: ") << e.toString() << Qt::endl;
    });

    StopSignals stopSignals;
    QEventLoop loop;
    if (stopSignals.notifier())
        QObject::connect(stopSignals.notifier(), &QSocketNotifier::activated, &loop, [&] { monitor.stop(); });
    QObject::connect(&monitor, &ms::HealthMonitor::stopped, &loop, &QEventLoop::quit);
    monitor.start();
    loop.exec();
    return Success;
}

QJsonObject runJson(const ms::ProbeRound::Run& run)
{
    const QString state = !run.ran ? u"unknown"_s : run.result.passed() ? u"passing"_s : u"failing"_s;
    return QJsonObject {
        {u"site"_s, run.spec.site},
        {u"module"_s, textJson(run.spec.module)},
        {u"probe"_s, run.spec.name},
        {u"kind"_s, run.spec.kindName()},
        {u"method"_s, run.spec.methodName()},
        {u"target"_s, run.spec.targetDisplay()},
        {u"state"_s, state},
        {u"latency_ms"_s, run.ran ? latencyJson(run.result.latencyUs) : QJsonValue(QJsonValue::Null)},
        {u"detail"_s, run.ran ? textJson(run.result.detail) : textJson(run.notRun)}};
}

int health(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"watch"_s, false}});
    if (!args.ok())
        return ctx.usage(args.error(), u"health"_s);
    if (args.positionals().size() > 1)
        return ctx.usage(CtlContext::tr("health takes at most one site name"), u"health"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    const auto settings = settingsOf(*db);
    if (!settings)
        return ctx.fail(settings.error());
    const auto sites = selectSites(*db, args.positionals());
    if (!sites)
        return ctx.fail(sites.error());
    const ms::ProbeConfig config = ms::ProbeConfig::forSites(*sites);
    printProblems(ctx, config);
    if (args.isSet(u"watch"_s))
        return watch(ctx, *db, config, namesOf(*sites), *settings);

    ms::ProbeRound round(config.probes, ms::Clock::system(), settings->maxConcurrent);
    round.exec();

    // The round's samples are history too.
    ms::SampleWriter writer(*db, ms::Clock::system(), *settings);
    writer.setProbes(config.probes, namesOf(*sites));
    for (const ms::ProbeRound::Run& run : round.runs()) {
        if (!run.ran)
            continue;
        const bool failed = !run.result.passed();
        writer.addSample(run.spec.key(), run.result);
        writer.setProbeState(run.spec.key(), std::nullopt, {}, run.result.at,
                             failed ? run.result.detail : QString(), failed ? run.result.at : QDateTime());
    }
    const ms::Status stored = writer.finish();

    if (ctx.json) {
        QJsonArray list;
        for (const ms::ProbeRound::Run& run : round.runs())
            list.append(runJson(run));
        ctx.printJson(list);
    } else if (round.runs().isEmpty()) {
        ctx.out << CtlContext::tr(
            "No probes: no sites yet, or none with a port. Add sites with 'mothershipctl scan DIR'.")
                << Qt::endl;
    } else {
        QList<QStringList> rows;
        for (const ms::ProbeRound::Run& run : round.runs()) {
            const QString state
                = ms::HealthNames::describe(!run.ran                  ? ms::ProbeState::Unknown
                                                : run.result.passed() ? ms::ProbeState::Passing
                                                                      : ms::ProbeState::Failing);
            rows << QStringList {run.spec.site,
                                 probeLabel(run.spec.module, run.spec.name),
                                 run.spec.kindName(),
                                 state,
                                 run.ran ? latencyText(run.result.latencyUs) : u"-"_s,
                                 run.ran ? run.result.detail : run.notRun};
        }
        ctx.printTable({CtlContext::tr("SITE"), CtlContext::tr("PROBE"), CtlContext::tr("KIND"),
                        CtlContext::tr("STATE"), CtlContext::tr("LATENCY"), CtlContext::tr("DETAIL")},
                       rows);
        // Each site as this one round sees it.
        ctx.out << Qt::endl;
        for (const QString& site : namesOf(*sites)) {
            QList<ms::ProbeStatus> statuses;
            for (const ms::ProbeRound::Run& run : round.runs()) {
                if (run.spec.site != site)
                    continue;
                ms::ProbeStatus s = ms::ProbeStatus::of(run.spec);
                s.state = !run.ran        ? ms::ProbeState::Unknown
                    : run.result.passed() ? ms::ProbeState::Passing
                                          : ms::ProbeState::Failing;
                s.lastError = run.ran ? run.result.detail : run.notRun;
                statuses.append(s);
            }
            if (statuses.isEmpty())
                continue;
            const ms::ScopeHealth h = ms::ScopeHealth::evaluate(site, {}, statuses);
            ctx.out << site << u": "_s << ms::HealthNames::describe(h.state);
            if (!h.reason.isEmpty())
                ctx.out << u" ("_s << h.reason << u')';
            ctx.out << Qt::endl;
        }
    }
    if (!stored) {
        ctx.err << CtlContext::tr("error: the samples were not stored: ") << stored.error().toString()
                << Qt::endl;
        return Failed;
    }
    return round.livenessFailed() ? Failed : Success;
}

QJsonObject statisticsJson(const ms::HealthStatistics& s)
{
    QJsonObject o {
        {u"site"_s, s.scope.site},
        {u"module"_s, textJson(s.scope.module)},
        {u"state"_s, textJson(s.state)},
        {u"since"_s, timeJson(s.since)},
        {u"samples"_s, s.samples},
        {u"failures"_s, s.failures},
        {u"uptime_percent"_s, s.samples == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(s.uptimePercent())},
        {u"latency_ms"_s,
         QJsonObject {{u"min"_s, latencyJson(s.latency.minUs)},
                      {u"p50"_s, latencyJson(s.latency.p50Us)},
                      {u"p95"_s, latencyJson(s.latency.p95Us)},
                      {u"max"_s, latencyJson(s.latency.maxUs)}}},
        {u"approximate"_s, s.approximate},
        {u"last_checked"_s, timeJson(s.lastChecked)},
        {u"last_error"_s, textJson(s.lastError)},
        {u"last_error_at"_s, timeJson(s.lastErrorAt)}};
    if (s.scope.isProbe()) {
        o.insert(u"probe"_s, s.scope.probe);
        o.insert(u"kind"_s, s.kind);
    }
    return o;
}

int history(CtlContext& ctx, const QStringList& raw)
{
    const Args args(raw, {{u"since"_s, true}});
    if (!args.ok())
        return ctx.usage(args.error(), u"health history"_s);
    if (args.positionals().size() != 1)
        return ctx.usage(CtlContext::tr("health history needs one site name"), u"health history"_s);
    ms::Database* db = ctx.database();
    if (!db)
        return Failed;
    const auto settings = settingsOf(*db);
    if (!settings)
        return ctx.fail(settings.error());
    const QDateTime now = db->clock().now();
    ms::TimeWindow window = ms::TimeWindow::lastDay(now);
    if (const auto since = args.value(u"since"_s)) {
        const auto parsed = ms::TimeWindow::since(*since, now);
        if (!parsed)
            return ctx.usage(
                CtlContext::tr("'%1' is not a duration like 24h or 7d, nor a past time").arg(*since),
                u"health history"_s);
        window = *parsed;
    }
    const ms::HealthHistory historyOf(*db, db->clock(), settings->retention);
    const auto report = historyOf.report(args.positionals().first(), window);
    if (!report)
        return ctx.fail(report.error());

    if (ctx.json) {
        QJsonArray modules, probes, events;
        for (const ms::HealthStatistics& s : report->modules)
            modules.append(statisticsJson(s));
        for (const ms::HealthStatistics& s : report->probes)
            probes.append(statisticsJson(s));
        for (const ms::HealthEvent& e : report->events)
            events.append(QJsonObject {{u"at"_s, timeJson(e.at)},
                                       {u"subject"_s, ms::HealthEvent::subjectName(e.subject)},
                                       {u"site"_s, e.site},
                                       {u"module"_s, textJson(e.module)},
                                       {u"target"_s, textJson(e.target)},
                                       {u"from"_s, e.from},
                                       {u"to"_s, e.to},
                                       {u"detail"_s, textJson(e.detail)}});
        ctx.printJson(QJsonObject {
            {u"window"_s, QJsonObject {{u"from"_s, timeJson(window.from)}, {u"to"_s, timeJson(window.to)}}},
            {u"site"_s, statisticsJson(report->site)},
            {u"modules"_s, modules},
            {u"probes"_s, probes},
            {u"events"_s, events}});
        return Success;
    }

    ctx.out << CtlContext::tr("%1 from %2 to %3")
                   .arg(args.positionals().first(), timeText(window.from), timeText(window.to))
            << Qt::endl
            << Qt::endl;
    auto row = [](const QString& label, const ms::HealthStatistics& s) {
        const QString uptime = s.samples == 0 ? u"-"_s : QString::number(s.uptimePercent(), 'f', 2) + u'%';
        const QString approx = s.approximate ? u"~"_s : QString();
        return QStringList {label,
                            s.state.isEmpty() ? u"-"_s : s.state,
                            timeText(s.since),
                            uptime,
                            QString::number(s.samples),
                            approx + latencyText(s.latency.p50Us),
                            approx + latencyText(s.latency.p95Us),
                            latencyText(s.latency.maxUs),
                            s.lastError.isEmpty() ? u"-"_s : s.lastError};
    };
    QList<QStringList> rows;
    // Scopes by their keys: the site, site/module, site[/module]/probe.
    const QString& site = report->site.scope.site;
    rows << row(site, report->site);
    for (const ms::HealthStatistics& m : report->modules)
        rows << row(site + u'/' + m.scope.module, m);
    for (const ms::HealthStatistics& p : report->probes)
        rows << row(site + u'/' + probeLabel(p.scope.module, p.scope.probe) + u" ("_s + p.kind + u')', p);
    ctx.printTable({CtlContext::tr("SCOPE"), CtlContext::tr("STATE"), CtlContext::tr("SINCE"),
                    CtlContext::tr("UPTIME"), CtlContext::tr("SAMPLES"), CtlContext::tr("P50"),
                    CtlContext::tr("P95"), CtlContext::tr("MAX"), CtlContext::tr("LAST ERROR")},
                   rows);
    if (report->site.approximate)
        ctx.out << CtlContext::tr("~ p50 and p95 merged from one-minute rollups (older than the raw window).")
                << Qt::endl;
    if (!report->events.isEmpty()) {
        ctx.out << Qt::endl << CtlContext::tr("Transitions:") << Qt::endl;
        for (const ms::HealthEvent& e : report->events)
            ctx.out << u"  "_s << timeText(e.at) << u"  "_s << e.describe() << Qt::endl;
    }
    return Success;
}

} // namespace

QList<Command> healthCommands()
{
    return {
        {{u"health"_s},
         QT_TRANSLATE_NOOP("ctl", "probe the sites once (--watch: keep probing, print transitions)"),
         "health [SITE] [--watch]",
         health},
        {{u"health"_s, u"history"_s},
         QT_TRANSLATE_NOOP("ctl", "uptime, latency and transitions of a site"),
         "health history SITE [--since 24h|7d|TIME]",
         history},
    };
}

} // namespace ctl
