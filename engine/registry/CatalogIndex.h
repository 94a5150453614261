#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <vector>

namespace ms {

class Catalog;

/// A search index over a catalog's modules: names, display names, tags and descriptions,
/// case-insensitive. Built once per catalog (a few milliseconds for 10,000 modules); a query
/// then costs microseconds.
///
/// A query is split into words; a module matches when every word occurs in one of its
/// fields. Matches are ranked by how well the words match, worst word first:
///   exact name > name prefix > name or display name > tag > description,
/// and modules that rank alike by name. The empty query matches every module, by name.
///
/// How: each module's fields are kept case-folded in one string, in rank order (name,
/// display name, tags, description, with a separator no query contains), so that the first
/// occurrence of a word tells its best rank in one search. Candidates come from trigram
/// posting lists for words of three characters or more (an alphabet of letters, digits and
/// "_", everything else one symbol, so the lists are a superset) and from a per-module mask
/// of the symbols it contains for shorter words. Names are sorted, so exact and prefix
/// matches of a one-word query are a binary search, and a query with a limit stops as soon
/// as the best remaining rank cannot change the answer.
class CatalogIndex
{
public:
    enum class MatchKind {
        All, ///< the empty query: every module
        ExactName, ///< a word is the module's name
        NamePrefix, ///< the name starts with the word
        Name, ///< the name or the display name contains the word
        Tag, ///< a tag contains the word
        Description, ///< the description contains the word
    };

    struct Match
    {
        qsizetype module = -1; ///< position in the indexed catalog's modules()
        MatchKind kind = MatchKind::All;
    };

    CatalogIndex() = default;
    /// Indexes @p catalog's modules. Matches refer to them by position, so keep the catalog
    /// (unchanged) beside the index.
    explicit CatalogIndex(const Catalog& catalog);

    /// The modules matching @p query, best first; at most @p limit when @p limit >= 0.
    QList<Match> search(QStringView query, qsizetype limit = -1) const;
    qsizetype size() const { return qsizetype(m_entries.size()); }

    static QString kindName(MatchKind kind);

private:
    struct Entry
    {
        QString text; ///< name \x1f display name \x1f tag \x1f … \x1f description, case-folded
        qsizetype nameEnd = 0;
        qsizetype displayEnd = 0; ///< where the display name ends
        qsizetype tagsEnd = 0; ///< where the last tag ends
        quint64 symbols = 0; ///< bit s: the text contains trigram symbol s
        QStringView name() const { return QStringView(text).first(nameEnd); }
    };

    /// The best kind @p word matches @p entry with, or All when it does not match.
    static MatchKind matchWord(const Entry& entry, QStringView word);
    /// Modules whose text may contain @p word (a superset), by position.
    std::vector<quint32> candidates(QStringView word) const;
    /// Positions [first, last) of the names that start with @p word.
    std::pair<quint32, quint32> prefixRange(QStringView word) const;

    std::vector<Entry> m_entries;
    std::vector<quint32> m_offsets; ///< posting list of trigram t: m_postings[m_offsets[t] .. m_offsets[t+1])
    std::vector<quint32> m_postings;
    bool m_namesSorted = true; ///< always, for a Catalog; checked so that the binary search stays right
};

} // namespace ms
