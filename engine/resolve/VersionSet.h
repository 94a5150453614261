#pragma once

#include <QVarLengthArray>
#include <QtGlobal>

namespace ms {

/// A set of versions of one module, as bits over that module's known versions (index 0 is
/// the oldest). Every constraint the resolver handles is such a set, so intersection, union
/// and complement are word operations, and two sets are equal exactly when they admit the
/// same known versions — whatever ranges they were written as. Up to 128 versions fit
/// without allocating.
class VersionSet
{
public:
    VersionSet() = default;
    /// The empty set over a module with @p size known versions.
    static VersionSet none(int size);
    /// Every one of @p size known versions.
    static VersionSet all(int size);
    static VersionSet single(int size, int index);

    /// How many versions the module has (not how many are in the set).
    int size() const { return m_size; }
    bool contains(int index) const { return (m_words[index >> 6] >> (index & 63)) & 1; }
    void insert(int index) { m_words[index >> 6] |= quint64(1) << (index & 63); }
    void remove(int index) { m_words[index >> 6] &= ~(quint64(1) << (index & 63)); }

    bool isEmpty() const;
    bool isFull() const { return count() == m_size; }
    int count() const;
    /// The lowest index in the set, or -1.
    int first() const;
    /// The highest index in the set (the newest version), or -1.
    int last() const;
    /// The lowest index above @p index in the set, or -1.
    int next(int index) const;

    VersionSet operator&(const VersionSet& other) const;
    VersionSet operator|(const VersionSet& other) const;
    /// Every known version not in this set.
    VersionSet operator~() const;
    /// This set without @p other's versions.
    VersionSet minus(const VersionSet& other) const;
    bool isSubsetOf(const VersionSet& other) const;
    bool intersects(const VersionSet& other) const;

    bool operator==(const VersionSet& other) const;

private:
    void clearTail();

    int m_size = 0;
    QVarLengthArray<quint64, 2> m_words;
};

size_t qHash(const VersionSet& set, size_t seed = 0);

} // namespace ms
