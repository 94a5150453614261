#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

namespace TestSupport {

QString fixturePath(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(MOTHERSHIP_SOURCE_DIR "/tests/fixtures/") + relative);
}

QString sourcePath(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(MOTHERSHIP_SOURCE_DIR "/") + relative);
}

QString sharedPath(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(MOTHERSHIP_SOURCE_DIR "/../shared/") + relative);
}

QString buildPath(const QString& relative)
{
    return QDir::cleanPath(QStringLiteral(MOTHERSHIP_BUILD_DIR "/") + relative);
}

QString programPath(const QString& name)
{
    return buildPath(QStringLiteral("bin/") + name);
}

bool copyTree(const QString& from, const QString& to)
{
    QDir src(from);
    if (!src.exists() || !QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QFileInfo info = it.fileInfo();
        const QString target = to + QLatin1Char('/') + src.relativeFilePath(path);
        if (info.isSymLink()) {
            if (!QFile::link(info.symLinkTarget(), target))
                return false;
        } else if (info.isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else {
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(path, target))
                return false;
            QFile(target).setPermissions(info.permissions() | QFile::WriteOwner);
        }
    }
    return true;
}

QJsonDocument readJson(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        QTest::qFail(qPrintable(QStringLiteral("cannot open ") + path), __FILE__, __LINE__);
        return {};
    }
    QJsonParseError error;
    QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        QTest::qFail(qPrintable(path + QStringLiteral(": ") + error.errorString()), __FILE__, __LINE__);
    return doc;
}

int run(const QString& program, const QStringList& args, QByteArray* out, QByteArray* err, int timeoutMs,
        const QStringList& extraEnv, const QString& workingDir)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& kv : extraEnv) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    if (!workingDir.isEmpty())
        p.setWorkingDirectory(workingDir);
    p.start(program, args);
    // -1 says that the program did not end by itself; say why, for the test log.
    const QString command = program + u' ' + args.join(u' ');
    if (!p.waitForStarted(10000)) {
        qWarning("did not start: %s: %s", qPrintable(command), qPrintable(p.errorString()));
        return -1;
    }
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        qWarning("killed after %d ms: %s", timeoutMs, qPrintable(command));
        p.kill();
        p.waitForFinished();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit) {
        qWarning("crashed: %s\nits stderr:\n%s", qPrintable(command),
                 err ? err->constData() : p.readAllStandardError().constData());
        return -1;
    }
    return p.exitCode();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace TestSupport
