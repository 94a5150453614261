#include "resolve/FailureExplainer.h"

namespace ms {

using Kind = Incompatibility::Kind;

namespace {

QString joinWords(const QStringList& items, const QString& conjunction)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + u' ' + conjunction + u' '
        + items.last();
}

} // namespace

FailureExplainer::FailureExplainer(const std::vector<Incompatibility>& incompatibilities,
                                   const PackageUniverse& universe)
    : m_incompatibilities(incompatibilities)
    , m_universe(universe)
{
}

QStringList FailureExplainer::explain(int failure)
{
    m_root = failure;
    m_derivations.clear();
    m_lineNumbers.clear();
    m_lines.clear();
    countDerivations(failure);
    if (isDerived(failure))
        visit(failure);
    else
        write(failure, tr("Because %1, version solving failed.").arg(describe(failure)), false);

    QStringList out;
    for (const auto& [message, number] : std::as_const(m_lines)) {
        if (message.isEmpty()) {
            if (!out.isEmpty() && !out.last().isEmpty())
                out << QString();
            continue;
        }
        out << (number > 0 ? QStringLiteral("(%1) %2").arg(number).arg(message) : message);
    }
    return out;
}

void FailureExplainer::countDerivations(int id)
{
    const auto it = m_derivations.find(id);
    if (it != m_derivations.end()) {
        ++*it;
        return;
    }
    m_derivations.insert(id, 1);
    const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
    if (inc.isDerived()) {
        countDerivations(inc.cause1);
        countDerivations(inc.cause2);
    }
}

void FailureExplainer::write(int id, const QString& message, bool numbered)
{
    if (numbered) {
        const int number = int(m_lineNumbers.size()) + 1;
        m_lineNumbers.insert(id, number);
        m_lines.append({message, number});
    } else {
        m_lines.append({message, 0});
    }
}

QString FailureExplainer::withLine(int id) const
{
    return tr("%1 (%2)").arg(describe(id)).arg(m_lineNumbers.value(id));
}

// Of two facts joined by "and", the one the administrator stated (a request, what is
// installed) reads best first: "Because you asked for x ^2 and no versions of x match ^2".
std::pair<int, int> FailureExplainer::adminFirst(int a, int b) const
{
    auto stated = [&](int id) {
        const Kind k = m_incompatibilities[std::size_t(id)].kind;
        return k == Kind::Request || k == Kind::Installed;
    };
    if (stated(b) && !stated(a))
        return {b, a};
    return {a, b};
}

bool FailureExplainer::isSingleLine(int id) const
{
    const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
    return !isDerived(inc.cause1) && !isDerived(inc.cause2);
}

bool FailureExplainer::isCollapsible(int id) const
{
    if (m_derivations.value(id) > 1)
        return false;
    const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
    const bool d1 = isDerived(inc.cause1);
    const bool d2 = isDerived(inc.cause2);
    if (d1 == d2)
        return false; // two derived causes are too much to fold; two external ones read better apart
    return !m_lineNumbers.contains(d1 ? inc.cause1 : inc.cause2);
}

// Dart pub's FailureWriter._visit, clause for clause.
void FailureExplainer::visit(int id, bool conclusion)
{
    const bool numbered = conclusion || m_derivations.value(id) > 1;
    const QString conjunction = (conclusion || id == m_root) ? tr("So,") : tr("And");
    const QString text = describe(id);
    const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
    const int conflict = inc.cause1;
    const int other = inc.cause2;

    if (isDerived(conflict) && isDerived(other)) {
        const bool conflictLine = m_lineNumbers.contains(conflict);
        const bool otherLine = m_lineNumbers.contains(other);
        if (conflictLine && otherLine) {
            write(id, tr("Because %1 and %2, %3.").arg(withLine(conflict), withLine(other), text), numbered);
        } else if (conflictLine || otherLine) {
            const int with = conflictLine ? conflict : other;
            const int without = conflictLine ? other : conflict;
            visit(without);
            write(id, tr("%1 because %2, %3.").arg(conjunction, withLine(with), text), numbered);
        } else if (isSingleLine(conflict) || isSingleLine(other)) {
            const int first = isSingleLine(other) ? conflict : other;
            const int second = isSingleLine(other) ? other : conflict;
            visit(first);
            visit(second);
            write(id, tr("Thus, %1.").arg(text), numbered);
        } else {
            visit(conflict, true);
            m_lines.append({QString(), 0});
            visit(other);
            write(id, tr("%1 because %2, %3.").arg(conjunction, withLine(conflict), text), numbered);
        }
    } else if (isDerived(conflict) || isDerived(other)) {
        const int derived = isDerived(conflict) ? conflict : other;
        const int external = isDerived(conflict) ? other : conflict;
        if (m_lineNumbers.contains(derived)) {
            write(id, tr("Because %1 and %2, %3.").arg(describe(external), withLine(derived), text),
                  numbered);
        } else if (isCollapsible(derived)) {
            const Incompatibility& d = m_incompatibilities[std::size_t(derived)];
            const int collapsedDerived = isDerived(d.cause1) ? d.cause1 : d.cause2;
            const int collapsedExternal = isDerived(d.cause1) ? d.cause2 : d.cause1;
            visit(collapsedDerived);
            const auto [first, second] = adminFirst(collapsedExternal, external);
            write(id,
                  tr("%1 because %2 and %3, %4.").arg(conjunction, describe(first), describe(second), text),
                  numbered);
        } else {
            visit(derived);
            write(id, tr("%1 because %2, %3.").arg(conjunction, describe(external), text), numbered);
        }
    } else {
        const auto [first, second] = adminFirst(conflict, other);
        write(id, tr("Because %1 and %2, %3.").arg(describe(first), describe(second), text), numbered);
    }
}

QString FailureExplainer::describe(int id) const
{
    const Incompatibility& inc = m_incompatibilities[std::size_t(id)];
    const auto& terms = inc.terms;
    auto target = [&](int index) {
        const QString& name = m_universe.name(terms[index].package);
        return inc.rangeText == u"*" || inc.rangeText.isEmpty() ? name : QString(name + u' ' + inc.rangeText);
    };

    switch (inc.kind) {
    case Kind::Root:
        return tr("the request must be resolved");
    case Kind::Request:
        if (!inc.requestText.contains(u'@'))
            return tr("you asked for %1").arg(m_universe.name(terms[1].package));
        return tr("you asked for %1").arg(target(1));
    case Kind::Installed: {
        const auto& p = m_universe.package(terms[1].package);
        return tr("%1 %2 is installed").arg(p.name, p.versions.at(p.installed).version.toString());
    }
    case Kind::Dependency:
        return tr("%1 depends on %2").arg(m_universe.termText(terms[0], true), target(1));
    case Kind::Conflict:
        return tr("%1 conflicts with %2").arg(m_universe.termText(terms[0], true), target(1));
    case Kind::Core:
        return tr("%1 requires core %2 (the platform core is %3)")
            .arg(m_universe.termText(terms[0], true), inc.rangeText, m_universe.core().toString());
    case Kind::UnknownModule:
        return tr("%1 is not in any registry").arg(m_universe.name(terms[0].package));
    case Kind::NoVersions: {
        const auto& p = m_universe.package(terms[0].package);
        const QString range
            = inc.rangeText.isEmpty() ? m_universe.setText(terms[0].package, terms[0].set) : inc.rangeText;
        const VersionSet yanked = terms[0].set & p.yanked.minus(p.selectable);
        if (yanked.isEmpty())
            return tr("no versions of %1 match %2").arg(p.name, range);
        QStringList listed;
        for (int i = yanked.first(); i >= 0; i = yanked.next(i))
            listed << p.versions.at(i).version.toString();
        return tr("no usable versions of %1 match %2 (yanked: %3; pin one exactly to use it)")
            .arg(p.name, range, listed.join(QStringLiteral(", ")));
    }
    case Kind::Derived:
        break;
    }

    if (terms.isEmpty()
        || (terms.size() == 1 && terms[0].package == PackageUniverse::Root && terms[0].positive))
        return tr("version solving failed");
    if (terms.size() == 1) {
        const Term& t = terms[0];
        if (t.positive)
            return t.set.isFull() && m_universe.package(t.package).installed < 0
                ? tr("no version of %1 can be used").arg(m_universe.name(t.package))
                : tr("%1 cannot be used").arg(m_universe.termText(t));
        return tr("%1 is required").arg(m_universe.termText(t));
    }
    if (terms.size() == 2) {
        const Term& a = terms[0];
        const Term& b = terms[1];
        if (a.positive && b.positive)
            return tr("%1 is incompatible with %2").arg(m_universe.termText(a), m_universe.termText(b));
        if (!a.positive && !b.positive)
            return tr("either %1 or %2 is required").arg(m_universe.termText(a), m_universe.termText(b));
        const Term& pos = a.positive ? a : b;
        const Term& neg = a.positive ? b : a;
        return tr("%1 requires %2").arg(m_universe.termText(pos, true), m_universe.termText(neg));
    }
    QStringList positive;
    QStringList negative;
    for (const Term& t : terms)
        (t.positive ? positive : negative) << m_universe.termText(t);
    if (!positive.isEmpty() && !negative.isEmpty()) {
        if (positive.size() == 1)
            return tr("%1 requires %2").arg(positive.first(), joinWords(negative, tr("or")));
        return tr("if %1 then %2").arg(joinWords(positive, tr("and")), joinWords(negative, tr("or")));
    }
    if (!positive.isEmpty())
        return tr("%1 cannot all be used together").arg(joinWords(positive, tr("and")));
    return tr("at least one of %1 is required").arg(joinWords(negative, tr("or")));
}

} // namespace ms
