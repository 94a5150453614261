#include "health/ProbeRound.h"

#include "health/ProbeCheck.h"
#include "health/ProbeExecutor.h"

namespace ms {

ProbeRound::ProbeRound(const QList<ProbeSpec>& probes, const Clock& clock, int maxConcurrent, QObject* parent)
    : Job(parent)
    , m_clock(clock)
    , m_maxConcurrent(std::max(1, maxConcurrent))
    , m_executor(new ProbeExecutor(clock, this))
{
    for (const ProbeSpec& spec : probes)
        m_runs.append(Run {spec, false, {}, {}});
    m_steps = QList<Step>(m_runs.size(), Step::Waiting);
}

ProbeRound::~ProbeRound() = default;

bool ProbeRound::livenessFailed() const
{
    return std::any_of(m_runs.cbegin(), m_runs.cend(), [](const Run& r) {
        return r.ran && r.spec.kind == ProbeSpec::Kind::Liveness && !r.result.passed();
    });
}

void ProbeRound::start()
{
    launchReady();
}

int ProbeRound::blockingStartup(qsizetype i, qsizetype* failed) const
{
    const ProbeSpec& spec = m_runs.at(i).spec;
    if (spec.kind == ProbeSpec::Kind::Startup)
        return -1;
    int blocking = -1;
    for (qsizetype j = 0; j < m_runs.size(); ++j) {
        const ProbeSpec& other = m_runs.at(j).spec;
        if (other.kind != ProbeSpec::Kind::Startup || other.site != spec.site
            || (!other.module.isEmpty() && other.module != spec.module))
            continue;
        if (m_steps.at(j) != Step::Done)
            blocking = int(j);
        else if (!m_runs.at(j).ran || !m_runs.at(j).result.passed())
            *failed = j;
    }
    return blocking;
}

void ProbeRound::launchReady()
{
    if (m_launching || isFinished())
        return;
    m_launching = true;
    bool progressed = true;
    while (progressed && !isCancelled()) {
        progressed = false;
        for (qsizetype i = 0; i < m_runs.size() && m_running < m_maxConcurrent; ++i) {
            if (m_steps.at(i) != Step::Waiting)
                continue;
            qsizetype failed = -1;
            if (blockingStartup(i, &failed) >= 0)
                continue;
            if (failed >= 0) {
                m_steps[i] = Step::Done;
                m_runs[i].notRun
                    = tr("not run: startup probe %1 did not pass").arg(m_runs.at(failed).spec.name);
                progressed = true;
                continue;
            }
            m_steps[i] = Step::Running;
            ++m_running;
            ProbeCheck* check = m_executor->create(m_runs.at(i).spec, this);
            connect(check, &Job::finished, this, [this, i, check] {
                --m_running;
                m_steps[i] = Step::Done;
                if (check->error().code() != ErrorCode::Cancelled) {
                    m_runs[i].ran = true;
                    m_runs[i].result = check->result();
                } else {
                    m_runs[i].notRun = check->result().detail;
                }
                check->deleteLater();
                launchReady();
            });
            check->start();
            progressed = true;
        }
    }
    m_launching = false;
    const bool done = std::all_of(m_steps.cbegin(), m_steps.cend(), [](Step s) { return s == Step::Done; });
    if (done && m_running == 0)
        finish(isCancelled() ? Error(ErrorCode::Cancelled, tr("The health check was cancelled.")) : Error());
}

void ProbeRound::onCancel()
{
    for (qsizetype i = 0; i < m_steps.size(); ++i) {
        if (m_steps.at(i) == Step::Waiting) {
            m_steps[i] = Step::Done;
            m_runs[i].notRun = tr("not run: cancelled");
        }
    }
    const auto checks = findChildren<ProbeCheck*>();
    for (ProbeCheck* check : checks)
        check->cancel();
    launchReady();
}

} // namespace ms
