#include "health/CommandCheck.h"

#include <QDir>
#include <QProcess>
#include <csignal>
#include <sys/types.h>
#include <unistd.h>

namespace ms {

CommandCheck::CommandCheck(ProbeSpec spec, const Clock& clock, QObject* parent)
    : ProbeCheck(std::move(spec), clock, parent)
{
}

CommandCheck::~CommandCheck()
{
    abort();
}

void CommandCheck::begin()
{
    const ProbeSpec& s = spec();
    if (s.argv.isEmpty())
        return fail(ProbeOutcome::Failed, problem(ErrorCode::InvalidArgument, tr("no program to run")));
    QString program = s.argv.first();
    // A relative path with a slash is the module's own program ("bin/selftest").
    if (program.contains(u'/') && QDir::isRelativePath(program) && !s.workingDir.isEmpty())
        program = QDir(s.workingDir).absoluteFilePath(program);

    m_process = new QProcess(this);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setInputChannelMode(QProcess::ManagedInputChannel);
    if (!s.workingDir.isEmpty())
        m_process->setWorkingDirectory(s.workingDir);
    m_process->setChildProcessModifier([] { ::setpgid(0, 0); });
    connect(m_process, &QProcess::readyReadStandardOutput, this, &CommandCheck::readOutput);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError code) {
        if (code != QProcess::FailedToStart)
            return; // crashes and timeouts end in finished() or in our timer
        const QString why = m_process ? m_process->errorString() : QString();
        abort();
        fail(ProbeOutcome::Failed, problem(ErrorCode::Io, tr("cannot start the program: %1").arg(why)));
    });
    connect(m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        readOutput();
        QProcess* process = m_process;
        m_process = nullptr;
        process->disconnect(this);
        process->deleteLater();
        const QString line = firstLine();
        if (status == QProcess::CrashExit)
            return fail(ProbeOutcome::Failed, problem(ErrorCode::Protocol, tr("the program crashed")));
        if (exitCode != 0)
            return fail(ProbeOutcome::Failed,
                        problem(ErrorCode::Protocol,
                                line.isEmpty() ? tr("exited with %1").arg(exitCode)
                                               : tr("exited with %1: %2").arg(exitCode).arg(line)));
        pass(line.isEmpty() ? tr("exited with 0") : line);
    });
    m_process->start(program, s.argv.mid(1), QIODevice::ReadOnly);
    m_process->closeWriteChannel();
}

void CommandCheck::abort()
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->disconnect(this);
    if (process->state() != QProcess::NotRunning) {
        const qint64 pid = process->processId();
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL); // the whole group: the program and what it started
        process->kill();
        // Reaped when finished() comes through the event loop; should the check go first,
        // ~QProcess reaps it, which after SIGKILL takes no time.
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        return;
    }
    process->deleteLater();
}

QString CommandCheck::timeoutMessage() const
{
    return tr("did not finish within %1; killed").arg(timeoutText());
}

void CommandCheck::readOutput()
{
    if (!m_process)
        return;
    const QByteArray chunk = m_process->readAll();
    const qint64 room = ProbeSpec::MaxCommandOutput - m_output.size();
    if (room > 0)
        m_output += chunk.left(room);
    m_dropped += qMax<qint64>(0, chunk.size() - qMax<qint64>(0, room));
}

QString CommandCheck::firstLine() const
{
    const QList<QByteArray> lines = m_output.split('\n');
    for (const QByteArray& line : lines) {
        const QString text = QString::fromUtf8(line).trimmed();
        if (!text.isEmpty())
            return text;
    }
    return {};
}

} // namespace ms
