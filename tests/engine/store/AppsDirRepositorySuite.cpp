#include "AppsDirRepositorySuite.h"

#include "store/AppsDirRepository.h"

#include <QTest>

using ms::AppsDir;
using ms::AppsDirRepository;
using ms::ErrorCode;

void AppsDirRepositorySuite::addsAndListsByPath()
{
    AppsDirRepository dirs(db());
    QCOMPARE(*dirs.add(QStringLiteral("/srv/tenants/")), true);
    m_clock.advanceSecs(5);
    QCOMPARE(*dirs.add(QStringLiteral("/srv/apps//current/..")), true);
    const auto all = dirs.list();
    QVERIFY(all);
    const QList<AppsDir> expected = {
        {QStringLiteral("/srv/apps"), startTime().addSecs(5)},
        {QStringLiteral("/srv/tenants"), startTime()},
    };
    QCOMPARE(*all, expected);
}

void AppsDirRepositorySuite::addingTwiceKeepsTheFirstTime()
{
    AppsDirRepository dirs(db());
    QCOMPARE(*dirs.add(QStringLiteral("/srv/apps")), true);
    m_clock.advanceSecs(60);
    QCOMPARE(*dirs.add(QStringLiteral("/srv/apps/")), false);
    const auto all = dirs.list();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().addedAt, startTime());
}

void AppsDirRepositorySuite::relativePathsAreRefused()
{
    AppsDirRepository dirs(db());
    const auto added = dirs.add(QStringLiteral("apps"));
    QCOMPARE(added.error().code(), ErrorCode::InvalidArgument);
    QCOMPARE(added.error().subject(), QStringLiteral("apps"));
    QVERIFY(dirs.list()->isEmpty());
}

void AppsDirRepositorySuite::removeAndNotFound()
{
    AppsDirRepository dirs(db());
    QVERIFY(dirs.add(QStringLiteral("/srv/apps")));
    QVERIFY(dirs.add(QStringLiteral("/srv/tenants")));
    QVERIFY(dirs.remove(QStringLiteral("/srv/apps/")).ok());
    QCOMPARE(dirs.list()->size(), 1);
    const ms::Status again = dirs.remove(QStringLiteral("/srv/apps"));
    QCOMPARE(again.error().code(), ErrorCode::NotFound);
    QCOMPARE(again.error().subject(), QStringLiteral("/srv/apps"));
}
