#include "targets/ModulesLock.h"

#include "core/AtomicFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

QString ModulesLock::pathFor(const QString& siteDir)
{
    return QDir(siteDir).filePath(u"modules.lock.json"_s);
}

Result<ModulesLock> ModulesLock::read(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return ModulesLock();
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::Io, tr("cannot read: %1").arg(file.errorString()), path);
    return parse(file.readAll(), path);
}

Result<ModulesLock> ModulesLock::parse(const QByteArray& json, const QString& path)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::Parse, tr("not valid JSON: %1").arg(parseError.errorString()), path);
    auto invalid = [&](const QString& field, const QString& why) {
        return Error(ErrorCode::Parse, field + u": "_s + why, path);
    };
    if (!doc.isObject())
        return invalid(u"(root)"_s, tr("must be an object"));
    const QJsonObject root = doc.object();
    if (root.value(u"schema"_s).toInt(-1) != Schema) {
        if (root.value(u"schema"_s).toInt(-1) > Schema)
            return Error(ErrorCode::Unsupported,
                         tr("schema %1 is newer than this program understands (%2)")
                             .arg(root.value(u"schema"_s).toInt())
                             .arg(Schema),
                         path);
        return invalid(u"schema"_s, tr("must be %1").arg(Schema));
    }
    if (!root.value(u"modules"_s).isArray())
        return invalid(u"modules"_s, tr("must be an array"));
    ModulesLock lock;
    const QJsonArray modules = root.value(u"modules"_s).toArray();
    for (qsizetype i = 0; i < modules.size(); ++i) {
        const QString at = u"modules[%1]"_s.arg(i);
        const QJsonObject m = modules[i].toObject();
        const QString name = m.value(u"module_name"_s).toString();
        if (name.isEmpty())
            return invalid(at + u".module_name"_s, tr("is missing"));
        const auto version = Version::parse(m.value(u"version"_s).toString());
        if (!version)
            return invalid(at + u".version"_s, version.error().message());
        if (!m.value(u"enabled"_s).isBool())
            return invalid(at + u".enabled"_s, tr("must be true or false"));
        if (lock.find(name))
            return invalid(at + u".module_name"_s, tr("\"%1\" is listed twice").arg(name));
        lock.set({name, *version, m.value(u"enabled"_s).toBool()});
    }
    return lock;
}

QByteArray ModulesLock::toJson() const
{
    QJsonArray modules;
    for (const Entry& e : m_entries) {
        modules.append(QJsonObject{{u"module_name"_s, e.moduleName},
                                   {u"version"_s, e.version.toFullString()},
                                   {u"enabled"_s, e.enabled}});
    }
    return QJsonDocument(QJsonObject{{u"schema"_s, Schema}, {u"modules"_s, modules}}).toJson(QJsonDocument::Indented);
}

Status ModulesLock::write(const QString& path) const
{
    return AtomicFile::write(path, toJson());
}

const ModulesLock::Entry* ModulesLock::find(const QString& moduleName) const
{
    for (const Entry& e : m_entries) {
        if (e.moduleName == moduleName)
            return &e;
    }
    return nullptr;
}

void ModulesLock::set(const Entry& entry)
{
    for (Entry& e : m_entries) {
        if (e.moduleName == entry.moduleName) {
            e = entry;
            return;
        }
    }
    const auto at = std::lower_bound(m_entries.begin(), m_entries.end(), entry.moduleName,
                                     [](const Entry& e, const QString& name) { return e.moduleName < name; });
    m_entries.insert(at, entry);
}

bool ModulesLock::remove(const QString& moduleName)
{
    return m_entries.removeIf([&](const Entry& e) { return e.moduleName == moduleName; }) > 0;
}

} // namespace ms
