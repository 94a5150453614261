#include "resolve/VersionSet.h"

#include <QHashFunctions>
#include <bit>

namespace ms {

VersionSet VersionSet::none(int size)
{
    VersionSet s;
    s.m_size = size;
    s.m_words.resize((size + 63) / 64);
    std::fill(s.m_words.begin(), s.m_words.end(), 0);
    return s;
}

VersionSet VersionSet::all(int size)
{
    VersionSet s = none(size);
    std::fill(s.m_words.begin(), s.m_words.end(), ~quint64(0));
    s.clearTail();
    return s;
}

VersionSet VersionSet::single(int size, int index)
{
    VersionSet s = none(size);
    s.insert(index);
    return s;
}

// Bits past size() stay zero, so that count(), == and ~ need no masking elsewhere.
void VersionSet::clearTail()
{
    if (const int used = m_size & 63; used != 0 && !m_words.isEmpty())
        m_words.back() &= (quint64(1) << used) - 1;
}

bool VersionSet::isEmpty() const
{
    return std::all_of(m_words.begin(), m_words.end(), [](quint64 w) { return w == 0; });
}

int VersionSet::count() const
{
    int n = 0;
    for (quint64 w : m_words)
        n += std::popcount(w);
    return n;
}

int VersionSet::first() const
{
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i])
            return int(i * 64 + std::countr_zero(m_words[i]));
    }
    return -1;
}

int VersionSet::last() const
{
    for (qsizetype i = m_words.size() - 1; i >= 0; --i) {
        if (m_words[i])
            return int(i * 64 + 63 - std::countl_zero(m_words[i]));
    }
    return -1;
}

int VersionSet::next(int index) const
{
    int i = index + 1;
    if (i >= m_size)
        return -1;
    qsizetype word = i >> 6;
    quint64 bits = m_words[word] & (~quint64(0) << (i & 63));
    while (true) {
        if (bits)
            return int(word * 64 + std::countr_zero(bits));
        if (++word >= m_words.size())
            return -1;
        bits = m_words[word];
    }
}

VersionSet VersionSet::operator&(const VersionSet& other) const
{
    Q_ASSERT(m_size == other.m_size);
    VersionSet s = *this;
    for (qsizetype i = 0; i < s.m_words.size(); ++i)
        s.m_words[i] &= other.m_words[i];
    return s;
}

VersionSet VersionSet::operator|(const VersionSet& other) const
{
    Q_ASSERT(m_size == other.m_size);
    VersionSet s = *this;
    for (qsizetype i = 0; i < s.m_words.size(); ++i)
        s.m_words[i] |= other.m_words[i];
    return s;
}

VersionSet VersionSet::operator~() const
{
    VersionSet s = *this;
    for (quint64& w : s.m_words)
        w = ~w;
    s.clearTail();
    return s;
}

VersionSet VersionSet::minus(const VersionSet& other) const
{
    Q_ASSERT(m_size == other.m_size);
    VersionSet s = *this;
    for (qsizetype i = 0; i < s.m_words.size(); ++i)
        s.m_words[i] &= ~other.m_words[i];
    return s;
}

bool VersionSet::isSubsetOf(const VersionSet& other) const
{
    Q_ASSERT(m_size == other.m_size);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i] & ~other.m_words[i])
            return false;
    }
    return true;
}

bool VersionSet::intersects(const VersionSet& other) const
{
    Q_ASSERT(m_size == other.m_size);
    for (qsizetype i = 0; i < m_words.size(); ++i) {
        if (m_words[i] & other.m_words[i])
            return true;
    }
    return false;
}

bool VersionSet::operator==(const VersionSet& other) const
{
    return m_size == other.m_size && std::equal(m_words.begin(), m_words.end(), other.m_words.begin());
}

size_t qHash(const VersionSet& set, size_t seed)
{
    size_t h = ::qHash(set.size(), seed);
    for (int i = set.first(); i >= 0; i = set.next(i))
        h = ::qHash(i, h);
    return h;
}

} // namespace ms
