#include "StoreSuite.h"

#include <QStandardPaths>
#include <QTest>

StoreSuite::StoreSuite(std::shared_ptr<StoreBackend> backend)
    : m_backend(std::move(backend))
{
}

QDateTime StoreSuite::startTime()
{
    return QDateTime(QDate(2026, 1, 1), QTime(8, 30), Qt::UTC);
}

std::unique_ptr<ms::Database> StoreSuite::openAgain()
{
    auto opened = ms::Database::open(m_location, m_clock);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().toString()), __FILE__, __LINE__);
        return {};
    }
    return std::move(*opened);
}

void StoreSuite::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QString why;
    switch (m_backend->start(&why)) {
    case StoreBackend::Readiness::Ready:
        break;
    case StoreBackend::Readiness::Unavailable:
        QSKIP(qPrintable(m_backend->name() + QStringLiteral(": ") + why));
    case StoreBackend::Readiness::Failed:
        QFAIL(qPrintable(m_backend->name() + QStringLiteral(": ") + why));
    }
}

void StoreSuite::init()
{
    QString why;
    m_location = m_backend->freshLocation(&why);
    QVERIFY2(!m_location.isEmpty(), qPrintable(why));
    m_clock.set(startTime());
    auto opened = ms::Database::open(m_location, m_clock);
    QVERIFY2(opened, qPrintable(opened.error().toString() + QLatin1Char('\n') + opened.error().detail()));
    m_db = std::move(*opened);
}

void StoreSuite::cleanup()
{
    m_db.reset();
}
