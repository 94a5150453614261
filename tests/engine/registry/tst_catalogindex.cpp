// CatalogIndex: what matches and in which order.
#include "registry/Catalog.h"
#include "registry/CatalogIndex.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using Kind = ms::CatalogIndex::MatchKind;

namespace {

QJsonObject module(const QString& name, const QString& display, const QString& description,
                   const QStringList& tags = {})
{
    return QJsonObject {
        {"module_name", name},
        {"display_name", display},
        {"description", description},
        {"kind", "business"},
        {"tags", QJsonArray::fromStringList(tags)},
        {"versions",
         QJsonArray {QJsonObject {{"version", "1.0.0"},
                                  {"path", QString(name + "/1.0.0/" + name + "-1.0.0.tar.gz")},
                                  {"sha256", QString(64, 'a')},
                                  {"size", 10}}}}};
}

ms::Catalog catalog(const QJsonArray& modules)
{
    const auto c = ms::Catalog::fromJson(QJsonObject {{"schema", 1},
                                                      {"registry", "test"},
                                                      {"serial", 1},
                                                      {"expires", "2030-01-01T00:00:00Z"},
                                                      {"modules", modules}});
    if (!c)
        qFatal("%s", qPrintable(c.error().toString() + "\n" + c.error().detail()));
    return *c;
}

} // namespace

class TestCatalogIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ranks_data();
    void ranks();
    void tiesGoByName();
    void everyWordMustMatch();
    void emptyQueryListsEverything();
    void limitKeepsTheBest();
    void caseAndSpacingDoNotMatter();
    void shortWordsAndNonAsciiText();
    void agreesWithPlainScanOnGeneratedCatalog();

private:
    QStringList names(const QList<ms::CatalogIndex::Match>& matches) const;

    ms::Catalog m_catalog;
    ms::CatalogIndex m_index;
};

void TestCatalogIndex::initTestCase()
{
    m_catalog = catalog(QJsonArray {
        module("farm", "Farm Core", "Basics every farm needs"),
        module("farm_manager", "Farm Manager", "Complete farm and block management system", {"agriculture"}),
        module("farmstead", "Farmstead", "Homestead records"),
        module("weather_station", "Weather Station", "Rain gauges for every farm block", {"farm", "weather"}),
        module("inventory", "Inventory", "Stock levels and warehouses", {"stock"}),
        module("harvest_planner", "Harvest Planner", "Plans the harvest of each block", {"farming"}),
        module("ledger", "Ledger", "Accounts for the farm office"),
        module("agri_reports", "Farm Reports", "Monthly reports"),
        module("cafe", "Café", "Point of sale for the farm café", {"café"}),
    });
    m_index = ms::CatalogIndex(m_catalog);
    QCOMPARE(m_index.size(), 9);
}

QStringList TestCatalogIndex::names(const QList<ms::CatalogIndex::Match>& matches) const
{
    QStringList out;
    for (const auto& m : matches)
        out << m_catalog.modules().at(m.module).moduleName;
    return out;
}

void TestCatalogIndex::ranks_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QList<int>>("kinds");
    // exact name > name prefix > name or display name > tag > description; by name within each.
    QTest::newRow("farm") << "farm" << QStringList {"farm",         "farm_manager",    "farmstead",
                                                    "agri_reports", "harvest_planner", "weather_station",
                                                    "cafe",         "ledger"}
                          << QList<int> {int(Kind::ExactName),   int(Kind::NamePrefix), int(Kind::NamePrefix),
                                         int(Kind::Name),        int(Kind::Tag),        int(Kind::Tag),
                                         int(Kind::Description), int(Kind::Description)};
    QTest::newRow("manager") << "manager" << QStringList {"farm_manager"} << QList<int> {int(Kind::Name)};
    QTest::newRow("block") << "block" << QStringList {"farm_manager", "harvest_planner", "weather_station"}
                           << QList<int> {int(Kind::Description), int(Kind::Description),
                                          int(Kind::Description)};
    QTest::newRow("stock") << "stock" << QStringList {"inventory"} << QList<int> {int(Kind::Tag)};
    QTest::newRow("weather_station") << "weather_station" << QStringList {"weather_station"}
                                     << QList<int> {int(Kind::ExactName)};
    QTest::newRow("nothing") << "zebra" << QStringList {} << QList<int> {};
}

void TestCatalogIndex::ranks()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(QList<int>, kinds);
    const auto matches = m_index.search(query);
    QCOMPARE(names(matches), expected);
    QList<int> got;
    for (const auto& m : matches)
        got << int(m.kind);
    QCOMPARE(got, kinds);
}

void TestCatalogIndex::tiesGoByName()
{
    const ms::Catalog c = catalog(QJsonArray {module("zeta", "Zeta", "shared words here"),
                                              module("alpha", "Alpha", "shared words here"),
                                              module("mid", "Mid", "shared words here")});
    const ms::CatalogIndex index(c);
    QStringList got;
    for (const auto& m : index.search(u"words"))
        got << c.modules().at(m.module).moduleName;
    QCOMPARE(got, (QStringList {"alpha", "mid", "zeta"}));
}

void TestCatalogIndex::everyWordMustMatch()
{
    // Each word may match another field; the worst word decides the rank.
    QCOMPARE(names(m_index.search(u"farm block")),
             (QStringList {"farm_manager", "harvest_planner", "weather_station"}));
    QCOMPARE(m_index.search(u"farm block").first().kind, Kind::Description);
    QCOMPARE(names(m_index.search(u"weather rain")), QStringList {"weather_station"});
    QCOMPARE(names(m_index.search(u"farm zebra")), QStringList {});
}

void TestCatalogIndex::emptyQueryListsEverything()
{
    const auto all = m_index.search(QString());
    QCOMPARE(all.size(), 9);
    QCOMPARE(names(all).first(), QString("agri_reports"));
    QCOMPARE(all.first().kind, Kind::All);
    QCOMPARE(m_index.search(u"   ").size(), 9);
    QCOMPARE(m_index.search({}, 2).size(), 2);
}

void TestCatalogIndex::limitKeepsTheBest()
{
    QCOMPARE(names(m_index.search(u"farm", 3)), (QStringList {"farm", "farm_manager", "farmstead"}));
    QCOMPARE(m_index.search(u"farm", 0).size(), 0);
}

void TestCatalogIndex::caseAndSpacingDoNotMatter()
{
    QCOMPARE(names(m_index.search(u"FARM")), names(m_index.search(u"farm")));
    QCOMPARE(names(m_index.search(u"  Farm\tBLOCK ")), names(m_index.search(u"farm block")));
    QCOMPARE(names(m_index.search(u"Harvest Planner")), QStringList {"harvest_planner"});
}

void TestCatalogIndex::shortWordsAndNonAsciiText()
{
    // Shorter than a trigram: checked against every module.
    QCOMPARE(names(m_index.search(u"le")).first(), QString("ledger"));
    QVERIFY(names(m_index.search(u"le")).contains("inventory")); // "Stock levels"
    // Characters outside the trigram alphabet still match exactly.
    QCOMPARE(names(m_index.search(u"café")), QStringList {"cafe"});
    QCOMPARE(m_index.search(u"café").first().kind, Kind::Name);
    QCOMPARE(names(m_index.search(u"CAFÉ")), QStringList {"cafe"});
    QCOMPARE(names(m_index.search(u"cafè")), QStringList {});
}

void TestCatalogIndex::agreesWithPlainScanOnGeneratedCatalog()
{
    // The trigram lists only select candidates: on a larger catalog the result must be what a
    // plain scan of the same rules finds.
    QJsonArray modules;
    const QStringList words {"farm",  "block", "crop",  "soil", "rain",
                             "stock", "yield", "field", "barn", "seed"};
    for (int i = 0; i < 400; ++i) {
        const QString name = QString(words[i % 10] + "_" + words[(i / 10) % 10] + QString::number(i));
        modules.append(module(name, QString(words[(i * 7) % 10] + " " + words[(i * 3) % 10]),
                              QString("about " + words[(i * 11) % 10] + " and " + words[(i * 13 + 1) % 10]),
                              {words[(i * 17) % 10]}));
    }
    const ms::Catalog c = catalog(modules);
    const ms::CatalogIndex index(c);
    for (const QString query :
         {"farm", "soil rain", "eld", "barn_", "d_s", "crop_barn1", "zz", "o", "f", "fi", "seed_"}) {
        QStringList expected;
        // Plain scan: the same rules, written out directly.
        QList<QPair<int, QString>> scored;
        for (const ms::CatalogModule& m : c.modules()) {
            int worst = 0;
            bool all = true;
            for (const QString& w : QString(query).split(' ', Qt::SkipEmptyParts)) {
                int k = 0;
                if (m.moduleName == w)
                    k = 1;
                else if (m.moduleName.startsWith(w))
                    k = 2;
                else if (m.moduleName.contains(w) || m.displayName.toLower().contains(w))
                    k = 3;
                else if (std::any_of(m.tags.cbegin(), m.tags.cend(),
                                     [&](const QString& t) { return t.contains(w); }))
                    k = 4;
                else if (m.description.contains(w))
                    k = 5;
                if (k == 0) {
                    all = false;
                    break;
                }
                worst = qMax(worst, k);
            }
            if (all)
                scored.append({worst, m.moduleName});
        }
        std::stable_sort(scored.begin(), scored.end(),
                         [](const auto& a, const auto& b) { return a.first < b.first; });
        for (const auto& s : scored)
            expected << s.second;
        QStringList got;
        for (const auto& m : index.search(query))
            got << c.modules().at(m.module).moduleName;
        QVERIFY2(
            got == expected,
            qPrintable(
                QString("query \"%1\": got %2, expected %3").arg(query, got.join(','), expected.join(','))));
        // A limit stops early, but never changes which come first.
        for (const int limit : {1, 5, 50}) {
            QStringList first;
            for (const auto& m : index.search(query, limit))
                first << c.modules().at(m.module).moduleName;
            QCOMPARE(first, expected.mid(0, limit));
        }
    }
}

QTEST_GUILESS_MAIN(TestCatalogIndex)
#include "tst_catalogindex.moc"
