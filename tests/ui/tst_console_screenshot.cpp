// `mothership --demo --screenshot FILE --page NAME` as the README promises: the console starts
// on the bundled demo (copied into a fresh home), waits for the page to load, renders its
// window to a PNG and exits 0 — for every page the window reports, so a page added later is
// shot too. The PNGs are kept under <build>/screenshots for a person to look at (CMake runs
// this once offscreen and once under Xvfb when xvfb-run is there), with the dashboard also
// at 200 % scale.

#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_dir;
    QStringList m_pages;

    QStringList environment(const QStringList& extra = {}) const
    {
        const QByteArray platform = qgetenv("MOTHERSHIP_SCREENSHOT_PLATFORM");
        return QStringList{"HOME=" + m_home.path(),
                           "QT_QPA_PLATFORM=" + (platform.isEmpty() ? QString("offscreen") : QString(platform))}
               + extra;
    }

    /// Shoots @p page into @p png and checks the picture shows something.
    void shoot(const QString& page, const QString& png, const QStringList& extraEnv = {})
    {
        QFile::remove(png);
        QByteArray out, err;
        const int rc = TestSupport::run(TestSupport::programPath("mothership"),
                                        {"--demo", "--screenshot", png, "--page", page}, &out, &err, 60000,
                                        environment(extraEnv));
        QVERIFY2(rc == 0, err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY2(image.width() >= 800 && image.height() >= 500, qPrintable(png));
        // Not a blank window: a page with text, tables and charts has many colours.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3) {
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString("%1 has only %2 colours").arg(png).arg(colours.size())));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray dir = qgetenv("MOTHERSHIP_SCREENSHOT_DIR");
        m_dir = dir.isEmpty() ? TestSupport::buildPath("screenshots") : QString::fromLocal8Bit(dir);
        QVERIFY(QDir().mkpath(m_dir));
        // The window says which pages it has (an unknown page lists them).
        QByteArray out, err;
        const int rc = TestSupport::run(TestSupport::programPath("mothership"),
                                        {"--demo", "--screenshot", m_dir + "/none.png", "--page", "no-such-page"},
                                        &out, &err, 60000, environment());
        QCOMPARE(rc, 2);
        const QString message = QString::fromLocal8Bit(err);
        const int from = int(message.indexOf("(pages: "));
        QVERIFY2(from >= 0, err.constData());
        m_pages = message.mid(from + 8, message.indexOf(')', from) - from - 8).split(", ");
        QVERIFY2(m_pages.contains("dashboard") && m_pages.contains("sites"), err.constData());
    }

    void everyPage_data()
    {
        QTest::addColumn<QString>("page");
        for (const QString& page : std::as_const(m_pages))
            QTest::newRow(qPrintable(page)) << page;
    }

    void everyPage()
    {
        QFETCH(QString, page);
        shoot(page, m_dir + "/" + page + ".png");
        // The demo was copied out of the program, not read from the source tree.
        QVERIFY(QFile::exists(m_home.path() + "/.local/share/mothership/demo/sites/capacita/.env"));
    }

    void dashboardAtDoubleScale()
    {
        const QString png = m_dir + "/dashboard-200.png";
        shoot("dashboard", png, {"QT_SCALE_FACTOR=2"});
        const QImage normal(m_dir + "/dashboard.png");
        const QImage doubled(png);
        QVERIFY(doubled.width() >= 2 * normal.width() - 2);
    }
};

QTEST_GUILESS_MAIN(TestConsoleScreenshot)
#include "tst_console_screenshot.moc"
