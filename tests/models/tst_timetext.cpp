// TimeText writes every absolute time of the console: short date, time with seconds, in the
// locale it is given (German names and order in German, whatever the system's formats are).
#include "models/TimeText.h"

#include <QTest>

class TestTimeText : public QObject
{
    Q_OBJECT

private:
    // A local time made into UTC, so that the expected texts do not depend on the time zone.
    static QDateTime at(int h, int m, int s) { return QDateTime(QDate(2026, 12, 7), QTime(h, m, s)).toUTC(); }

private Q_SLOTS:
    void shortDateWithSeconds_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("German") << "de_DE"
                                << "07.12.26 10:31:05";
        QTest::newRow("US English") << "en_US"
                                    << "12/7/26 10:31:05\u202fAM";
        QTest::newRow("British English") << "en_GB"
                                         << "07/12/2026 10:31:05";
    }

    void shortDateWithSeconds()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        const QString text = TimeText::format(at(10, 31, 5), QLocale(locale));
        // Some CLDR versions put a narrow no-break space before AM/PM, others a plain one.
        QCOMPARE(QString(text).replace(u'\u202f', u' '), QString(expected).replace(u'\u202f', u' '));
    }

    void timeOfDayHasSeconds()
    {
        QCOMPARE(TimeText::timeOfDay(at(9, 5, 7), QLocale(QStringLiteral("de_DE"))), QStringLiteral("09:05:07"));
        QVERIFY(TimeText::timeOfDay(at(9, 5, 7), QLocale(QStringLiteral("en_US"))).startsWith(u"9:05:07"));
    }

    void longFormatUsesTheLocalesNames()
    {
        const QString german = TimeText::longFormat(at(10, 31, 5), QLocale(QStringLiteral("de_DE")));
        QVERIFY2(german.contains(u"Montag") && german.contains(u"Dezember"), qPrintable(german));
        const QString english = TimeText::longFormat(at(10, 31, 5), QLocale(QStringLiteral("en_US")));
        QVERIFY2(english.contains(u"Monday") && english.contains(u"December"), qPrintable(english));
    }

    void defaultLocaleIsUsed()
    {
        const QLocale previous;
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        const QString text = TimeText::longFormat(at(10, 31, 5));
        QLocale::setDefault(previous);
        QVERIFY2(text.contains(u"Montag"), qPrintable(text));
    }

    void invalidIsEmpty()
    {
        QVERIFY(TimeText::format(QDateTime()).isEmpty());
        QVERIFY(TimeText::timeOfDay(QDateTime()).isEmpty());
        QVERIFY(TimeText::longFormat(QDateTime()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTimeText)
#include "tst_timetext.moc"
