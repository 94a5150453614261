#pragma once

#include "resolve/Incompatibility.h"
#include "resolve/PackageUniverse.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <vector>

namespace ms {

/// Turns the derivation of a failed resolution into sentences, the way Dart pub's
/// FailureWriter does: each line joins two facts into a conclusion ("Because A depends on
/// B ^2 and C depends on B ^1, A is incompatible with C."), a conclusion used more than once
/// gets a number to refer back to, and the last line ends in "version solving failed".
class FailureExplainer
{
    Q_DECLARE_TR_FUNCTIONS(FailureExplainer)

public:
    FailureExplainer(const std::vector<Incompatibility>& incompatibilities, const PackageUniverse& universe);

    /// The explanation of why @p failure holds, one sentence per line; numbered lines start
    /// with "(n) ", and an empty line separates independent branches.
    QStringList explain(int failure);

    /// One incompatibility as a clause ("farm_manager >=1.8.0 depends on inventory ^2.1.0").
    QString describe(int id) const;

private:
    void countDerivations(int id);
    void visit(int id, bool conclusion = false);
    void write(int id, const QString& message, bool numbered);
    bool isCollapsible(int id) const;
    bool isSingleLine(int id) const;
    bool isDerived(int id) const { return m_incompatibilities[std::size_t(id)].isDerived(); }
    QString withLine(int id) const;
    std::pair<int, int> adminFirst(int a, int b) const;

    const std::vector<Incompatibility>& m_incompatibilities;
    const PackageUniverse& m_universe;
    int m_root = -1;
    QHash<int, int> m_derivations; ///< how often each incompatibility is used
    QHash<int, int> m_lineNumbers;
    QList<std::pair<QString, int>> m_lines; ///< message, line number (0: none)
};

} // namespace ms
