// `mothership --demo --screenshot FILE` as the README promises: the console starts on the
// bundled demo (copied into a fresh home), renders its window to a PNG and exits 0. The
// PNG is kept under the build directory for a person to look at.

#include "TestSupport.h"

#include <QDir>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

class TestConsoleScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoScreenshot()
    {
        QTemporaryDir home;
        const QString dir = TestSupport::buildPath("screenshots");
        QVERIFY(QDir().mkpath(dir));
        const QString png = dir + "/sites.png";
        QFile::remove(png);
        QByteArray out, err;
        const int rc = TestSupport::run(TestSupport::programPath("mothership"), {"--demo", "--screenshot", png}, &out,
                                        &err, 60000, {"HOME=" + home.path(), "QT_QPA_PLATFORM=offscreen"});
        QVERIFY2(rc == 0, err.constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // The demo was copied out of the program, not read from the source tree.
        QVERIFY(QFile::exists(home.path() + "/.local/share/mothership/demo/sites/capacita/.env"));
    }
};

QTEST_GUILESS_MAIN(TestConsoleScreenshot)
#include "tst_console_screenshot.moc"
