// Console figures with a large inventory: 1,000 sites (an apps directory generated in a
// temporary folder and scanned into a fresh database) and a generated 10,000-module catalog.
//
//  - start-up: from main() to the first paint event of the window, for the real MainWindow
//    over that database and for an empty QWidget, each in a fresh child process started the
//    same way (the child times itself with an event filter on the application);
//  - resident memory (VmRSS) of each child: the empty window, and MainWindow once the
//    inventory is shown and the catalog loaded into the Modules page;
//  - filtering per keystroke: the Sites page's search field and the Modules page's
//    "catalogSearch" get the prefixes of a query, 1..N characters, and each setText() —
//    which filters the proxies synchronously — is timed.
//
//     bench_console [runs]        (QT_QPA_PLATFORM=offscreen is set for the children)
//
// runs defaults to 5; start-up and memory are the median of the runs, the keystroke
// figures the median and the worst over every keystroke of every run.

#include "ConsoleServices.h"
#include "MainWindow.h"
#include "inventory/Inventory.h"
#include "inventory/ScanJob.h"
#include "models/CatalogModel.h"
#include "modules/ModulesPage.h"
#include "registry/Catalog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace ms;
using namespace Qt::StringLiterals;

namespace {

constexpr int Sites = 1000;
constexpr int Modules = 10'000;
const QString SiteQuery = u"site-0427.example"_s;
const QString CatalogQuery = u"harvest ledger"_s;

QElapsedTimer& sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}

const QStringList Words {u"farm"_s,    u"block"_s,   u"crop"_s,   u"soil"_s,    u"rain"_s,    u"stock"_s,
                         u"yield"_s,   u"field"_s,   u"barn"_s,   u"seed"_s,    u"harvest"_s, u"orchard"_s,
                         u"dairy"_s,   u"invoice"_s, u"ledger"_s, u"payroll"_s, u"report"_s,  u"sensor"_s,
                         u"weather"_s, u"tractor"_s, u"fleet"_s,  u"route"_s,   u"order"_s,   u"customer"_s};

QByteArray generateCatalog()
{
    quint64 state = 20260301;
    auto next = [&state](int n) {
        quint64 z = (state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return int((z ^ (z >> 31)) % quint64(n));
    };
    QJsonArray modules;
    for (int i = 0; i < Modules; ++i) {
        const QString name = Words[i % Words.size()] + u'_' + Words[(i / Words.size()) % Words.size()] + u'_'
            + QString::number(i);
        QJsonArray versions;
        for (int k = 1 + next(3); k > 0; --k) {
            const QString v = u"%1.%2.0"_s.arg(k).arg(next(10));
            versions.append(
                QJsonObject {{u"version"_s, v},
                             {u"path"_s, QString(name + u'/' + v + u'/' + name + u'-' + v + u".tar.gz"_s)},
                             {u"sha256"_s, QString(64, u'a')},
                             {u"size"_s, 10000 + next(900000)},
                             {u"dependencies"_s, QJsonObject {{u"core"_s, u">=1.0.0"_s}}}});
        }
        QStringList description;
        for (int w = 0; w < 8 + next(8); ++w)
            description << Words[next(int(Words.size()))];
        modules.append(
            QJsonObject {{u"module_name"_s, name},
                         {u"display_name"_s,
                          QString(Words[next(int(Words.size()))] + u' ' + Words[next(int(Words.size()))])},
                         {u"description"_s, description.join(u' ')},
                         {u"kind"_s, next(4) == 0 ? u"shared"_s : u"business"_s},
                         {u"tags"_s, QJsonArray {Words[next(int(Words.size()))]}},
                         {u"versions"_s, versions}});
    }
    return QJsonDocument(QJsonObject {{u"schema"_s, 1},
                                      {u"registry"_s, u"bench"_s},
                                      {u"serial"_s, 1},
                                      {u"expires"_s, u"2030-01-01T00:00:00Z"_s},
                                      {u"modules"_s, modules}})
        .toJson(QJsonDocument::Compact);
}

bool generateSites(const QString& dir)
{
    for (int i = 0; i < Sites; ++i) {
        const QString name = u"site-%1"_s.arg(i, 4, 10, QChar(u'0'));
        if (!QDir().mkpath(dir + u'/' + name))
            return false;
        QFile env(dir + u'/' + name + u"/.env"_s);
        if (!env.open(QIODevice::WriteOnly))
            return false;
        env.write(u"PORT=%1\nDOMAIN=%2.example.com\nSITE_TITLE=Site %3\nENABLE_REPORTS=true\n"_s.arg(3000 + i)
                      .arg(name)
                      .arg(i)
                      .toUtf8());
    }
    return true;
}

qint64 residentKb()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/// Ends the wait at the first paint event of a widget in @p window.
class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget* window)
        : m_window(window)
    {
    }
    qint64 at = -1;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (at < 0 && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget*>(watched)->window() == m_window)
            at = sinceMain().nsecsElapsed();
        return false;
    }

private:
    QWidget* m_window;
};

/// Times setText() of every prefix of @p query on @p field; milliseconds each.
QList<double> typePrefixes(QLineEdit* field, const QString& query)
{
    QList<double> times;
    for (int n = 1; n <= query.size(); ++n) {
        QElapsedTimer t;
        t.start();
        field->setText(query.left(n));
        times << t.nsecsElapsed() / 1e6;
    }
    field->clear();
    return times;
}

void print(const char* key, double value)
{
    std::printf("%s %.3f\n", key, value);
}

int child(const QStringList& args)
{
    const bool empty = args.contains(u"empty"_s);
    int argc = 1;
    char name[] = "bench_console";
    char* argv[] = {name, nullptr};
    QApplication app(argc, argv);
    if (empty) {
        QWidget window;
        window.resize(1280, 760);
        FirstPaint paint(&window);
        app.installEventFilter(&paint);
        window.show();
        while (paint.at < 0)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        print("startup_ms", paint.at / 1e6);
        print("rss_mb", residentKb() / 1024.0);
        return 0;
    }
    const QString db = args.value(args.indexOf(u"--db"_s) + 1);
    const QString catalogFile = args.value(args.indexOf(u"--catalog"_s) + 1);
    print("app_ms", sinceMain().nsecsElapsed() / 1e6);
    auto services = ConsoleServices::open(db);
    if (!services) {
        std::fprintf(stderr, "%s\n", qPrintable(services.error().toString()));
        return 1;
    }
    print("services_ms", sinceMain().nsecsElapsed() / 1e6);
    MainWindow window(**services);
    print("window_ms", sinceMain().nsecsElapsed() / 1e6);
    FirstPaint paint(&window);
    app.installEventFilter(&paint);
    bool ready = false;
    QObject::connect(&window, &MainWindow::ready, &window, [&ready] { ready = true; });
    window.show();
    while (paint.at < 0)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    print("startup_ms", paint.at / 1e6);
    while (!ready)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    print("inventory_ms", sinceMain().nsecsElapsed() / 1e6);

    // The catalog as a refresh would hand it over, straight into the Modules page's model.
    QElapsedTimer t;
    t.start();
    QFile file(catalogFile);
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    auto catalog = Catalog::parse(file.readAll());
    if (!catalog) {
        std::fprintf(stderr, "%s\n", qPrintable(catalog.error().toString()));
        return 1;
    }
    ModulesPage* page = window.modulesPage();
    page->model()->setCatalog(std::make_shared<const Catalog>(std::move(*catalog)));
    print("catalog_load_ms", t.nsecsElapsed() / 1e6);
    window.showPage(u"modules"_s);
    QCoreApplication::processEvents();
    print("rss_mb", residentKb() / 1024.0);

    window.showPage(u"sites"_s);
    QCoreApplication::processEvents();
    if (auto* search = window.findChild<QLineEdit*>(u"siteSearch"_s)) {
        for (double ms : typePrefixes(search, SiteQuery))
            print("site_key_ms", ms);
    }
    window.showPage(u"modules"_s);
    QCoreApplication::processEvents();
    if (auto* search = window.findChild<QLineEdit*>(u"catalogSearch"_s)) {
        for (double ms : typePrefixes(search, CatalogQuery))
            print("catalog_key_ms", ms);
    }
    return 0;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return -1;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    sinceMain().start();
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.value(0) == u"--child"_s)
        return child(args);

    QCoreApplication app(argc, argv);
    const int runs = args.isEmpty() ? 5 : qMax(1, args.first().toInt());
    QTemporaryDir tmp;
    QTextStream out(stdout);
    out << "Generating " << Sites << " sites and a " << Modules << "-module catalog in " << tmp.path()
        << Qt::endl;
    if (!generateSites(tmp.filePath(u"apps"_s)))
        return 1;
    QFile catalog(tmp.filePath(u"catalog.json"_s));
    if (!catalog.open(QIODevice::WriteOnly) || catalog.write(generateCatalog()) < 0)
        return 1;
    catalog.close();
    const QString db = tmp.filePath(u"mothership.db"_s);
    {
        auto services = ConsoleServices::open(db);
        if (!services)
            return 1;
        std::unique_ptr<ScanJob> scan((*services)->inventory().scanJob({tmp.filePath(u"apps"_s)}));
        scan->exec();
        if (!scan->succeeded()) {
            out << scan->error().toString() << Qt::endl;
            return 1;
        }
        out << "Scanned " << scan->outcome().summary.added << " sites" << Qt::endl;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(u"QT_QPA_PLATFORM"_s))
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, tmp.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, tmp.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, tmp.filePath(u"cache"_s));
    auto runChild = [&](const QStringList& childArgs) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QCoreApplication::applicationFilePath(), QStringList {u"--child"_s} + childArgs);
        p.waitForFinished(300000);
        if (p.exitCode() != 0)
            out << "child failed: " << p.readAllStandardError() << Qt::endl;
        QMap<QString, QList<double>> values;
        for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() == 2)
                values[QString::fromLatin1(parts[0])] << parts[1].toDouble();
        }
        return values;
    };
    QMap<QString, QList<double>> empty, full;
    for (int r = 0; r < runs; ++r) {
        for (auto [key, list] : runChild({u"empty"_s}).asKeyValueRange())
            empty[key] << list;
        for (auto [key, list] :
             runChild({u"window"_s, u"--db"_s, db, u"--catalog"_s, catalog.fileName()}).asKeyValueRange())
            full[key] << list;
    }
    auto worst = [](const QList<double>& v) {
        return v.isEmpty() ? -1 : *std::max_element(v.cbegin(), v.cend());
    };
    out << Qt::endl << "runs: " << runs << ", platform: " << env.value(u"QT_QPA_PLATFORM"_s) << Qt::endl;
    out << QString(u"%1 %2 %3"_s).arg(u"figure"_s, -44).arg(u"median"_s, 10).arg(u"worst"_s, 10) << Qt::endl;
    auto row = [&](const QString& label, const QList<double>& v, const QString& unit) {
        out << QString(u"%1 %2 %3 %4"_s)
                   .arg(label, -44)
                   .arg(median(v), 10, 'f', 2)
                   .arg(worst(v), 10, 'f', 2)
                   .arg(unit)
            << Qt::endl;
    };
    row(u"first paint, empty QWidget"_s, empty.value(u"startup_ms"_s), u"ms"_s);
    row(u"first paint, MainWindow (1,000 sites)"_s, full.value(u"startup_ms"_s), u"ms"_s);
    row(u"  of which: QApplication up"_s, full.value(u"app_ms"_s), u"ms"_s);
    row(u"  of which: database and services open"_s, full.value(u"services_ms"_s), u"ms"_s);
    row(u"  of which: MainWindow built (shown page + Sites)"_s, full.value(u"window_ms"_s), u"ms"_s);
    row(u"inventory shown (MainWindow::ready)"_s, full.value(u"inventory_ms"_s), u"ms"_s);
    row(u"catalog parsed + loaded into Modules page"_s, full.value(u"catalog_load_ms"_s), u"ms"_s);
    row(u"VmRSS, empty QWidget"_s, empty.value(u"rss_mb"_s), u"MiB"_s);
    row(u"VmRSS, MainWindow + 1,000 sites + 10k modules"_s, full.value(u"rss_mb"_s), u"MiB"_s);
    row(u"site filter per keystroke (%1 chars)"_s.arg(SiteQuery.size()), full.value(u"site_key_ms"_s),
        u"ms"_s);
    row(u"catalog filter per keystroke (%1 chars)"_s.arg(CatalogQuery.size()),
        full.value(u"catalog_key_ms"_s), u"ms"_s);
    return 0;
}
