#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QListWidget;
class QProgressBar;
class QToolButton;

namespace ms {

class Job;

/// The status bar's view of the work the console started: every tracked Job (an Operation
/// is one) with its progress. One job shows as a label and a progress bar; several show the
/// count, and a button opens the list of them all with each one's step and progress.
class JobTracker : public QWidget
{
    Q_OBJECT

public:
    explicit JobTracker(QWidget* parent = nullptr);
    ~JobTracker() override;

    /// Shows @p job under @p title until it finishes (or is destroyed). The tracker does not
    /// own the job and does not start it.
    void track(Job* job, const QString& title);

    /// The jobs running now.
    int runningCount() const { return int(m_jobs.size()); }
    /// Their titles, oldest first.
    QStringList runningTitles() const;

Q_SIGNALS:
    /// The set of running jobs changed (one was tracked, or one ended).
    void changed();

private:
    struct Entry
    {
        QPointer<Job> job;
        QString title;
        qint64 done = 0;
        qint64 total = 0;
        QString step;
    };
    void progressed(Job* job, qint64 done, qint64 total, const QString& step);
    void untrack(QObject* job);
    void refresh();
    QString describe(const Entry& entry) const;

    QList<Entry> m_jobs;
    QLabel* m_label;
    QProgressBar* m_bar;
    QToolButton* m_more;
    QListWidget* m_list;
};

} // namespace ms
