#pragma once

#include "core/Result.h"
#include "core/VersionRange.h"

#include <QCoreApplication>
#include <QString>

namespace ms {

/// What an administrator asks for: `farm_manager@^1.8`, `inventory@2.3.0`, or a bare
/// `farm_manager` meaning its newest release.
struct ModuleRequest
{
    Q_DECLARE_TR_FUNCTIONS(ModuleRequest)

public:
    QString moduleName;
    VersionRange range; ///< `*` for a bare name
    QString text; ///< as typed, for messages: "farm_manager@^1.8"

    /// Parses `NAME[@RANGE]`. Fails with InvalidArgument naming the request and what is wrong.
    [[nodiscard]] static Result<ModuleRequest> parse(QStringView text);
    /// A request for @p name within @p range.
    static ModuleRequest of(const QString& name, const VersionRange& range);

    /// Whether the request pins one exact version (`=1.2.3`, `1.2.3`), which may then be a
    /// yanked one.
    bool isPinned() const { return range.exactVersion().has_value(); }
};

} // namespace ms
