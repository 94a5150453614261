#include "resolve/VersionSet.h"

#include <QTest>

using ms::VersionSet;

namespace {

VersionSet of(int size, std::initializer_list<int> members)
{
    VersionSet s = VersionSet::none(size);
    for (int m : members)
        s.insert(m);
    return s;
}

QList<int> members(const VersionSet& s)
{
    QList<int> out;
    for (int i = s.first(); i >= 0; i = s.next(i))
        out << i;
    return out;
}

} // namespace

class TestVersionSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizes_data();
    void sizes();
    void algebra();
    void iteration();
};

void TestVersionSet::sizes_data()
{
    QTest::addColumn<int>("size");
    // Word boundaries and the end of the inline storage (128 bits).
    for (int size : {1, 5, 63, 64, 65, 127, 128, 129, 200})
        QTest::addRow("%d", size) << size;
}

void TestVersionSet::sizes()
{
    QFETCH(int, size);
    const VersionSet all = VersionSet::all(size);
    const VersionSet none = VersionSet::none(size);
    QCOMPARE(all.count(), size);
    QVERIFY(all.isFull());
    QVERIFY(none.isEmpty());
    QCOMPARE(~all, none);
    QCOMPARE(~none, all);
    QCOMPARE(all.first(), 0);
    QCOMPARE(all.last(), size - 1);
    QCOMPARE(none.first(), -1);
    QCOMPARE(none.last(), -1);

    const VersionSet top = VersionSet::single(size, size - 1);
    QCOMPARE(top.count(), 1);
    QCOMPARE(top.last(), size - 1);
    QCOMPARE((~top).count(), size - 1);
    QVERIFY(!(~top).contains(size - 1));
    QVERIFY(top.isSubsetOf(all));
    QVERIFY(!all.isSubsetOf(top) || size == 1);
    QCOMPARE(all.minus(top), ~top);
}

void TestVersionSet::algebra()
{
    const VersionSet a = of(130, {0, 3, 64, 100, 129});
    const VersionSet b = of(130, {3, 65, 100, 128});
    QCOMPARE(members(a & b), QList<int>({3, 100}));
    QCOMPARE(members(a | b), QList<int>({0, 3, 64, 65, 100, 128, 129}));
    QCOMPARE(members(a.minus(b)), QList<int>({0, 64, 129}));
    QVERIFY(a.intersects(b));
    QVERIFY(!a.minus(b).intersects(b));
    QVERIFY((a & b).isSubsetOf(a));
    QVERIFY(!a.isSubsetOf(b));
    QCOMPARE((~a).count(), 125);
    QCOMPARE(~~a, a);
    // De Morgan over the known versions.
    QCOMPARE(~(a | b), (~a) & (~b));
    QVERIFY(a != b);
    QCOMPARE(qHash(a), qHash(of(130, {129, 100, 64, 3, 0})));
}

void TestVersionSet::iteration()
{
    const VersionSet s = of(200, {1, 63, 64, 127, 128, 199});
    QCOMPARE(members(s), QList<int>({1, 63, 64, 127, 128, 199}));
    QCOMPARE(s.next(199), -1);
    QCOMPARE(s.next(128), 199);
    VersionSet t = s;
    t.remove(64);
    QVERIFY(!t.contains(64));
    QVERIFY(s.contains(64));
    QCOMPARE(t.count(), 5);
}

QTEST_GUILESS_MAIN(TestVersionSet)
#include "tst_versionset.moc"
