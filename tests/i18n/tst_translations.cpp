// "Keep the Spanish translation complete": every message translated, with the same
// placeholders, HTML tags and accelerators as its source; no source string that lupdate
// would add; and the compiled translations found at run time, in the console's contexts and
// the CLI's.

#include "TestSupport.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the numerus forms
    bool unfinished = false;
    bool numerus = false;
};

QList<Message> readTs(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"name")
                context = xml.readElementText();
            else if (name == u"message") {
                current = Message{};
                current.context = context;
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source")
                current.source = xml.readElementText();
            else if (name == u"translation") {
                current.unfinished = xml.attributes().value(QStringLiteral("type")) == u"unfinished"
                    || xml.attributes().value(QStringLiteral("type")) == u"vanished" || xml.attributes().value(QStringLiteral("type")) == u"obsolete";
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform")
                current.translations << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

QStringList placeholders(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("%L?(\\d{1,2}|n)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found << it.next().captured(0);
    std::sort(found.begin(), found.end());
    return found;
}

QStringList tags(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("</?([a-zA-Z][a-zA-Z0-9]*)"));
    QStringList found;
    for (auto it = re.globalMatch(s); it.hasNext();)
        found << it.next().captured(0).toLower();
    std::sort(found.begin(), found.end());
    return found;
}

int accelerators(const QString& s)
{
    static const QRegularExpression re(QStringLiteral("&(?!amp;|lt;|gt;|quot;|apos;|#)[^& ]"));
    return int(s.count(re));
}

QStringList problems(const QList<Message>& messages, bool english)
{
    QStringList out;
    for (const Message& m : messages) {
        const QString where = m.context + QStringLiteral(" / \"") + m.source + u'"';
        if (m.unfinished) {
            out << QStringLiteral("unfinished: ") + where;
            continue;
        }
        if (m.numerus && m.translations.size() != 2)
            out << QStringLiteral("needs 2 plural forms: ") + where;
        for (const QString& t : m.translations) {
            if (t.isEmpty()) {
                out << QStringLiteral("empty: ") + where;
                continue;
            }
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(t);
            if (m.numerus && !english) {
                // A singular form may spell the number out ("un sitio"); %n stays in the plural.
                want.removeAll(QStringLiteral("%n"));
                got.removeAll(QStringLiteral("%n"));
            }
            if (want != got)
                out << QStringLiteral("placeholders differ (%1 vs %2): ").arg(want.join(u' '), got.join(u' ')) + where;
            if (tags(m.source) != tags(t))
                out << QStringLiteral("HTML tags differ: ") + where;
            if (accelerators(m.source) != accelerators(t))
                out << QStringLiteral("accelerators differ: ") + where;
        }
    }
    return out;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spanishIsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(TS_DIR "/mothership_es.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 500);
        const QStringList found = problems(messages, false);
        QVERIFY2(found.isEmpty(), qPrintable(QString::number(found.size()) + QStringLiteral(" problems, first:\n")
                                             + found.mid(0, 20).join(u'\n')));
    }

    void englishPluralsAreComplete()
    {
        QString error;
        const QList<Message> messages = readTs(QStringLiteral(TS_DIR "/mothership_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList found = problems(messages, true);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));
    }

    // lupdate run on today's sources into a copy finds nothing new to translate.
    void translationsAreCurrent_data()
    {
        QTest::addColumn<QString>("ts");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("es") << "mothership_es.ts" << QStringList();
        QTest::newRow("en plurals") << "mothership_en.ts" << QStringList{"-pluralonly"};
    }

    void translationsAreCurrent()
    {
        QFETCH(QString, ts);
        QFETCH(QStringList, options);
        QTemporaryDir dir;
        const QString json = dir.filePath("project.json");
        QByteArray out, err;
        QCOMPARE(TestSupport::run("cmake", {"-DIN_FILE=" LUPDATE_PROJECT ".cmake", "-DOUT_FILE=" + json, "-P", LUPDATE_SCRIPT},
                                  &out, &err),
                 0);
        const QString copy = dir.filePath(ts);
        QVERIFY(QFile::copy(QStringLiteral(TS_DIR "/") + ts, copy));
        QCOMPARE(TestSupport::run(LUPDATE, QStringList{"-project", json, "-no-obsolete", "-locations", "none", "-ts", copy} + options,
                                  &out, &err, 300000),
                 0);
        QString error;
        const QList<Message> messages = readTs(copy, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList fresh;
        for (const Message& m : messages) {
            if (m.unfinished)
                fresh << m.context + QStringLiteral(" / ") + m.source;
        }
        QVERIFY2(fresh.isEmpty(), qPrintable(QStringLiteral("run 'cmake --build BUILD --target update_translations' and translate:\n")
                                             + fresh.mid(0, 20).join(u'\n')));
    }

    void spanishIsFoundAtRunTime()
    {
        QVERIFY(ms::Translations::available().contains("es"));
        QVERIFY(ms::Translations::install(*QCoreApplication::instance(), "es"));
        // A QObject page, a non-QObject engine class, and the CLI's command summaries.
        for (const auto& [context, source] : std::initializer_list<std::pair<const char*, const char*>>{
                 {"ms::SitesPage", "Search sites by name, title, domain, port, plugin or feature"},
                 {"ms::MainWindow", "&Rescan"},
                 {"Version", "it is empty"},
                 {"ctl", "the inventory"}}) {
            const QString translated = QCoreApplication::translate(context, source);
            QVERIFY2(translated != QString::fromUtf8(source), qPrintable(QString::fromUtf8(context) + " / " + source));
        }
    }

    void theCliSpeaksSpanish()
    {
        QByteArray out, err;
        QCOMPARE(TestSupport::run(TestSupport::programPath("mothershipctl"), {"--help"}, &out, &err, 30000,
                                  {"LANG=es_ES.UTF-8", "LC_ALL=es_ES.UTF-8", "LANGUAGE=es"}),
                 0);
        QVERIFY2(!out.contains("the inventory"), out.constData());
        QVERIFY2(!out.contains("Usage:"), out.constData());
        // And plural forms read right in English.
        QVERIFY(ms::Translations::install(*QCoreApplication::instance(), "en"));
        QCOMPARE(QCoreApplication::translate("ms::MainWindow", "%n site(s)", nullptr, 1), QString("1 site"));
        QCOMPARE(QCoreApplication::translate("ms::MainWindow", "%n site(s)", nullptr, 5), QString("5 sites"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
