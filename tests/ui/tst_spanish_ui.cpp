// "The Spanish UI has no English left in the main pages": the real window, in Spanish, on
// the demo sites with a registry, every page shown in turn; every text a person can read
// there (labels, buttons, tabs, headers, placeholders, combo items, list items, tooltips,
// the window's menus and the sidebar) is checked against the English messages of
// translations/mothership_es.ts. A text that is an English message whose Spanish differs
// means a string missed tr(), or was read before the translator was installed.

#include "ConsoleServices.h"
#include "MainWindow.h"
#include "TestSupport.h"
#include "Translations.h"
#include "inventory/Inventory.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QXmlStreamReader>

using namespace ms;

namespace {

/// A text as a person reads it: accelerators, a trailing ellipsis or colon and markup gone.
QString normalized(QString text)
{
    if (text.contains(u'<'))
        text = QTextDocumentFragment::fromHtml(text).toPlainText();
    text.remove(QRegularExpression(QStringLiteral("&(?=[^&\\s])")));
    text = text.trimmed();
    while (text.endsWith(u'…') || text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

/// The English source texts whose Spanish is different (so seeing one means English).
QSet<QString> englishMessages(const QString& tsFile)
{
    QSet<QString> english;
    QFile file(tsFile);
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // Messages with placeholders are matched by their fixed words elsewhere; whole
            // messages are what a missing tr() shows verbatim.
            const QString plain = normalized(source);
            if (!source.contains(u'%') && plain.size() > 2 && normalized(translation) != plain)
                english.insert(plain);
        }
    }
    return english;
}

} // namespace

class TestSpanishUi : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MainWindow> m_window;
    QSet<QString> m_english;

    /// Every readable text under @p root, each with where it was found.
    QList<QPair<QString, QString>> visibleTexts(QWidget* root) const
    {
        QList<QPair<QString, QString>> texts;
        auto add = [&](QObject* where, const QString& text) {
            if (!text.trimmed().isEmpty())
                texts.append({text, QStringLiteral("%1 (%2)").arg(where->objectName(), QString::fromLatin1(where->metaObject()->className()))});
        };
        QList<QWidget*> widgets = root->findChildren<QWidget*>();
        widgets.prepend(root);
        for (QWidget* w : widgets) {
            if (!w->isVisibleTo(root) && w != root)
                continue;
            add(w, w->toolTip());
            if (auto* label = qobject_cast<QLabel*>(w))
                add(w, label->text());
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                add(w, button->text());
            else if (auto* box = qobject_cast<QGroupBox*>(w))
                add(w, box->title());
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                add(w, edit->placeholderText());
            else if (auto* tabs = qobject_cast<QTabBar*>(w)) {
                for (int i = 0; i < tabs->count(); ++i)
                    add(w, tabs->tabText(i));
            } else if (auto* combo = qobject_cast<QComboBox*>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    add(w, combo->itemText(i));
            } else if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                for (int c = 0; c < model->columnCount(); ++c)
                    add(w, model->headerData(c, Qt::Horizontal).toString());
                for (int r = 0; r < qMin(model->rowCount(), 50); ++r)
                    for (int c = 0; c < model->columnCount(); ++c) {
                        add(w, model->index(r, c).data().toString());
                        add(w, model->index(r, c).data(Qt::ToolTipRole).toString());
                    }
            }
        }
        return texts;
    }

    QStringList englishIn(QWidget* root) const
    {
        QStringList found;
        for (const auto& [text, where] : visibleTexts(root)) {
            const QString plain = normalized(text);
            if (m_english.contains(plain))
                found << QStringLiteral("\"%1\" in %2").arg(plain, where);
        }
        found.removeDuplicates();
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Translations::install(*QCoreApplication::instance(), QStringLiteral("es")));
        QCOMPARE(QCoreApplication::translate("ms::MainWindow", "&Rescan"), QStringLiteral("&Volver a analizar"));
        m_english = englishMessages(QStringLiteral(TS_DIR "/mothership_es.ts"));
        QVERIFY(m_english.size() > 500);

        const QString sites = m_tmp.filePath(QStringLiteral("sites"));
        QVERIFY(TestSupport::copyTree(TestSupport::sourcePath(QStringLiteral("resources/demo/sites")), sites));
        auto services = ConsoleServices::open(m_tmp.filePath(QStringLiteral("mothership.db")));
        QVERIFY2(services.ok(), qPrintable(services.error().toString()));
        m_services = std::move(*services);
        m_window = std::make_unique<MainWindow>(*m_services);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy scanned(m_window.get(), &MainWindow::scanFinished);
        m_window->scan({sites});
        QTRY_COMPARE_WITH_TIMEOUT(scanned.count(), 1, 30000);
        QVERIFY(scanned.first().first().toBool());
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_services.reset();
    }

    void theDetectorFindsEnglish()
    {
        // The check can fail: an untranslated label is caught.
        QLabel english(QStringLiteral("Rescan"));
        QLabel spanish(QStringLiteral("Volver a analizar"));
        QVERIFY(!englishIn(&english).isEmpty());
        QVERIFY(englishIn(&spanish).isEmpty());
    }

    void menusAndSidebar()
    {
        QStringList found;
        for (QAction* menu : m_window->menuBar()->actions()) {
            const QString plain = normalized(menu->text());
            if (m_english.contains(plain))
                found << plain;
            if (menu->menu()) {
                for (QAction* action : menu->menu()->actions()) {
                    for (const QString& text : {action->text(), action->toolTip()})
                        if (m_english.contains(normalized(text)))
                            found << normalized(text);
                }
            }
        }
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QStringLiteral("; "))));
    }

    void mainPages_data()
    {
        QTest::addColumn<QString>("page");
        for (const QString& page : m_window->pageNames())
            QTest::newRow(qPrintable(page)) << page;
    }

    void mainPages()
    {
        QFETCH(QString, page);
        QVERIFY(m_window->showPage(page));
        // Let the page load what it shows (each page reads off the GUI thread).
        QTest::qWait(1500);
        const QStringList found = englishIn(m_window.get());
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("English on the %1 page: ").arg(page) + found.join(QStringLiteral("; "))));
    }
};

QTEST_MAIN(TestSpanishUi)
#include "tst_spanish_ui.moc"
