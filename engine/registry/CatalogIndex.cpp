#include "registry/CatalogIndex.h"

#include "core/Parallel.h"
#include "registry/Catalog.h"

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace ms {

namespace {

// Letters, digits and "_" get a symbol each; everything else shares symbol 0.
constexpr int Symbols = 38;
constexpr int Trigrams = Symbols * Symbols * Symbols;
// The index is built in parts of at least this many modules, one per core.
constexpr qsizetype ModulesPerPart = 1000;
// Between the fields of an entry's text; removed from queries, so no word spans two fields.
constexpr char16_t Separator = u'\x1f';

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

template<typename Visit> void forEachTrigram(QStringView text, Visit visit)
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

// Calls @p visit with each field of @p text (fields split at the separator).
template<typename Visit> void forEachField(QStringView text, Visit visit)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype end = text.indexOf(QChar(Separator), start);
        visit(text.sliced(start, (end < 0 ? text.size() : end) - start));
        if (end < 0)
            return;
        start = end + 1;
    }
}

quint64 symbolMask(QStringView text)
{
    quint64 mask = 0;
    for (QChar c : text) {
        if (c.unicode() != Separator)
            mask |= quint64(1) << symbol(c.unicode());
    }
    return mask;
}

QString fold(QStringView text)
{
    return text.toString().toCaseFolded();
}

} // namespace

CatalogIndex::CatalogIndex(const Catalog& catalog)
{
    const QList<CatalogModule>& modules = catalog.modules();
    const qsizetype count = modules.size();
    const QChar separator(Separator);
    m_entries.resize(size_t(count));

    // A parallel counting sort: each part of the catalog (one per core) folds its modules' text
    // and counts each trigram once per module; the counts give every part its own stretch of
    // each posting list, which it then fills. Posting lists come out sorted by module, ready
    // to intersect, exactly as one pass would write them.
    const int parts = partsFor(count, ModulesPerPart);
    std::vector<std::vector<quint32>> counts(static_cast<size_t>(parts));
    auto eachTrigram = [this](quint32 module, auto visit) {
        forEachField(m_entries[module].text, [&](QStringView field) { forEachTrigram(field, visit); });
    };
    runParts(parts, [&](int p) {
        const auto [from, to] = partRange(count, p, parts);
        std::vector<quint32>& counted = counts[size_t(p)];
        counted.assign(Trigrams, 0);
        std::vector<qint32> last(Trigrams, -1);
        for (qsizetype i = from; i < to; ++i) {
            const CatalogModule& m = modules.at(i);
            Entry& e = m_entries[size_t(i)];
            e.text = fold(m.moduleName);
            e.nameEnd = e.text.size();
            e.text += separator + fold(m.displayName);
            e.displayEnd = e.text.size();
            e.text += separator;
            for (qsizetype t = 0; t < m.tags.size(); ++t) {
                if (t > 0)
                    e.text += separator;
                e.text += fold(m.tags.at(t));
            }
            e.tagsEnd = e.text.size();
            e.text += separator + fold(m.description);
            e.symbols = symbolMask(e.text);
            eachTrigram(quint32(i), [&](int t) {
                if (last[size_t(t)] != qint32(i)) {
                    last[size_t(t)] = qint32(i);
                    ++counted[size_t(t)];
                }
            });
        }
    });
    m_namesSorted = std::is_sorted(m_entries.begin(), m_entries.end(),
                                   [](const Entry& a, const Entry& b) { return a.name() < b.name(); });

    // Where each part starts writing in each posting list: after the lists before it, and
    // after the earlier parts' modules in its own list.
    m_offsets.assign(Trigrams + 1, 0);
    std::vector<std::vector<quint32>> cursors(static_cast<size_t>(parts), std::vector<quint32>(Trigrams));
    quint32 at = 0;
    for (size_t t = 0; t < size_t(Trigrams); ++t) {
        m_offsets[t] = at;
        for (size_t p = 0; p < size_t(parts); ++p) {
            cursors[p][t] = at;
            at += counts[p][t];
        }
    }
    m_offsets[Trigrams] = at;
    m_postings.resize(at);
    runParts(parts, [&](int p) {
        const auto [from, to] = partRange(count, p, parts);
        std::vector<quint32>& cursor = cursors[size_t(p)];
        std::vector<qint32> last(Trigrams, -1);
        for (qsizetype i = from; i < to; ++i) {
            eachTrigram(quint32(i), [&](int t) {
                if (last[size_t(t)] != qint32(i)) {
                    last[size_t(t)] = qint32(i);
                    m_postings[cursor[size_t(t)]++] = quint32(i);
                }
            });
        }
    });
}

QString CatalogIndex::kindName(MatchKind kind)
{
    switch (kind) {
    case MatchKind::All:
        return u"all"_s;
    case MatchKind::ExactName:
        return u"exact_name"_s;
    case MatchKind::NamePrefix:
        return u"name_prefix"_s;
    case MatchKind::Name:
        return u"name"_s;
    case MatchKind::Tag:
        return u"tag"_s;
    case MatchKind::Description:
        return u"description"_s;
    }
    return u"all"_s;
}

CatalogIndex::MatchKind CatalogIndex::matchWord(const Entry& entry, QStringView word)
{
    // The fields are in rank order, so the first occurrence is the best one.
    const qsizetype at = QStringView(entry.text).indexOf(word);
    if (at < 0)
        return MatchKind::All;
    if (at < entry.nameEnd) {
        if (at > 0)
            return MatchKind::Name;
        return word.size() == entry.nameEnd ? MatchKind::ExactName : MatchKind::NamePrefix;
    }
    if (at < entry.displayEnd)
        return MatchKind::Name;
    if (at < entry.tagsEnd)
        return MatchKind::Tag;
    return MatchKind::Description;
}

std::vector<quint32> CatalogIndex::candidates(QStringView word) const
{
    std::vector<int> grams;
    forEachTrigram(word, [&](int t) { grams.push_back(t); });
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    auto length = [this](int t) {
        return m_offsets[size_t(t) + 1] - m_offsets[size_t(t)];
    };
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

std::pair<quint32, quint32> CatalogIndex::prefixRange(QStringView word) const
{
    if (!m_namesSorted)
        return {0, 0};
    const auto first = std::lower_bound(m_entries.begin(), m_entries.end(), word,
                                        [](const Entry& e, QStringView w) { return e.name() < w; });
    const auto last = std::partition_point(first, m_entries.end(),
                                           [&](const Entry& e) { return e.name().startsWith(word); });
    return {quint32(first - m_entries.begin()), quint32(last - m_entries.begin())};
}

QList<CatalogIndex::Match> CatalogIndex::search(QStringView query, qsizetype limit) const
{
    QList<Match> matches;
    const qsizetype need = limit >= 0 ? limit : std::numeric_limits<qsizetype>::max();
    QString cleaned = fold(query);
    for (QChar& c : cleaned) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u' ';
    }
    cleaned = cleaned.simplified();
    const QList<QStringView> words = QStringView(cleaned).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty()) {
        const qsizetype n = qMin(need, size());
        matches.reserve(n);
        for (qsizetype i = 0; i < n; ++i)
            matches.append({i, MatchKind::All});
        return matches;
    }
    if (need == 0)
        return matches;

    // Candidates: modules that hold every symbol of every word, and every trigram of the
    // words long enough to have some.
    quint64 required = 0;
    for (QStringView word : words)
        required |= symbolMask(word);
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
            std::set_intersection(selected.begin(), selected.end(), c.begin(), c.end(),
                                  std::back_inserter(both));
            selected.swap(both);
        }
        if (selected.empty())
            return matches;
    }
    const quint32 count = filtered ? quint32(selected.size()) : quint32(m_entries.size());
    auto candidate = [&](quint32 i) {
        return filtered ? selected[i] : i;
    };

    // One bucket per kind; modules arrive in name order, so each bucket is sorted by name.
    std::array<std::vector<quint32>, 6> buckets;
    quint32 skipFirst = 0;
    quint32 skipLast = 0;
    if (words.size() == 1) {
        // Exact and prefix matches are a range of the sorted names: the exact name, the
        // shortest, comes first.
        const QStringView word = words.first();
        std::tie(skipFirst, skipLast) = prefixRange(word);
        for (quint32 m = skipFirst; m < skipLast; ++m) {
            const MatchKind kind
                = m_entries[m].nameEnd == word.size() ? MatchKind::ExactName : MatchKind::NamePrefix;
            buckets[size_t(kind)].push_back(m);
        }
    }
    const qsizetype ranged = qsizetype(skipLast - skipFirst);
    for (quint32 i = 0; i < count && ranged < need; ++i) {
        const quint32 m = candidate(i);
        if (m >= skipFirst && m < skipLast)
            continue;
        const Entry& e = m_entries[m];
        if ((e.symbols & required) != required)
            continue;
        MatchKind worst = MatchKind::ExactName;
        for (QStringView word : words) {
            const MatchKind kind = matchWord(e, word);
            if (kind == MatchKind::All) {
                worst = MatchKind::All;
                break;
            }
            worst = std::max(worst, kind);
        }
        if (worst == MatchKind::All)
            continue;
        buckets[size_t(worst)].push_back(m);
        // Nothing later can rank above what fills the answer already.
        if (words.size() == 1 && ranged + qsizetype(buckets[size_t(MatchKind::Name)].size()) >= need)
            break;
    }
    for (size_t kind = 0; kind < buckets.size(); ++kind) {
        for (quint32 m : buckets[kind]) {
            if (matches.size() >= need)
                return matches;
            matches.append({qsizetype(m), MatchKind(kind)});
        }
    }
    return matches;
}

} // namespace ms
