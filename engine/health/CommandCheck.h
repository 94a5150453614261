#pragma once

#include "health/ProbeCheck.h"

#include <QPointer>

class QProcess;

namespace ms {

/// A command probe: runs argv (no shell) in the probe's folder; exit code 0 passes. The
/// program gets its own process group, so a timeout kills whatever it started too. Output
/// (stdout and stderr together) is read as it comes; the first ProbeSpec::MaxCommandOutput
/// bytes are kept, the rest dropped, and the first line that says something becomes the
/// detail.
class CommandCheck : public ProbeCheck
{
    Q_OBJECT

public:
    CommandCheck(ProbeSpec spec, const Clock& clock, QObject* parent = nullptr);
    ~CommandCheck() override;

    /// The output kept so far (at most ProbeSpec::MaxCommandOutput bytes).
    const QByteArray& output() const { return m_output; }

protected:
    void begin() override;
    void abort() override;
    QString timeoutMessage() const override;

private:
    void readOutput();
    QString firstLine() const;

    QPointer<QProcess> m_process;
    QByteArray m_output;
    qint64 m_dropped = 0;
};

} // namespace ms
