#pragma once

#include "packages/ValidationReport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ms {

/// The structural check of a manifest's `config_schema`, a JSON Schema (draft 2020-12
/// vocabulary, the subset a module's settings need). Only the schema itself is checked —
/// keyword types, known `type` names, compilable `pattern`s, min ≤ max, defaults that fit
/// their own `type` and `enum` — never a configuration against it (that is config/'s job).
/// Unknown keywords are warnings: JSON Schema allows them and other tools use them.
class ConfigSchema
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSchema)

public:
    /// Deeper nesting is refused, so that a hostile manifest cannot exhaust the stack.
    static constexpr int MaxDepth = 32;

    /// Checks @p schema found at @p path ("config_schema"), reporting every problem to @p report.
    static void check(const QJsonObject& schema, const QString& path, ValidationReport& report);
};

} // namespace ms
