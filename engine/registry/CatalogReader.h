#pragma once

#include "registry/Catalog.h"

#include <QByteArrayView>
#include <optional>

namespace ms {

/// Reads a catalog's text straight into a Catalog in one pass, without building a JSON tree
/// first: what Catalog::parse() tries before anything else.
///
/// It accepts only a catalog that Catalog's JSON-tree reader (Catalog::fromJson) accepts
/// without a single error, and gives exactly the Catalog that reader gives. Anything else
/// makes it give up and return nothing, and Catalog::parse() then reads the text the long way,
/// which names the problem. Giving up is always safe, so it gives up on anything unusual:
/// a JSON syntax error, a wrong type, a value out of range, a key given twice, a key spelled
/// with escapes, a lone surrogate, a known number written with a sign, a fraction or an
/// exponent, a value nested deeper than 64.
///
/// Strings that repeat across a catalog (dependency names, tags, ranges) are read once and
/// shared.
class CatalogReader
{
public:
    /// What to do with a field the catalog format does not have: a newer publisher's tool may
    /// add some. The JSON-tree reader reports each as a warning and goes on.
    enum class Unknown {
        Skip, ///< step over it, as the JSON-tree reader does (for a caller that wants no warnings)
        GiveUp, ///< give up, so that the JSON-tree reader can report it
    };

    [[nodiscard]] static std::optional<Catalog> read(QByteArrayView json, Unknown unknown = Unknown::Skip);
};

} // namespace ms
