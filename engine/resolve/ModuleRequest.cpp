#include "resolve/ModuleRequest.h"

#include "packages/Manifest.h"

namespace ms {

Result<ModuleRequest> ModuleRequest::parse(QStringView text)
{
    const QString trimmed = text.trimmed().toString();
    const qsizetype at = trimmed.indexOf(u'@');
    const QString name = at < 0 ? trimmed : trimmed.left(at);
    if (name == Manifest::coreName())
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\": the platform core is not a module; it cannot be requested").arg(trimmed),
                     trimmed);
    if (!Manifest::isValidModuleName(name))
        return Error(ErrorCode::InvalidArgument,
                     tr("\"%1\": \"%2\" is not a module name (^[a-z][a-z0-9_]{1,63}$)").arg(trimmed, name),
                     trimmed);
    ModuleRequest r;
    r.moduleName = name;
    r.text = trimmed;
    if (at >= 0) {
        const QString rangeText = trimmed.mid(at + 1).trimmed();
        if (rangeText.isEmpty())
            return Error(ErrorCode::InvalidArgument,
                         tr("\"%1\": a version range must follow \"@\"").arg(trimmed), trimmed);
        const Result<VersionRange> range = VersionRange::parse(rangeText);
        if (!range)
            return Error(ErrorCode::InvalidArgument,
                         tr("\"%1\": \"%2\" is not a valid range").arg(trimmed, rangeText), trimmed);
        r.range = *range;
    }
    return r;
}

ModuleRequest ModuleRequest::of(const QString& name, const VersionRange& range)
{
    ModuleRequest r;
    r.moduleName = name;
    r.range = range;
    r.text = range.isAny() && range.text() == u"*" ? name : name + u'@' + range.text();
    return r;
}

} // namespace ms
