#include "lifecycle/OperationJournal.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

QJsonValue versionJson(const Version& v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toFullString());
}

QJsonValue optionalVersionJson(const std::optional<Version>& v)
{
    return v ? QJsonValue(v->toFullString()) : QJsonValue(QJsonValue::Null);
}

QJsonValue entryJson(const std::optional<ModulesLock::Entry>& e)
{
    if (!e)
        return QJsonValue::Null;
    return QJsonObject {{u"module_name"_s, e->moduleName},
                        {u"version"_s, e->version.toFullString()},
                        {u"enabled"_s, e->enabled}};
}

QJsonValue stateJson(const std::optional<ModuleStateRecord>& r)
{
    if (!r)
        return QJsonValue::Null;
    return QJsonObject {{u"site"_s, r->site},
                        {u"module"_s, r->module},
                        {u"state"_s, r->state},
                        {u"version"_s, r->version},
                        {u"target_version"_s, r->targetVersion},
                        {u"reason"_s, r->reason},
                        {u"operation_id"_s, double(r->operationId)},
                        {u"updated_at"_s, r->updatedAt.toUTC().toString(Qt::ISODateWithMs)}};
}

/// Reads fields of one JSON object, remembering the first problem.
class Reader
{
public:
    Reader(const QJsonObject& object, QString path, Error* error)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
    {
    }

    QString string(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isString() && !v.isNull())
            fail(key, OperationJournal::tr("must be a string"));
        return v.toString();
    }
    bool boolean(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isBool())
            fail(key, OperationJournal::tr("must be true or false"));
        return v.toBool();
    }
    qint64 integer(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (!v.isDouble())
            fail(key, OperationJournal::tr("must be a number"));
        return qint64(v.toDouble());
    }
    Version version(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        auto parsed = Version::parse(v.toString());
        if (!parsed) {
            fail(key, parsed.error().message());
            return {};
        }
        return *parsed;
    }
    std::optional<Version> optionalVersion(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        return version(key);
    }
    std::optional<ModulesLock::Entry> entry(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        Reader inner(v.toObject(), m_path + u'.' + key, m_error);
        ModulesLock::Entry e;
        e.moduleName = inner.string(u"module_name"_s);
        e.version = inner.version(u"version"_s);
        e.enabled = inner.boolean(u"enabled"_s);
        return e;
    }
    std::optional<ModuleStateRecord> state(const QString& key)
    {
        const QJsonValue v = m_object.value(key);
        if (v.isNull() || v.isUndefined())
            return std::nullopt;
        Reader inner(v.toObject(), m_path + u'.' + key, m_error);
        ModuleStateRecord r;
        r.site = inner.string(u"site"_s);
        r.module = inner.string(u"module"_s);
        r.state = inner.string(u"state"_s);
        r.version = inner.string(u"version"_s);
        r.targetVersion = inner.string(u"target_version"_s);
        r.reason = inner.string(u"reason"_s);
        r.operationId = inner.integer(u"operation_id"_s);
        r.updatedAt = QDateTime::fromString(inner.string(u"updated_at"_s), Qt::ISODateWithMs).toUTC();
        return r;
    }

private:
    void fail(const QString& key, const QString& why)
    {
        if (!m_error->isError())
            *m_error = Error(ErrorCode::Parse, why, m_path + u'.' + key);
    }

    QJsonObject m_object;
    QString m_path;
    Error* m_error;
};

} // namespace

JournalModule* OperationJournal::module(const QString& name)
{
    for (JournalModule& m : modules) {
        if (m.module == name)
            return &m;
    }
    return nullptr;
}

const JournalModule* OperationJournal::module(const QString& name) const
{
    return const_cast<OperationJournal*>(this)->module(name);
}

QByteArray OperationJournal::toJson() const
{
    QJsonArray list;
    for (const JournalModule& m : modules) {
        list.append(QJsonObject {{u"module"_s, m.module},
                                 {u"action"_s, m.action},
                                 {u"from_version"_s, versionJson(m.fromVersion)},
                                 {u"to_version"_s, versionJson(m.toVersion)},
                                 {u"original_entry"_s, entryJson(m.originalEntry)},
                                 {u"original_current"_s, optionalVersionJson(m.originalCurrent)},
                                 {u"original_previous"_s, optionalVersionJson(m.originalPrevious)},
                                 {u"module_dir_existed"_s, m.moduleDirExisted},
                                 {u"version_dir_existed"_s, m.versionDirExisted},
                                 {u"original_state"_s, stateJson(m.originalState)},
                                 {u"staging"_s, m.staging},
                                 {u"trash"_s, m.trash},
                                 {u"step"_s, m.step}});
    }
    const QJsonObject root {{u"schema"_s, Schema},
                            {u"operation_id"_s, double(operationId)},
                            {u"kind"_s, kind},
                            {u"site"_s, site},
                            {u"site_dir"_s, siteDir},
                            {u"modules_dir"_s, modulesDir},
                            {u"reload_command"_s, reloadCommand},
                            {u"lock_existed"_s, lockExisted},
                            {u"modules_dir_existed"_s, modulesDirExisted},
                            {u"reload_started"_s, reloadStarted},
                            {u"keep_versions"_s, keepVersions},
                            {u"modules"_s, list}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<OperationJournal> OperationJournal::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return Error(ErrorCode::Parse, tr("the journal is not a JSON object"), u"document"_s);
    const QJsonObject root = doc.object();
    if (root.value(u"schema"_s).toInt() != Schema)
        return Error(
            ErrorCode::Unsupported,
            tr("journal schema %1 is not one this program reads").arg(root.value(u"schema"_s).toInt()),
            u"schema"_s);
    Error error;
    Reader r(root, u"journal"_s, &error);
    OperationJournal j;
    j.operationId = r.integer(u"operation_id"_s);
    j.kind = r.string(u"kind"_s);
    j.site = r.string(u"site"_s);
    j.siteDir = r.string(u"site_dir"_s);
    j.modulesDir = r.string(u"modules_dir"_s);
    j.reloadCommand = r.string(u"reload_command"_s);
    j.lockExisted = r.boolean(u"lock_existed"_s);
    j.modulesDirExisted = r.boolean(u"modules_dir_existed"_s);
    j.reloadStarted = r.boolean(u"reload_started"_s);
    j.keepVersions = int(r.integer(u"keep_versions"_s));
    const QJsonArray list = root.value(u"modules"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        Reader m(list[i].toObject(), u"journal.modules[%1]"_s.arg(i), &error);
        JournalModule jm;
        jm.module = m.string(u"module"_s);
        jm.action = m.string(u"action"_s);
        jm.fromVersion = m.version(u"from_version"_s);
        jm.toVersion = m.version(u"to_version"_s);
        jm.originalEntry = m.entry(u"original_entry"_s);
        jm.originalCurrent = m.optionalVersion(u"original_current"_s);
        jm.originalPrevious = m.optionalVersion(u"original_previous"_s);
        jm.moduleDirExisted = m.boolean(u"module_dir_existed"_s);
        jm.versionDirExisted = m.boolean(u"version_dir_existed"_s);
        jm.originalState = m.state(u"original_state"_s);
        jm.staging = m.string(u"staging"_s);
        jm.trash = m.string(u"trash"_s);
        jm.step = m.string(u"step"_s);
        j.modules.append(jm);
    }
    if (error.isError())
        return error;
    if (j.siteDir.isEmpty() || j.modulesDir.isEmpty())
        return Error(ErrorCode::Parse, tr("the journal does not say where the site is"),
                     u"journal.site_dir"_s);
    return j;
}

} // namespace ms
