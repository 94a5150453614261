#include "health/LatencySummary.h"

#include <QTest>

using ms::LatencySummary;

/// Nearest-rank percentiles, worked by hand.
class TestLatencySummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nearestRank_data()
    {
        QTest::addColumn<QList<qint64>>("values");
        QTest::addColumn<int>("percentile");
        QTest::addColumn<qint64>("expected");
        const QList<qint64> ten {10, 20, 30, 40, 50, 60, 70, 80, 90, 100};
        QTest::newRow("p50 of 10: rank 5") << ten << 50 << qint64(50);
        QTest::newRow("p95 of 10: rank 10") << ten << 95 << qint64(100);
        QTest::newRow("p90 of 10: rank 9") << ten << 90 << qint64(90);
        QTest::newRow("p0 is the minimum") << ten << 0 << qint64(10);
        QTest::newRow("p100 is the maximum") << ten << 100 << qint64(100);
        // Wikipedia's nearest-rank example: 15, 20, 35, 40, 50.
        const QList<qint64> five {15, 20, 35, 40, 50};
        QTest::newRow("p5 of 5: rank 1") << five << 5 << qint64(15);
        QTest::newRow("p30 of 5: rank 2") << five << 30 << qint64(20);
        QTest::newRow("p40 of 5: rank 2") << five << 40 << qint64(20);
        QTest::newRow("p50 of 5: rank 3") << five << 50 << qint64(35);
        QTest::newRow("empty") << QList<qint64> {} << 50 << qint64(-1);
    }
    void nearestRank()
    {
        QFETCH(QList<qint64>, values);
        QFETCH(int, percentile);
        QFETCH(qint64, expected);
        QCOMPARE(LatencySummary::nearestRank(values, percentile), expected);
    }

    void summarySortsFirst()
    {
        QList<qint64> values {900, 100, 500, 300, 700};
        const LatencySummary s = LatencySummary::of(values);
        QCOMPARE(s.count, 5);
        QCOMPARE(s.minUs, 100);
        QCOMPARE(s.p50Us, 500);
        QCOMPARE(s.p95Us, 900);
        QCOMPARE(s.maxUs, 900);
        QList<qint64> none;
        QCOMPARE(LatencySummary::of(none), LatencySummary {});
    }

    void weightedRankCountsEachValueWeightTimes()
    {
        // 2 × 10, 7 × 20, 1 × 90 = ten values: 10 10 20 20 20 20 20 20 20 90.
        QList<QPair<qint64, qint64>> w {{90, 1}, {10, 2}, {20, 7}};
        QCOMPARE(LatencySummary::weightedRank(w, 50), 20);
        QCOMPARE(LatencySummary::weightedRank(w, 20), 10);
        QCOMPARE(LatencySummary::weightedRank(w, 95), 90);
        QList<QPair<qint64, qint64>> zero {{5, 0}};
        QCOMPARE(LatencySummary::weightedRank(zero, 50), -1);
    }
};

QTEST_GUILESS_MAIN(TestLatencySummary)
#include "tst_latencysummary.moc"
