// mothership: the console.

#include "ConsoleServices.h"
#include "DemoWorkspace.h"
#include "MainWindow.h"
#include "Translations.h"
#include "core/AppIdentity.h"
#include "inventory/Inventory.h"
#include "sites/SitesPage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

#include <optional>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    ms::AppIdentity::apply();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Mothership"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "The console for running a multi-site platform's modules."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(u"demo"_s, QApplication::translate("main", "Open the bundled demo workspace."));
    const QCommandLineOption db(u"db"_s, QApplication::translate("main", "The database (a path or a postgresql:// URL)."),
                                u"PATH|URL"_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        QApplication::translate("main", "Render the window to a PNG file and exit."),
                                        u"FILE"_s);
    const QCommandLineOption snapshot(u"snapshot"_s,
                                      QApplication::translate("main", "Open an inventory snapshot, read-only."),
                                      u"FILE"_s);
    const QCommandLineOption page(u"page"_s,
                                  QApplication::translate("main", "The page to show: sites, activity."),
                                  u"NAME"_s);
    const QCommandLineOption lang(u"lang"_s, QApplication::translate("main", "The language (en, es)."), u"LANG"_s);
    parser.addOptions({demo, db, snapshot, screenshot, page, lang});
    parser.process(app);

    ms::Translations::install(app, parser.value(lang));

    QString location = parser.value(db);
    QStringList scanFirst;
    std::optional<ms::DemoWorkspace::Paths> demoPaths;
    if (parser.isSet(demo)) {
        auto prepared = ms::DemoWorkspace::prepare();
        if (!prepared) {
            std::fprintf(stderr, "mothership: %s\n", qPrintable(prepared.error().toString()));
            return 1;
        }
        demoPaths = *prepared;
        if (location.isEmpty())
            location = ms::DemoWorkspace::databasePath();
        scanFirst << demoPaths->sites;
    }

    auto services = parser.isSet(snapshot) ? ms::ConsoleServices::openSnapshot(parser.value(snapshot))
                                           : ms::ConsoleServices::open(location);
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

    if (demoPaths) {
        if (ms::Status configured = ms::DemoWorkspace::configure((*services)->database(), *demoPaths,
                                                                  &(*services)->audit());
            !configured)
            std::fprintf(stderr, "mothership: %s\n", qPrintable(configured.error().toString()));
    }

    ms::MainWindow window(**services);
    if (parser.isSet(page) && !window.showPage(parser.value(page))) {
        std::fprintf(stderr, "mothership: no page '%s' (pages: %s)\n", qPrintable(parser.value(page)),
                     qPrintable(window.pageNames().join(u", "_s)));
        return 2;
    }
    window.show();

    bool scanning = false;
    (*services)->startBackgroundWork();
    if (parser.isSet(snapshot)) {
        // A snapshot is looked at, never scanned or watched.
    } else if (!scanFirst.isEmpty()) {
        // The demo is scanned once; later starts keep what the administrator did with it.
        auto dirs = (*services)->inventory().appsDirs();
        if (dirs && !dirs->contains(scanFirst.first())) {
            scanning = true;
            window.scan(scanFirst);
        } else {
            (*services)->inventory().setWatching(true);
        }
    } else {
        (*services)->inventory().setWatching(true);
    }
    QObject::connect(&window, &ms::MainWindow::scanFinished, &window, [&](bool) {
        if ((*services)->isReadOnly())
            return;
        scanning = false;
        (*services)->inventory().setWatching(true);
    });

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        int status = 1;
        // Shoot on the first load that shows the finished scan; give up after 30 s.
        QObject::connect(window.sitesPage(), &ms::SitesPage::loaded, &window, [&] {
            if (scanning)
                return;
            QTimer::singleShot(300, &window, [&] {
                if (window.grab().save(file)) {
                    status = 0;
                } else {
                    std::fprintf(stderr, "mothership: cannot write %s\n", qPrintable(file));
                }
                app.quit();
            });
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
