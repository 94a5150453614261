// mothership: the console.

#include "ConsoleServices.h"
#include "MainWindow.h"
#include "Translations.h"
#include "common/DemoSession.h"
#include "core/AppIdentity.h"
#include "sites/SitesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    ms::AppIdentity::apply();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Mothership"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "The console for running a multi-site platform's modules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s,
                                  QApplication::translate("main", "Open the bundled demo workspace."));
    const QCommandLineOption db(
        u"db"_s, QApplication::translate("main", "The database (a path or a postgresql:// URL)."),
        u"PATH|URL"_s);
    const QCommandLineOption screenshot(
        u"screenshot"_s, QApplication::translate("main", "Render the window to a PNG file and exit."),
        u"FILE"_s);
    const QCommandLineOption snapshot(
        u"snapshot"_s, QApplication::translate("main", "Open an inventory snapshot, read-only."), u"FILE"_s);
    const QCommandLineOption page(
        u"page"_s,
        QApplication::translate("main", "The page to show first (dashboard, sites, health, activity, …)."),
        u"NAME"_s);
    const QCommandLineOption lang(u"lang"_s, QApplication::translate("main", "The language (en, es)."),
                                  u"LANG"_s);
    parser.addOptions({demo, db, snapshot, screenshot, page, lang});
    parser.process(app);

    ms::Translations::install(app, parser.value(lang));

    QString location = parser.value(db);
    QStringList scanFirst;
    ms::Result<std::unique_ptr<ms::ConsoleServices>> services = ms::Error();
    QString demoWarning;
    if (parser.isSet(snapshot)) {
        services = ms::ConsoleServices::openSnapshot(parser.value(snapshot));
    } else if (parser.isSet(demo)) {
        auto session = ms::DemoSession::open(location, &demoWarning);
        if (session) {
            scanFirst = session->appsDirs;
            services = std::move(session->services);
        } else {
            services = session.error();
        }
    } else {
        services = ms::ConsoleServices::open(location);
    }
    if (!demoWarning.isEmpty())
        std::fprintf(stderr, "mothership: %s\n", qPrintable(demoWarning));
    if (!services) {
        if (parser.isSet(screenshot)) {
            std::fprintf(stderr, "mothership: %s\n", qPrintable(services.error().toString()));
        } else {
            QMessageBox::critical(nullptr, QApplication::translate("main", "Mothership"),
                                  QApplication::translate("main", "The database cannot be opened:\n%1")
                                      .arg(services.error().toString()));
        }
        return 1;
    }

    ms::MainWindow window(**services);
    const QString pageName = parser.value(page);
    if (parser.isSet(page) && !window.pageNames().contains(pageName)) {
        std::fprintf(stderr, "mothership: no page '%s' (pages: %s)\n", qPrintable(pageName),
                     qPrintable(window.pageNames().join(u", "_s)));
        return 2;
    }
    if (parser.isSet(page) && !parser.isSet(screenshot))
        window.showPage(pageName);
    window.show();
    window.startBackgroundWork(scanFirst);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        const QString shown = parser.isSet(page) ? pageName : window.currentPage();
        int status = 1;
        bool shooting = false;
        auto shoot = [&] {
            if (shooting)
                return;
            shooting = true;
            QTimer::singleShot(300, &window, [&] {
                if (window.grab().save(file)) {
                    status = 0;
                } else {
                    std::fprintf(stderr, "mothership: cannot write %s\n", qPrintable(file));
                }
                app.quit();
            });
        };
        // Once the inventory shows the finished scan, the page is shown and asked to read its
        // data again; the shot waits for that page's own load (pages without one are shot as
        // they are). Give up after 30 s.
        bool started = false;
        QObject::connect(&window, &ms::MainWindow::pageLoaded, &window, [&](const QString& name) {
            if (started && name == shown)
                shoot();
        });
        QObject::connect(window.sitesPage(), &ms::SitesPage::loaded, &window, [&] {
            if (window.isScanning() || started)
                return;
            started = true;
            window.showPage(shown);
            if (!window.reloadPage(shown))
                shoot();
        });
        QTimer::singleShot(30000, &app, [&] {
            std::fprintf(stderr, "mothership: the window did not finish loading in 30 s\n");
            app.quit();
        });
        app.exec();
        return status;
    }
    return app.exec();
}
