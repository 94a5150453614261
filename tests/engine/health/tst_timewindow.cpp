#include "health/TimeWindow.h"

#include <QTest>

using ms::TimeWindow;

class TestTimeWindow : public QObject
{
    Q_OBJECT

    const QDateTime now {QDate(2026, 1, 10), QTime(12, 0), Qt::UTC};

private Q_SLOTS:
    void durations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("90s") << "90s" << qint64(90000);
        QTest::newRow("15m") << "15m" << qint64(900000);
        QTest::newRow("1h") << "1h" << qint64(3600000);
        QTest::newRow("24h") << "24h" << qint64(86400000);
        QTest::newRow("7d") << "7d" << qint64(604800000);
        QTest::newRow("2w") << "2w" << qint64(1209600000);
        QTest::newRow("zero") << "0h" << qint64(-1);
        QTest::newRow("negative") << "-1h" << qint64(-1);
        QTest::newRow("no unit") << "24" << qint64(-1);
        QTest::newRow("unknown unit") << "3y" << qint64(-1);
        QTest::newRow("not a number") << "xh" << qint64(-1);
    }
    void durations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, ms);
        QCOMPARE(TimeWindow::parseDuration(text).value_or(-1), ms);
    }

    void since()
    {
        const auto day = TimeWindow::since(QStringLiteral("24h"), now);
        QVERIFY(day);
        QCOMPARE(day->from, now.addDays(-1));
        QCOMPARE(day->to, now);
        const auto at = TimeWindow::since(QStringLiteral("2026-01-09T06:30:00Z"), now);
        QVERIFY(at);
        QCOMPARE(at->from, QDateTime(QDate(2026, 1, 9), QTime(6, 30), Qt::UTC));
        const auto noZone = TimeWindow::since(QStringLiteral("2026-01-09T06:30:00"), now);
        QVERIFY(noZone);
        QCOMPARE(noZone->from, QDateTime(QDate(2026, 1, 9), QTime(6, 30), Qt::UTC));
        QVERIFY(!TimeWindow::since(QStringLiteral("2026-01-11T00:00:00Z"), now)); // the future
        QVERIFY(!TimeWindow::since(QStringLiteral("yesterday"), now));
    }

    void presets()
    {
        QCOMPARE(TimeWindow::lastHour(now).lengthMs(), 3600LL * 1000);
        QCOMPARE(TimeWindow::lastDay(now).lengthMs(), 24LL * 3600 * 1000);
        QCOMPARE(TimeWindow::lastWeek(now).lengthMs(), 7LL * 24 * 3600 * 1000);
        QCOMPARE(TimeWindow::last30Days(now).lengthMs(), 30LL * 24 * 3600 * 1000);
        QVERIFY(TimeWindow::lastHour(now).isValid());
        QVERIFY(!(TimeWindow {now, now}).isValid());
    }
};

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
