#include "registry/CatalogIndex.h"

#include "registry/Catalog.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

// Letters, digits and "_" get a symbol each; everything else shares symbol 0.
constexpr int Symbols = 38;
constexpr int Trigrams = Symbols * Symbols * Symbols;

constexpr int symbol(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return 1 + (c - u'a');
    if (c >= u'0' && c <= u'9')
        return 27 + (c - u'0');
    if (c == u'_')
        return 37;
    return 0;
}

template<typename Visit>
void forEachTrigram(QStringView text, Visit visit)
{
    if (text.size() < 3)
        return;
    int a = symbol(text[0].unicode());
    int b = symbol(text[1].unicode());
    for (qsizetype i = 2; i < text.size(); ++i) {
        const int c = symbol(text[i].unicode());
        visit((a * Symbols + b) * Symbols + c);
        a = b;
        b = c;
    }
}

QString fold(QStringView text)
{
    return text.toString().toCaseFolded();
}

} // namespace

CatalogIndex::CatalogIndex(const Catalog& catalog)
{
    const QList<CatalogModule>& modules = catalog.modules();
    m_entries.reserve(size_t(modules.size()));
    for (const CatalogModule& m : modules) {
        Entry e;
        e.name = fold(m.moduleName);
        e.displayName = fold(m.displayName);
        e.tags.reserve(m.tags.size());
        for (const QString& tag : m.tags)
            e.tags.append(fold(tag));
        e.description = fold(m.description);
        m_entries.push_back(std::move(e));
    }

    // Two passes of a counting sort: count each trigram once per module, then fill. Posting
    // lists come out sorted by module, ready to intersect.
    std::vector<qint32> last(Trigrams, -1);
    m_offsets.assign(Trigrams + 1, 0);
    auto eachField = [this](quint32 module, auto visit) {
        const Entry& e = m_entries[module];
        forEachTrigram(e.name, visit);
        forEachTrigram(e.displayName, visit);
        for (const QString& tag : e.tags)
            forEachTrigram(tag, visit);
        forEachTrigram(e.description, visit);
    };
    for (quint32 m = 0; m < quint32(m_entries.size()); ++m) {
        eachField(m, [&](int t) {
            if (last[size_t(t)] != qint32(m)) {
                last[size_t(t)] = qint32(m);
                ++m_offsets[size_t(t) + 1];
            }
        });
    }
    for (size_t t = 1; t < m_offsets.size(); ++t)
        m_offsets[t] += m_offsets[t - 1];
    m_postings.resize(m_offsets.back());
    std::vector<quint32> cursor(m_offsets.begin(), m_offsets.end() - 1);
    std::fill(last.begin(), last.end(), -1);
    for (quint32 m = 0; m < quint32(m_entries.size()); ++m) {
        eachField(m, [&](int t) {
            if (last[size_t(t)] != qint32(m)) {
                last[size_t(t)] = qint32(m);
                m_postings[cursor[size_t(t)]++] = m;
            }
        });
    }
}

QString CatalogIndex::kindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::All: return u"all"_s;
    case MatchKind::ExactName: return u"exact_name"_s;
    case MatchKind::NamePrefix: return u"name_prefix"_s;
    case MatchKind::Name: return u"name"_s;
    case MatchKind::Tag: return u"tag"_s;
    case MatchKind::Description: return u"description"_s;
    }
    return u"all"_s;
}

CatalogIndex::MatchKind CatalogIndex::matchWord(const Entry& entry, QStringView word)
{
    if (entry.name == word)
        return MatchKind::ExactName;
    if (QStringView(entry.name).startsWith(word))
        return MatchKind::NamePrefix;
    if (QStringView(entry.name).contains(word) || QStringView(entry.displayName).contains(word))
        return MatchKind::Name;
    for (const QString& tag : entry.tags) {
        if (QStringView(tag).contains(word))
            return MatchKind::Tag;
    }
    if (QStringView(entry.description).contains(word))
        return MatchKind::Description;
    return MatchKind::All;
}

std::vector<quint32> CatalogIndex::candidates(QStringView word) const
{
    std::vector<int> grams;
    forEachTrigram(word, [&](int t) { grams.push_back(t); });
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    auto length = [this](int t) { return m_offsets[size_t(t) + 1] - m_offsets[size_t(t)]; };
    // Shortest list first: every intersection after it can only shrink.
    std::sort(grams.begin(), grams.end(), [&](int a, int b) { return length(a) < length(b); });
    std::vector<quint32> result(m_postings.begin() + m_offsets[size_t(grams[0])],
                                m_postings.begin() + m_offsets[size_t(grams[0]) + 1]);
    std::vector<quint32> next;
    for (size_t i = 1; i < grams.size() && !result.empty(); ++i) {
        const auto begin = m_postings.begin() + m_offsets[size_t(grams[i])];
        const auto end = m_postings.begin() + m_offsets[size_t(grams[i]) + 1];
        next.clear();
        std::set_intersection(result.begin(), result.end(), begin, end, std::back_inserter(next));
        result.swap(next);
    }
    return result;
}

QList<CatalogIndex::Match> CatalogIndex::search(QStringView query, qsizetype limit) const
{
    QList<Match> matches;
    const QString folded = fold(query).simplified();
    const QList<QStringView> words = QStringView(folded).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        const qsizetype n = limit >= 0 ? qMin(limit, size()) : size();
        matches.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            matches.append({i, MatchKind::All});
        return matches;
    }

    // Candidates from the words long enough to have trigrams, intersected.
    std::vector<quint32> selected;
    bool filtered = false;
    for (QStringView word : words) {
        if (word.size() < 3)
            continue;
        std::vector<quint32> c = candidates(word);
        if (!filtered) {
            selected = std::move(c);
            filtered = true;
        } else {
            std::vector<quint32> both;
            std::set_intersection(selected.begin(), selected.end(), c.begin(), c.end(), std::back_inserter(both));
            selected.swap(both);
        }
        if (selected.empty())
            return matches;
    }

    // One bucket per kind; modules arrive in name order, so each bucket is sorted by name.
    std::array<std::vector<quint32>, 6> buckets;
    auto consider = [&](quint32 m) {
        MatchKind worst = MatchKind::ExactName;
        for (QStringView word : words) {
            const MatchKind kind = matchWord(m_entries[m], word);
            if (kind == MatchKind::All)
                return;
            worst = std::max(worst, kind);
        }
        buckets[size_t(worst)].push_back(m);
    };
    if (filtered) {
        for (quint32 m : selected)
            consider(m);
    } else {
        for (quint32 m = 0; m < quint32(m_entries.size()); ++m)
            consider(m);
    }
    for (const std::vector<quint32>& bucket : buckets) {
        for (quint32 m : bucket) {
            if (limit >= 0 && matches.size() >= limit)
                return matches;
            matches.append({qsizetype(m), MatchKind(&bucket - buckets.data())});
        }
    }
    return matches;
}

} // namespace ms
