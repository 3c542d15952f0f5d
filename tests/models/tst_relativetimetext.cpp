#include "models/RelativeTimeText.h"
#include "models/StatusIconSet.h"

#include <QIcon>
#include <QTest>

class TestRelativeTimeText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formats_data()
    {
        QTest::addColumn<qint64>("offsetSecs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("now") << qint64(0) << QStringLiteral("just now");
        QTest::newRow("30s ago") << qint64(-30) << QStringLiteral("just now");
        QTest::newRow("in 30s") << qint64(30) << QStringLiteral("in less than a minute");
        QTest::newRow("1 minute ago") << qint64(-60) << QStringLiteral("1 minute ago");
        QTest::newRow("59 minutes") << qint64(59 * 60 + 59) << QStringLiteral("in 59 minutes");
        QTest::newRow("1 hour") << qint64(3600) << QStringLiteral("in 1 hour");
        QTest::newRow("47 hours ago") << qint64(-47 * 3600) << QStringLiteral("47 hours ago");
        QTest::newRow("3 days ago") << qint64(-3 * 86400) << QStringLiteral("3 days ago");
    }

    void formats()
    {
        QFETCH(qint64, offsetSecs);
        QFETCH(QString, expected);
        const QDateTime now(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC);
        QCOMPARE(RelativeTimeText::format(now.addSecs(offsetSecs), now), expected);
    }

    void invalidTimesGiveNothing()
    {
        QCOMPARE(RelativeTimeText::format(QDateTime(), QDateTime::currentDateTimeUtc()), QString());
    }

    void badgesForEveryKind()
    {
        StatusIconSet icons;
        for (int k = 0; k < StatusIconSet::KindCount; ++k) {
            const QVariant v = icons.decoration(StatusIconSet::Kind(k));
            QVERIFY(!qvariant_cast<QIcon>(v).isNull());
            QVERIFY(StatusIconSet::colour(StatusIconSet::Kind(k)).isValid());
        }
        // Failing must differ from OK (the colour carries meaning next to the glyph).
        QVERIFY(StatusIconSet::colour(StatusIconSet::Failing) != StatusIconSet::colour(StatusIconSet::Ok));
        QVERIFY(!icons.decoration(StatusIconSet::KindCount).isValid());
    }
};

QTEST_MAIN(TestRelativeTimeText)
#include "tst_relativetimetext.moc"
