#include "cli/IdList.h"

#include <QTest>

class TestIdList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void singleIds_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<qint64>("expected");  // -1: rejected (0 is a value of its own)
        QTest::newRow("one") << QStringLiteral("1") << qint64(1);
        QTest::newRow("big") << QStringLiteral("123456789012") << qint64(123456789012);
        QTest::newRow("zero") << QStringLiteral("0") << qint64(-1);  // ids are positive
        QTest::newRow("negative") << QStringLiteral("-3") << qint64(-1);
        QTest::newRow("plus") << QStringLiteral("+3") << qint64(-1);
        QTest::newRow("letters") << QStringLiteral("12a") << qint64(-1);
        QTest::newRow("float") << QStringLiteral("1.5") << qint64(-1);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("too long") << QStringLiteral("1234567890123456789012") << qint64(-1);
        QTest::newRow("arabic digits") << QStringLiteral("\u0661\u0662") << qint64(-1);
    }

    void singleIds()
    {
        QFETCH(QString, token);
        QFETCH(qint64, expected);
        const auto id = IdList::parseId(token);
        QCOMPARE(id.has_value(), expected != -1);
        if (id)
            QCOMPARE(*id, expected);
    }

    void argumentsAndStdinAreMergedWithoutDuplicates()
    {
        QString error;
        const auto ids =
            IdList::parse({QStringLiteral("5"), QStringLiteral("-"), QStringLiteral("6"), QStringLiteral("-")},
                          "1 2,3\n# comment 99\n4;5 # trailing comment\n\r\n  7\r\n", &error);
        QVERIFY2(ids.has_value(), qPrintable(error));
        QCOMPARE(*ids, (QList<qint64>{5, 1, 2, 3, 4, 7, 6}));
    }

    void oneBadTokenRejectsAll()
    {
        QString error;
        const auto ids = IdList::parse({QStringLiteral("1"), QStringLiteral("-")}, "2\nthree\n4\n", &error);
        QVERIFY(!ids.has_value());
        QVERIFY(error.contains(QStringLiteral("\"three\"")));
        QVERIFY(error.contains(QStringLiteral("nothing was sent")));
    }

    void manyBadTokensAreSummarised()
    {
        QString error;
        QByteArray input;
        for (int i = 0; i < 20; ++i)
            input += "x" + QByteArray::number(i) + '\n';
        QVERIFY(!IdList::parse({QStringLiteral("-")}, input, &error).has_value());
        QVERIFY(error.contains(QStringLiteral("15 more")));
        QVERIFY(error.size() < 400);
    }

    void emptyInputIsAnError()
    {
        QString error;
        QVERIFY(!IdList::parse({QStringLiteral("-")}, "\n# nothing\n", &error).has_value());
        QVERIFY(error.contains(QStringLiteral("standard input")));
        QVERIFY(!IdList::parse({}, {}, &error).has_value());
    }

    void binaryGarbageIsRejectedCalmly()
    {
        QString error;
        QByteArray garbage(256, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char(i);
        QVERIFY(!IdList::parse({QStringLiteral("-")}, garbage, &error).has_value());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIdList)
#include "tst_idlist.moc"
