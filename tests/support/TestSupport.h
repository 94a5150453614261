#pragma once

#include <QJsonDocument>
#include <QString>
#include <QStringList>

/// Helpers shared by the test suites: where fixtures and built programs are, and copying a
/// fixture tree into a temporary directory before a test changes it.
namespace TestSupport {

/// tests/fixtures/<relative>
QString fixturePath(const QString& relative = {});
/// <source tree>/<relative> (e.g. "resources/demo/sites")
QString sourcePath(const QString& relative = {});
/// ../shared/<relative> beside the source tree (conformance data); may not exist.
QString sharedPath(const QString& relative = {});
/// The build tree, where the executables are.
QString buildPath(const QString& relative = {});
/// The path of a program built by this project (mothershipctl, mothership, ...).
QString programPath(const QString& name);

/// Copies the directory @p from recursively into @p to (created). Symlinks are copied as links.
bool copyTree(const QString& from, const QString& to);

/// Reads and parses a JSON file; fails the current test when it cannot.
QJsonDocument readJson(const QString& path);

/// Runs @p program with @p args; returns exit code, fills stdout/stderr. -1 on failure to start/timeout.
int run(const QString& program, const QStringList& args, QByteArray* out = nullptr, QByteArray* err = nullptr,
        int timeoutMs = 60000, const QStringList& extraEnv = {}, const QString& workingDir = {});

/// Writes @p data to @p path, creating parent directories.
bool writeFile(const QString& path, const QByteArray& data);
QByteArray readFile(const QString& path);

} // namespace TestSupport
