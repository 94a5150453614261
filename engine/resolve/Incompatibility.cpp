#include "resolve/Incompatibility.h"

namespace ms {

const Term* Incompatibility::termFor(int package) const
{
    for (const Term& t : terms) {
        if (t.package == package)
            return &t;
    }
    return nullptr;
}

} // namespace ms
