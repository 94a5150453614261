#include "JobTracker.h"

#include "core/Job.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace ms {

JobTracker::JobTracker(QWidget* parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_more(new QToolButton(this))
    , m_list(new QListWidget(this))
{
    setObjectName(u"jobTracker"_s);
    m_label->setObjectName(u"jobLabel"_s);
    m_bar->setObjectName(u"jobProgress"_s);
    m_bar->setMaximumWidth(180);
    m_bar->setTextVisible(false);
    m_more->setObjectName(u"jobListButton"_s);
    m_more->setAutoRaise(true);
    m_more->setToolTip(tr("Show every running job"));
    m_list->setObjectName(u"jobList"_s);
    // A popup under the status bar's button: it closes itself on a click elsewhere.
    m_list->setParent(this, Qt::Popup);
    m_list->setMinimumWidth(360);
    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_label);
    row->addWidget(m_bar);
    row->addWidget(m_more);
    connect(m_more, &QToolButton::clicked, this, [this] {
        m_list->setFixedHeight(qMin(8, qMax(1, m_list->count())) * (fontMetrics().height() + 8) + 8);
        const QPoint corner = mapToGlobal(QPoint(width(), 0));
        m_list->move(corner.x() - m_list->minimumWidth(), corner.y() - m_list->height());
        m_list->show();
    });
    refresh();
}

JobTracker::~JobTracker() = default;

void JobTracker::track(Job* job, const QString& title)
{
    m_jobs.append({job, title, 0, 0, {}});
    connect(job, &Job::progress, this, [this, job](qint64 done, qint64 total, const QString& step) {
        progressed(job, done, total, step);
    });
    connect(job, &Job::finished, this, [this, job] { untrack(job); });
    connect(job, &QObject::destroyed, this, &JobTracker::untrack);
    refresh();
    Q_EMIT changed();
}

QStringList JobTracker::runningTitles() const
{
    QStringList titles;
    for (const Entry& e : m_jobs)
        titles << e.title;
    return titles;
}

void JobTracker::progressed(Job* job, qint64 done, qint64 total, const QString& step)
{
    for (Entry& e : m_jobs) {
        if (e.job == job) {
            e.done = done;
            e.total = total;
            e.step = step;
        }
    }
    refresh();
}

void JobTracker::untrack(QObject* job)
{
    const auto before = m_jobs.size();
    m_jobs.removeIf([job](const Entry& e) { return e.job.isNull() || e.job == job; });
    if (m_jobs.size() != before) {
        refresh();
        Q_EMIT changed();
    }
}

QString JobTracker::describe(const Entry& e) const
{
    if (e.step.isEmpty())
        return e.title;
    //: A running job in the status bar: its title, then the step it is at ("Downloading").
    return tr("%1 — %2").arg(e.title, e.step);
}

void JobTracker::refresh()
{
    const int n = int(m_jobs.size());
    setVisible(n > 0);
    m_more->setVisible(n > 1);
    if (n <= 1)
        m_list->hide();
    m_list->clear();
    if (n == 0)
        return;
    for (const Entry& e : m_jobs) {
        QString text = describe(e);
        if (e.total > 0)
            text = tr("%1 (%2%)").arg(text).arg(100 * e.done / e.total);
        m_list->addItem(text);
    }
    if (n == 1) {
        const Entry& e = m_jobs.first();
        m_label->setText(describe(e));
        m_bar->setRange(0, e.total > 0 ? 1000 : 0);
        m_bar->setValue(e.total > 0 ? int(1000 * e.done / e.total) : 0);
    } else {
        m_label->setText(tr("%n job(s) running", nullptr, n));
        // Several jobs: the bar shows the share that has finished of those with a known size.
        qint64 done = 0, total = 0;
        for (const Entry& e : m_jobs) {
            done += e.done;
            total += e.total;
        }
        m_bar->setRange(0, total > 0 ? 1000 : 0);
        m_bar->setValue(total > 0 ? int(1000 * done / total) : 0);
        m_more->setText(tr("Show all"));
    }
}

} // namespace ms
