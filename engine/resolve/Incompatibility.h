#pragma once

#include "resolve/Term.h"

#include <QString>
#include <QVarLengthArray>

namespace ms {

/// A set of terms that must not all be true at once — PubGrub's one kind of fact. External
/// ones come from the input (a dependency, a conflict, a request); derived ones are learned
/// from two others during conflict resolution, and remember them so that a failure can be
/// explained step by step.
struct Incompatibility
{
    enum class Kind {
        Root, ///< {not root}: the site's resolution must exist
        Request, ///< {root, not P R}: the administrator asked for P R
        Installed, ///< {root, not P >=v}: P v is installed; it may move up, not go away
        Dependency, ///< {P S, not Q R}: P S depends on Q R
        Conflict, ///< {P S, Q R}: P S declares a conflict with Q R
        Core, ///< {P S}: P S needs a platform core the site does not run
        NoVersions, ///< {P S}: no usable version of P is in S
        UnknownModule, ///< {P}: no registry offers P
        Derived, ///< follows from cause1 and cause2
    };

    Kind kind = Kind::Derived;
    QVarLengthArray<Term, 2> terms;
    int cause1 = -1; ///< Derived: the incompatibility being resolved
    int cause2 = -1; ///< Derived: the cause of its satisfier
    /// The range as the input wrote it: the target of a Request, Dependency or Conflict, the
    /// core range of Core, the range asked for in NoVersions / UnknownModule.
    QString rangeText;
    /// Request: the request as typed, "farm_manager@^1.8".
    QString requestText;

    bool isDerived() const { return kind == Kind::Derived; }
    /// The term about @p package, or nullptr.
    const Term* termFor(int package) const;
};

} // namespace ms
